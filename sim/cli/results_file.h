// Writes a run's results file (HDF5; layout in docs/results-format.md):
//   /meta          scenario (text as given), resolved_config (YAML), seed, program_version, name
//   /series/<name> time (int64 ns) and value (float64), chunked and compressed
//   /events/vm     one row per VM: id, flavor, host, requested, started, ended, outcome
// Nothing in it depends on the wall clock, so the same scenario and seed give the same bytes.
#pragma once

#include <string>

#include "sim/cli/capacity_run.h"
#include "sim/io/scenario_config.h"

namespace stacktwin::cli {

// Throws OutputError when `path` exists and is not a stacktwin results file, unless `force`:
// a file the user made is never overwritten without being asked.
void check_output_path(const std::string& path, bool force);
void write_results(const std::string& path, const io::ScenarioConfig& config, const RunResult& result);

struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace stacktwin::cli
