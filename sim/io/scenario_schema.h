// Every scenario key, declared once (STYLE.md rule 9): key, kind, unit, default, valid range,
// description, and where the value goes in the config structs. The loader, the resolved YAML
// written to /meta, `stacktwin params` and docs/scenario-reference.md are all driven by
// scenario_schema() (declared in scenario_schema.cc); the lifetime distributions are declared
// in scenario_distribution.cc.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sim/io/scenario_config.h"
#include "sim/io/scenario_values.h"

namespace stacktwin::io {

enum class Presence {
  kRequired,  // missing is an error
  kDefault,   // missing takes default_text
  kOptional,  // missing leaves the member unset (std::optional, empty string)
};

struct Field {
  std::string key;
  FieldKind kind = FieldKind::kText;
  std::string unit;  // for docs: "MiB", "duration", "size", "-"
  Presence presence = Presence::kRequired;
  std::string default_text;  // kDefault: read exactly like text in a scenario file (kNames,
                             // kTextMap: a flow collection of plain names, "[a, b]", "[]", "{}")
  std::string default_doc;   // what the docs say instead, where default_text is not the story
  Range range;
  std::vector<std::string> choices;  // kChoice
  std::string noun, nouns;           // kChoice: "action", "actions"; kList items: "host class(es)";
                                     // kNames: "filter", "filters"; kTextMap keys: "extra spec"
  std::string range_doc;             // for docs, where range and kind do not say it
  std::size_t min_items = 0;         // kList, kWeights
  std::string description;
  std::vector<Field> fields;  // kSection; kList: the fields of each item

  // Access to the config structs. `object` is the struct that holds this field: the
  // ScenarioConfig for top-level keys, the OutputConfig for output.*, a HostClassConfig for
  // hosts[].* ... The helpers in scenario_schema.cc build these from member pointers.
  std::function<void(void* object, const Value&)> set;
  std::function<std::optional<Value>(const void* object)> get;  // nullopt: unset
  std::function<void*(void* object)> section;                    // kSection
  std::function<const void*(const void* object)> section_const;  // kSection
  std::function<void*(void* object, const Origin& item)> append;  // kList
  std::function<std::size_t(const void* object)> size;             // kList
  std::function<const void*(const void* object, std::size_t i)> item;  // kList
  // A default computed from keys read before it (output.file from name).
  std::function<std::string(const ScenarioConfig&)> derived_default;

  const Field* child(std::string_view key) const;
  std::vector<std::string> child_keys() const;  // in declaration order
  // What a bad value of this field should have been, with its range: "an integer >= 1".
  std::string expected() const;
  // "a map with keys name, count, ...": a section, or an item of a list.
  std::string map_expected() const;
  std::string range_text() const;    // for docs: "> 0", "at least 1", one of ...
  std::string default_text_for_docs() const;
};

// The root section: name, seed, duration, output, hosts, aggregates, flavors, nova, workload,
// events.
const Field& scenario_schema();

// `stacktwin params`: one line per key (hosts[].vcpus), with unit, default, range, description.
std::string params_text();
// docs/scenario-reference.md, byte for byte.
std::string scenario_reference_markdown();

}  // namespace stacktwin::io
