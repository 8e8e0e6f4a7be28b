// Scalar values of the scenario schema: parsing by kind (units through sim/engine/units.h, the
// one unit parser), ranges and the words messages and docs use for them, and the formatting
// that writes a value back so that it parses to the same value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "sim/engine/distribution.h"
#include "sim/engine/time.h"
#include "sim/io/scenario_config.h"

namespace stacktwin::io {

enum class FieldKind {
  kText,
  kInteger,    // int64
  kSeed,       // uint64
  kReal,       // finite double
  kDuration,   // sim::Duration: "30s", "2h"
  kTime,       // an offset from the start of the run, written like a duration
  kSize,       // bytes: "512GiB"
  kFrequency,  // per second: "30/h"
  kBool,       // true or false (YAML's true/false only: not yes/no, on/off, 1/0)
  kChoice,     // one of a declared list of names
  kNames,      // a list of names (strings): filter names, aggregate names
  kTextMap,    // a map of text to text, in file order (aggregate metadata, flavor extra specs)
  kWeights,    // map name -> weight (workload flavors)
  kDistribution,
  kSection,  // a map of fields
  kList,     // a list of maps of fields
};

// A numeric bound; durations and times compare in seconds.
struct Bound {
  double value = 0;
  bool inclusive = true;
};
struct Range {
  std::optional<Bound> lo, hi;
  bool contains(double x) const;
  std::string text() const;  // "> 0", ">= 1", "in [0, 1]"; empty when unbounded
};
Range at_least(double v);
Range above(double v);

struct Weights {
  std::vector<std::pair<std::string, double>> entries;
  std::vector<Origin> origins;  // of each name
};
struct DistributionValue {
  sim::Distribution distribution;
  DistributionConfig config;
};

// kNames values.
using Names = std::vector<std::string>;
// kTextMap values: (key, value) in file order. Values are kept as the text written, whatever
// YAML type it would have ("1.0" and 1.0 both give "1.0").
using TextMap = std::vector<std::pair<std::string, std::string>>;

// kTime values are carried as the Duration since the start of the run.
using Value = std::variant<std::string, std::int64_t, std::uint64_t, double, bool, sim::Duration,
                           Names, TextMap, Weights, DistributionValue>;

// Parses a scalar of a scalar kind (not kChoice, kNames, kTextMap, kWeights, kDistribution,
// kSection, kList).
std::optional<Value> parse_scalar(FieldKind kind, std::string_view text);
// A declared default of kNames, kTextMap or kList written as a flow collection: "[]", "{}" or
// "[a, b, c]" (plain names, no quoting). nullopt for anything else.
std::optional<Value> parse_flow_default(FieldKind kind, std::string_view text);
// What a bad scalar of this kind should have been: "an integer", units.h's duration text...
std::string type_expected(FieldKind kind);
// The noun in range messages: "an integer" >= 1, "a duration" > 0.
std::string kind_noun(FieldKind kind);
// The value as a number for range checks (seconds for durations and times).
std::optional<double> numeric(const Value& v);
// The value written back as YAML scalar text, exact for every kind parse_scalar reads.
std::string format_scalar(FieldKind kind, const Value& v);

std::string format_real(double x);         // shortest text that reads back to x
std::string format_frequency(double per_s);  // "30/h" when exact, else "0.25/s"
double to_seconds(sim::Duration d);          // ns / 1e9, exact for whole seconds

// Text as a YAML scalar: plain when it reads back as the same string, else quoted.
std::string yaml_scalar(std::string_view text);

// The closest candidate by Damerau-Levenshtein distance, when close enough to be a typo:
// distance <= max(2, length/3) and shorter than the word itself.
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);
// Names written back as a YAML flow list: "[RAMWeigher, CPUWeigher]", "[]".
std::string format_names(const Names& names);

// "a, b, c" sorted.
std::string sorted_list(std::vector<std::string> names);

}  // namespace stacktwin::io
