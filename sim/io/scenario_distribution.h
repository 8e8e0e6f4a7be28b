// Lifetime distributions as a scenario writes them, declared once:
//   lifetime: {distribution: lognormal, median: 2h, p99: 3d}
// Each kind lists its parameter forms (lognormal takes median and p99, or mu and sigma);
// time-valued parameters are durations and reach sim::Distribution in seconds.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "sim/engine/distribution.h"
#include "sim/io/scenario_reader.h"
#include "sim/io/scenario_values.h"

namespace stacktwin::io {

struct DistributionParamDecl {
  std::string key;
  FieldKind kind = FieldKind::kDuration;  // kDuration (time-valued) or kReal
  bool is_list = false;                   // empirical samples: a list of durations
  Range range;                            // on seconds for durations
  std::string above;                      // must exceed this parameter of the same form
  std::string description;
};

struct DistributionKindDecl {
  std::string name;
  std::string description;
  std::vector<std::vector<DistributionParamDecl>> forms;  // alternatives, in preference order
  // Builds from the chosen form's values (seconds for durations; the samples for a list).
  // Called only after every declared check, so the engine's asserts never see user data.
  std::function<sim::Distribution(std::size_t form, const std::vector<double>& values)> build;

  std::string form_text(std::size_t form) const;  // "median and p99"
  std::string forms_text() const;  // "median and p99, or mu and sigma"
  std::vector<std::string> keys() const;  // "distribution" and every parameter, unsorted
};

// Sorted by name.
const std::vector<DistributionKindDecl>& distribution_kinds();

// Reads a distribution map at `path` (the loader's kDistribution fields).
DistributionValue read_distribution(NodeReader& reader, const DocNode& node,
                                    const std::string& path);

inline constexpr const char* kDistributionExpected =
    "a distribution such as {distribution: exponential, mean: 12h}";

}  // namespace stacktwin::io
