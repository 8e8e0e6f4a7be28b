#include "sim/io/scenario_reader.h"

#include <algorithm>
#include <cmath>

namespace stacktwin::io {

std::string unknown_name(const std::string& noun, const std::string& nouns,
                         const std::string& name, const std::vector<std::string>& valid) {
  std::string out = "unknown " + noun + " " + quote_for_message(name);
  if (valid.empty()) return out + "; no " + nouns + " are declared";
  if (auto guess = did_you_mean(name, valid)) out += " (did you mean " + quote_for_message(*guess) + "?)";
  return out + "; valid " + nouns + ": " + sorted_list(valid);
}

void NodeReader::bad_value(const DocNode& node, const std::string& path,
                           const std::string& expected) const {
  fail(node, path, "bad value " + describe_value(node) + ": expected " + expected);
}

Origin NodeReader::record(const DocNode& node, const std::string& path) {
  Origin o = doc_.origin(node, path);
  if (node.type == DocNode::Type::kScalar) o.text = node.scalar;
  origins_[path] = o;
  return o;
}

Value NodeReader::scalar(FieldKind kind, const Range& range, const DocNode& node,
                         const std::string& path) {
  if (node.type != DocNode::Type::kScalar) bad_value(node, path, type_expected(kind));
  std::optional<Value> v = parse_scalar(kind, node.scalar);
  if (!v) bad_value(node, path, type_expected(kind));
  if (kind == FieldKind::kText && node.scalar.empty()) bad_value(node, path, "a non-empty string");
  // Units can overflow a finite number ("1e308/ns"); no model can use an infinite one.
  if (auto x = numeric(*v); x && !std::isfinite(*x)) bad_value(node, path, type_expected(kind));
  if (auto x = numeric(*v); x && !range.contains(*x))
    bad_value(node, path, kind_noun(kind) + " " + range.text());
  record(node, path);
  return *std::move(v);
}

std::string NodeReader::choice(const std::vector<std::string>& choices, const std::string& noun,
                               const std::string& nouns, const DocNode& node,
                               const std::string& path) {
  if (node.type != DocNode::Type::kScalar) bad_value(node, path, "one of " + sorted_list(choices));
  if (std::find(choices.begin(), choices.end(), node.scalar) == choices.end())
    fail(node, path, unknown_name(noun, nouns, node.scalar, choices));
  record(node, path);
  return node.scalar;
}

Names NodeReader::names(const std::string& expected, const DocNode& node,
                        const std::string& path) {
  if (node.type != DocNode::Type::kList && node.type != DocNode::Type::kNull)
    bad_value(node, path, expected);
  record(node, path);
  Names out;
  for (std::size_t i = 0; i < node.items.size(); ++i) {
    const DocNode& item = node.items[i];
    const std::string at = join_index(path, i);
    if (item.type != DocNode::Type::kScalar) bad_value(item, at, "a string");
    if (item.scalar.empty()) bad_value(item, at, "a non-empty string");
    record(item, at);
    out.push_back(item.scalar);
  }
  return out;
}

TextMap NodeReader::text_map(const std::string& expected, const DocNode& node,
                             const std::string& path) {
  expect_map(node, path, expected, true);
  record(node, path);
  TextMap out;
  for (const DocEntry& e : node.entries) {
    const std::string at = join_quoted_key(path, e.key);
    if (e.key.empty())
      doc_.fail(DocNode{.line = e.line, .column = e.column, .source = e.source}, at,
                "bad key '': expected a non-empty string");
    if (e.value.type != DocNode::Type::kScalar) bad_value(e.value, at, "a string");
    record(e.value, at);
    out.emplace_back(e.key, e.value.scalar);
  }
  return out;
}

void NodeReader::expect_map(const DocNode& node, const std::string& path,
                            const std::string& expected, bool null_is_empty) const {
  if (node.type == DocNode::Type::kMap) return;
  if (null_is_empty && node.type == DocNode::Type::kNull) return;
  if (path.empty() && doc_.empty)
    fail(node, path, "the file holds no YAML document; expected " + expected);
  bad_value(node, path, expected);
}

void NodeReader::check_keys(const DocNode& map, const std::string& path,
                            const std::vector<std::string>& valid) const {
  for (const DocEntry& e : map.entries) {
    if (std::find(valid.begin(), valid.end(), e.key) != valid.end()) continue;
    std::string problem = "unknown key " + quote_for_message(e.key);
    if (auto guess = did_you_mean(e.key, valid))
      problem += " (did you mean " + quote_for_message(*guess) + "?)";
    problem += "; valid keys: " + sorted_list(valid);
    doc_.fail(DocNode{.line = e.line, .column = e.column, .source = e.source},
              join_key(path, e.key), problem);
  }
}

}  // namespace stacktwin::io
