#include "sim/io/scenario_document.h"

#include <charconv>
#include <utility>

#include "sim/io/scenario_error.h"

namespace stacktwin::io {
namespace {

bool plain_key(std::string_view key) {
  if (key.empty()) return false;
  for (unsigned char c : key)
    if (c == '.' || c == '[' || c == ']' || c == '=' || c == '"' || c == '\\' || c < 0x20 ||
        c == 0x7f)
      return false;
  return true;
}

struct PathStep {
  bool is_index = false;
  std::string key;
  std::size_t index = 0;
};

// Splits "workload[0].flavors["m1.small"]=0.5" into steps and the value text. Returns false
// for a malformed path.
bool parse_override(std::string_view text, std::vector<PathStep>& steps, std::string& value) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  bool expect_key = true;  // at the start and after '.'
  while (true) {
    if (i < n && text[i] == '[') {
      ++i;
      PathStep step;
      if (i < n && text[i] == '"') {
        ++i;
        while (i < n && text[i] != '"') {
          if (text[i] == '\\' && i + 1 < n) ++i;
          step.key += text[i++];
        }
        if (i + 1 >= n || text[i + 1] != ']' || step.key.empty()) return false;
        i += 2;
      } else {
        const std::size_t start = i;
        while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
        if (i == start || i >= n || text[i] != ']') return false;
        auto [ptr, ec] = std::from_chars(text.data() + start, text.data() + i, step.index);
        if (ec != std::errc()) return false;
        step.is_index = true;
        ++i;
      }
      steps.push_back(std::move(step));
    } else if (expect_key) {
      const std::size_t start = i;
      while (i < n && text[i] != '.' && text[i] != '[' && text[i] != '=') ++i;
      if (i == start) return false;
      steps.push_back(PathStep{false, std::string(text.substr(start, i - start)), 0});
    } else {
      return false;
    }
    expect_key = false;
    if (i >= n) return false;
    if (text[i] == '=') break;
    if (text[i] == '.') {
      ++i;
      expect_key = true;
    }
  }
  value = std::string(text.substr(i + 1));
  return true;
}

}  // namespace

const DocEntry* DocNode::find(std::string_view key) const {
  for (const auto& e : entries)
    if (e.key == key) return &e;
  return nullptr;
}

Origin Document::origin(int source, int line, int column, std::string path) const {
  Origin o;
  o.path = std::move(path);
  if (source > 0 && static_cast<std::size_t>(source) <= overrides.size()) {
    o.file = "--set";
    o.override_text = overrides[static_cast<std::size_t>(source) - 1];
  } else {
    o.file = file;
    o.line = line;
    o.column = column;
  }
  return o;
}

void Document::fail(const DocNode& node, std::string path, std::string problem) const {
  throw ScenarioError(origin(node, std::move(path)), std::move(problem));
}

Document parse_document(std::string_view text, std::string file) {
  Document doc;
  doc.file = std::move(file);
  doc.empty = !read_yaml(doc, text, 0, doc.root);
  return doc;
}

void apply_override(Document& doc, const std::string& override_text) {
  doc.overrides.push_back(override_text);
  const int source = static_cast<int>(doc.overrides.size());
  const Origin here = doc.origin(source, 0, 0, "");
  if (override_text.find('=') == std::string::npos)
    throw ScenarioError(here, "expected key.path=value");
  std::vector<PathStep> steps;
  std::string value_text;
  if (!parse_override(override_text, steps, value_text))
    throw ScenarioError(here, "bad key path " +
                                  quote_for_message(override_text.substr(0, override_text.find('='))) +
                                  ": expected keys joined by '.', list indexes such as [0] and "
                                  "quoted keys such as [\"m1.small\"]");

  DocNode value;
  value.source = source;
  read_yaml(doc, value_text, source, value);

  DocNode* node = &doc.root;
  std::string shown;
  for (const PathStep& step : steps) {
    const std::string what = shown.empty() ? "the scenario" : shown;
    if (step.is_index) {
      if (node->type != DocNode::Type::kList) throw ScenarioError(here, what + " is not a list");
      if (step.index >= node->items.size())
        throw ScenarioError(here, "no such list element " + join_index(shown, step.index) +
                                      " (the list has " + std::to_string(node->items.size()) +
                                      ")");
      node = &node->items[step.index];
      shown = join_index(shown, step.index);
      continue;
    }
    if (node->type == DocNode::Type::kNull) node->type = DocNode::Type::kMap;
    if (node->type == DocNode::Type::kList)
      throw ScenarioError(here, what + " is a list; use an index such as " + join_index(shown, 0));
    if (node->type == DocNode::Type::kScalar) throw ScenarioError(here, what + " is not a map");
    DocEntry* entry = nullptr;
    for (auto& e : node->entries)
      if (e.key == step.key) entry = &e;
    if (!entry) {
      node->entries.push_back(DocEntry{.key = step.key, .source = source});
      entry = &node->entries.back();
      entry->value.source = source;
    }
    node = &entry->value;
    shown = join_key(shown, step.key);
  }
  *node = std::move(value);
}

std::string join_key(const std::string& path, std::string_view key) {
  if (plain_key(key)) return path.empty() ? std::string(key) : path + "." + std::string(key);
  return join_quoted_key(path, key);
}

std::string join_quoted_key(const std::string& path, std::string_view key) {
  std::string out = path + "[\"";
  for (char c : key) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return escape_control(out) + "\"]";
}

std::string join_index(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

std::string escape_control(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string quote_for_message(std::string_view text) {
  constexpr std::size_t kMax = 60;
  std::string out = escape_control(text);
  if (out.size() > kMax) {
    std::size_t cut = kMax - 3;
    // Do not split a UTF-8 sequence: back up over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "...";
  }
  return "'" + out + "'";
}

std::string describe_value(const DocNode& node) {
  switch (node.type) {
    case DocNode::Type::kScalar:
      return quote_for_message(node.scalar);
    case DocNode::Type::kMap:
      return node.entries.empty() ? "(an empty map)" : "(a map)";
    case DocNode::Type::kList:
      return node.items.empty() ? "(an empty list)" : "(a list)";
    case DocNode::Type::kNull:
      break;
  }
  return "(null)";
}

}  // namespace stacktwin::io
