// Reading DocNodes against declarations: the checks every key goes through (node type, unit
// parse, range, unknown keys, unknown names) with the messages scenario_error.h lists, and
// the record of where each value came from (ScenarioConfig::value_origins).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sim/io/scenario_config.h"
#include "sim/io/scenario_document.h"
#include "sim/io/scenario_values.h"

namespace stacktwin::io {

class NodeReader {
 public:
  NodeReader(const Document& doc, std::map<std::string, Origin>& origins)
      : doc_(doc), origins_(origins) {}

  const Document& doc() const { return doc_; }
  [[noreturn]] void fail(const DocNode& node, const std::string& path,
                         const std::string& problem) const {
    doc_.fail(node, path, problem);
  }
  // "bad value '<x>': expected <expected>" at the node.
  [[noreturn]] void bad_value(const DocNode& node, const std::string& path,
                              const std::string& expected) const;

  // Remembers where the value at `path` came from; returns that origin.
  Origin record(const DocNode& node, const std::string& path);

  // A scalar of a scalar kind, parsed and range checked.
  Value scalar(FieldKind kind, const Range& range, const DocNode& node, const std::string& path);
  // One of `choices`, else "unknown <noun> 'x' (did you mean 'y'?); valid <nouns>: ...".
  std::string choice(const std::vector<std::string>& choices, const std::string& noun,
                     const std::string& nouns, const DocNode& node, const std::string& path);
  // A list of non-empty strings (null reads as empty); records each item at path[i].
  Names names(const std::string& expected, const DocNode& node, const std::string& path);
  // A map of non-empty keys to scalars kept as written, whatever their YAML type (null reads
  // as empty); records each value at path["key"].
  TextMap text_map(const std::string& expected, const DocNode& node, const std::string& path);
  // Fails unless the node is a map (or null, read as an empty map, when null_is_empty).
  void expect_map(const DocNode& node, const std::string& path, const std::string& expected,
                  bool null_is_empty) const;
  // Fails at the first key not in `valid`: "unknown key 'x' (did you mean 'y'?); valid keys: ...".
  void check_keys(const DocNode& map, const std::string& path,
                  const std::vector<std::string>& valid) const;

 private:
  const Document& doc_;
  std::map<std::string, Origin>& origins_;
};

// "unknown flavor 'm1.tiny' (did you mean 'm1.tin'?); valid flavors: m1.large, m1.small";
// with no valid names: "unknown aggregate 'ssd'; no aggregates are declared"
std::string unknown_name(const std::string& noun, const std::string& nouns,
                         const std::string& name, const std::vector<std::string>& valid);

}  // namespace stacktwin::io
