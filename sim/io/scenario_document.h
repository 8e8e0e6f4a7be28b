// The scenario as a YAML document tree, before it meets the schema: what the loader reads,
// what --set overrides edit. yaml-cpp stays behind this header (it is PRIVATE to stacktwin_io):
// read_yaml() builds DocNodes with their 1-based positions from its parser's events,
// expanding aliases under a node budget and a depth limit, so that no document can exhaust
// memory or the stack.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sim/io/scenario_config.h"

namespace stacktwin::io {

struct DocEntry;

struct DocNode {
  enum class Type { kNull, kScalar, kList, kMap };
  Type type = Type::kNull;
  std::string scalar;
  std::vector<DocNode> items;     // kList
  std::vector<DocEntry> entries;  // kMap, in document order, keys unique
  int line = 0;                   // 1-based; 0 when unknown
  int column = 0;
  int source = 0;  // 0: the scenario file; k > 0: the k-th --set override

  const DocEntry* find(std::string_view key) const;
};

struct DocEntry {
  std::string key;
  int line = 0;  // of the key
  int column = 0;
  int source = 0;
  DocNode value;
};

struct Document {
  std::string file;                    // label for messages: the path as given
  std::vector<std::string> overrides;  // --set texts; DocNode::source k names overrides[k-1]
  bool empty = false;                  // the file holds no YAML document at all
  DocNode root;

  Origin origin(int source, int line, int column, std::string path) const;
  Origin origin(const DocNode& node, std::string path) const {
    return origin(node.source, node.line, node.column, std::move(path));
  }
  [[noreturn]] void fail(const DocNode& node, std::string path, std::string problem) const;
};

// Limits that keep hostile documents (alias bombs, self-referencing aliases, deep nesting)
// from exhausting memory or the stack; a scenario needs a few levels and a few thousand nodes.
inline constexpr std::size_t kMaxDocumentNodes = 1'000'000;
inline constexpr int kMaxDocumentDepth = 64;

// Parses `text` (one YAML document; none at all sets Document::empty). Throws ScenarioError
// for malformed YAML, more than one document, non-scalar or duplicate keys, and the limits.
Document parse_document(std::string_view text, std::string file);

// Reads the one YAML document in `text` into `root`, its nodes marked with `source`; false
// when the text holds no document. Throws as parse_document(). (scenario_yaml.cc)
bool read_yaml(const Document& doc, std::string_view text, int source, DocNode& root);

// Applies one "key.path=value" override; the value is read as a YAML node (scalar or flow).
// Missing map keys along the path are created; list indexes must exist.
void apply_override(Document& doc, const std::string& override_text);

// YAML paths as messages and --set write them: hosts[0].vcpus, workload[0].flavors["m1.small"].
std::string join_key(const std::string& path, std::string_view key);
std::string join_index(const std::string& path, std::size_t index);
// Always quoted, for the entries of kTextMap maps whose keys are data (extra specs, metadata):
// flavors[0].extra_specs["hw:cpu_policy"], aggregates[0].metadata["ssd"].
std::string join_quoted_key(const std::string& path, std::string_view key);

// A value for a message: 'text' quoted as written (control characters escaped, cut after 60
// characters), or (a map), (a list), (an empty map), (an empty list), (null).
std::string describe_value(const DocNode& node);
std::string quote_for_message(std::string_view text);
std::string escape_control(std::string_view text);  // \n, \t, \xNN: one line, no quotes

}  // namespace stacktwin::io
