#include "sim/io/scenario_loader.h"

#include <cassert>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

#include "sim/io/scenario_distribution.h"
#include "sim/io/scenario_document.h"
#include "sim/io/scenario_reader.h"
#include "sim/io/scenario_schema.h"

namespace stacktwin::io {
namespace {

// Walks the schema and the document together, filling the config structs.
class Loader {
 public:
  Loader(NodeReader& reader, ScenarioConfig& config) : r_(reader), config_(config) {}

  // `node` is null when the section is absent from the document.
  void section(const Field& s, const DocNode* node, const std::string& path, void* object) {
    if (node) {
      r_.expect_map(*node, path, s.expected(), true);
      if (!path.empty()) r_.record(*node, path);
      r_.check_keys(*node, path, s.child_keys());
    }
    for (const Field& f : s.fields) {
      const DocEntry* entry = node ? node->find(f.key) : nullptr;
      const std::string at = join_key(path, f.key);
      if (entry) {
        field(f, entry->value, at, object);
      } else if (f.presence == Presence::kRequired) {
        assert(node && "a required key inside a section that has defaults");
        r_.fail(*node, path, "missing required key " + quote_for_message(f.key));
      } else if (f.presence == Presence::kDefault) {
        apply_default(f, at, object);
      }
    }
  }

 private:
  void field(const Field& f, const DocNode& node, const std::string& path, void* object) {
    switch (f.kind) {
      case FieldKind::kSection:
        section(f, &node, path, f.section(object));
        break;
      case FieldKind::kList:
        list(f, node, path, object);
        break;
      case FieldKind::kWeights:
        f.set(object, weights(f, node, path));
        break;
      case FieldKind::kDistribution:
        f.set(object, read_distribution(r_, node, path));
        break;
      case FieldKind::kChoice:
        f.set(object, r_.choice(f.choices, f.noun, f.nouns, node, path));
        break;
      case FieldKind::kNames:
        f.set(object, r_.names(f.expected(), node, path));
        break;
      case FieldKind::kTextMap:
        f.set(object, r_.text_map(f.expected(), node, path));
        break;
      default:
        f.set(object, r_.scalar(f.kind, f.range, node, path));
        break;
    }
  }

  void list(const Field& f, const DocNode& node, const std::string& path, void* object) {
    const bool is_list = node.type == DocNode::Type::kList || node.type == DocNode::Type::kNull;
    if (!is_list || node.items.size() < f.min_items) r_.bad_value(node, path, f.expected());
    r_.record(node, path);
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const DocNode& item = node.items[i];
      const std::string at = join_index(path, i);
      r_.expect_map(item, at, f.map_expected(), false);
      void* target = f.append(object, r_.record(item, at));
      section(f, &item, at, target);
    }
  }

  Value weights(const Field& f, const DocNode& node, const std::string& path) {
    r_.expect_map(node, path, f.expected(), false);
    if (node.entries.size() < f.min_items) r_.bad_value(node, path, f.expected());
    r_.record(node, path);
    Weights out;
    for (const DocEntry& e : node.entries) {
      const Value w = r_.scalar(FieldKind::kReal, f.range, e.value, join_key(path, e.key));
      out.entries.emplace_back(e.key, std::get<double>(w));
      out.origins.push_back(r_.doc().origin(e.source, e.line, e.column, path));
      out.origins.back().text = e.key;
    }
    return out;
  }

  void apply_default(const Field& f, const std::string& path, void* object) {
    switch (f.kind) {
      case FieldKind::kSection:
        section(f, nullptr, path, f.section(object));
        return;
      case FieldKind::kList:  // lists default to empty
        return;
      case FieldKind::kNames:
      case FieldKind::kTextMap: {
        std::optional<Value> v = parse_flow_default(f.kind, f.default_text);
        assert(v && "a declared default must parse");
        f.set(object, *v);
        return;
      }
      default:
        break;
    }
    const std::string text = f.derived_default ? f.derived_default(config_) : f.default_text;
    std::optional<Value> v = parse_scalar(f.kind, text);
    assert(v && "a declared default must parse");
    if (auto x = numeric(*v)) assert(f.range.contains(*x) && "a declared default must be in range");
    f.set(object, *v);
  }

  NodeReader& r_;
  ScenarioConfig& config_;
};

}  // namespace

ScenarioConfig load_scenario_text(std::string text, std::string file_label,
                                  const std::vector<std::string>& overrides) {
  Document doc = parse_document(text, file_label);
  ScenarioConfig config;
  config.source_file = std::move(file_label);
  config.source_text = std::move(text);
  config.overrides = overrides;
  NodeReader reader(doc, config.value_origins);
  const Field& root = scenario_schema();
  reader.expect_map(doc.root, "", root.expected(), false);
  for (const std::string& o : overrides) apply_override(doc, o);
  Loader(reader, config).section(root, &doc.root, "", &config);
  validate(config);
  return config;
}

ScenarioConfig load_scenario(const std::string& path, const std::vector<std::string>& overrides) {
  auto fail = [&path](int error) {
    throw ScenarioError(Origin{.file = path},
                        std::string("cannot read scenario file: ") + std::strerror(error));
  };
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                        &std::fclose);
  if (!file) fail(errno);
  std::string text;
  char buf[1 << 16];
  while (true) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, file.get());
    text.append(buf, n);
    if (n < sizeof buf) break;
  }
  if (std::ferror(file.get())) fail(errno);
  return load_scenario_text(std::move(text), path, overrides);
}

}  // namespace stacktwin::io
