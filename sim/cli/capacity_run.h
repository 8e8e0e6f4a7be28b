// Assembles the capacity world from a validated scenario, runs it, and gathers its results.
//
// World: one Placement provider per host (inventory from the host class and nova.conf, as the
// libvirt driver reports it), the Poisson workloads, the what-if events and the sampler; then
// the engine runs to `duration`. Results: the summary, the sampled series and one row per VM.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "sim/cli/summary.h"
#include "sim/engine/time.h"
#include "sim/engine/time_series.h"
#include "sim/io/scenario_config.h"

namespace stacktwin::cli {

// One row per VM request, in request order (the id is the row number).
struct VmTable {
  std::vector<std::string> flavor, host, outcome;
  std::vector<std::int64_t> requested_ns, started_ns, ended_ns;  // ended = -1 while active
};

struct RunResult {
  Summary summary;
  std::vector<sim::TimeSeries> series;
  VmTable vms;
};

struct RunOptions {
  // Called about every 1% of simulated time with (now, end, events so far); for the progress
  // line. Not called when empty.
  std::function<void(sim::Time, sim::Time, std::uint64_t)> on_progress;
};

RunResult run_capacity_scenario(const io::ScenarioConfig& config, const RunOptions& options = {});

}  // namespace stacktwin::cli
