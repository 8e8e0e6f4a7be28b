// Plain configuration structs: what a scenario file says, after parsing and validation.
//
// Phases (STYLE.md rule 10): YAML -> these structs (scenario_loader.h, every key declared once
// in scenario_schema.cc with unit, default, range and description) -> validate() -> the CLI
// builds the world -> run. Models never see YAML: the CLI maps these structs onto model
// parameters. Sizes are bytes, times are sim::Duration/sim::Time, rates are per second.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "sim/engine/distribution.h"
#include "sim/engine/time.h"

namespace stacktwin::io {

// Where a value came from: "quickstart.yaml:12:5" and the YAML path "hosts[0].vcpus", or
// "--set hosts[0].vcpus=8". Cross-field checks in validate() cite it.
struct Origin {
  std::string file;  // as given on the command line; "--set" for overrides
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based
  std::string path;  // YAML path: hosts[0].vcpus
  std::string override_text;  // "hosts[0].vcpus=8" when file is "--set"
  std::string text;           // the scalar as written ("48h"); empty for maps and lists
};

struct OutputConfig {
  std::string file;               // HDF5 results; relative to the working directory
  sim::Duration sample_interval;  // recorder sampling period
};

struct HostClassConfig {
  Origin origin;
  std::string name;
  std::int64_t count = 0;
  std::string availability_zone;
  std::int64_t vcpus = 0;
  std::int64_t memory_bytes = 0;
  std::int64_t disk_bytes = 0;
  // Per-class nova.conf overrides (a compute node's own nova.conf); unset = nova.DEFAULT.
  std::optional<double> cpu_allocation_ratio, ram_allocation_ratio, disk_allocation_ratio;
  std::vector<std::string> aggregates;  // names of `aggregates` entries
};

// A Nova flavor, units as in the flavor API: ram in MiB, disk/ephemeral in GB, swap in MiB.
struct FlavorConfig {
  Origin origin;
  std::string name;
  std::int64_t vcpus = 0;
  std::int64_t ram_mb = 0;
  std::int64_t disk_gb = 0;
  std::int64_t ephemeral_gb = 0;
  std::int64_t swap_mb = 0;
  std::vector<std::pair<std::string, std::string>> extra_specs;  // in file order
};

// nova.conf [DEFAULT] options that shape Placement inventories. Defaults are Zed's.
struct NovaDefaultConfig {
  double cpu_allocation_ratio = 0;
  double ram_allocation_ratio = 0;
  double disk_allocation_ratio = 0;
  std::int64_t reserved_host_memory_mb = 0;
  std::int64_t reserved_host_cpus = 0;
  std::int64_t reserved_host_disk_mb = 0;
};

// nova.conf [filter_scheduler] and [scheduler] options the scheduler reads, plus the choice of
// scheduler. Defaults are Zed's (models/nova/scheduler_config.h holds the same values).
struct NovaFilterSchedulerConfig {
  std::vector<std::string> enabled_filters;  // Zed's default list when not given
  std::vector<std::string> weight_classes;   // empty = all weighers
  std::int64_t host_subset_size = 1;
  bool shuffle_best_same_weighed_hosts = false;
  std::int64_t max_io_ops_per_host = 8;
  std::int64_t max_instances_per_host = 50;
  double ram_weight_multiplier = 1.0, cpu_weight_multiplier = 1.0, disk_weight_multiplier = 1.0;
  double io_ops_weight_multiplier = -1.0, pci_weight_multiplier = 1.0;
  double soft_affinity_weight_multiplier = 1.0, soft_anti_affinity_weight_multiplier = 1.0;
  double build_failure_weight_multiplier = 1000000.0;
};

struct NovaSchedulerSectionConfig {
  // filter_scheduler (Nova's), chance_scheduler (historical: random host with capacity), or
  // first_candidate (the foundation's stand-in: the first allocation candidate).
  std::string driver = "filter_scheduler";
  std::int64_t max_attempts = 3;
  std::int64_t max_placement_results = 1000;
};

struct NovaConfig {
  NovaDefaultConfig DEFAULT;  // NOLINT: named after the nova.conf section
  NovaFilterSchedulerConfig filter_scheduler;
  NovaSchedulerSectionConfig scheduler;
};

// A host aggregate: metadata that filters and weighers read (availability zones come from the
// host classes' availability_zone). Host classes join aggregates by name.
struct AggregateConfig {
  Origin origin;
  std::string name;
  std::vector<std::pair<std::string, std::string>> metadata;  // in file order
};

// A distribution as the scenario states it, kept so the resolved configuration can be written
// back exactly: the kind and its parameters in the order scenario_distribution.cc declares
// them. Time-valued parameters are Durations (samples: a list of them), shape/sigma/mu reals.
struct DistributionConfig {
  using Param = std::variant<double, sim::Duration, std::vector<sim::Duration>>;
  std::string kind;  // "lognormal"
  std::vector<std::pair<std::string, Param>> params;
};

struct WorkloadConfig {
  Origin origin;
  std::string kind;               // "poisson"
  double arrival_rate_per_s = 0;  // from "30/h"
  sim::Distribution lifetime;     // seconds
  std::string lifetime_text;      // as resolved, for /meta: "exponential(mean=43200)"
  DistributionConfig lifetime_spec;  // as written: {distribution: exponential, mean: 12h}
  // Flavor mix in file order: (flavor name, weight), with the origin of each entry.
  std::vector<std::pair<std::string, double>> flavors;
  std::vector<Origin> flavor_origins;
  std::string availability_zone;  // requested AZ; empty = any
  sim::Time start;                // arrivals begin
  std::optional<sim::Time> end;   // arrivals stop; unset = end of run
};

struct EventConfig {
  Origin origin;
  sim::Time at;
  std::string action;      // fail_hosts | repair_hosts | add_hosts
  std::string host_class;  // key "class"
  std::int64_t count = 0;
};

struct ScenarioConfig {
  std::string source_file;  // path as given
  std::string source_text;  // the file's bytes, for /meta
  std::vector<std::string> overrides;  // the --set texts, in order

  std::string name;
  std::uint64_t seed = 0;
  sim::Duration duration;
  OutputConfig output;
  std::vector<HostClassConfig> hosts;
  std::vector<AggregateConfig> aggregates;
  std::vector<FlavorConfig> flavors;
  NovaConfig nova;
  std::vector<WorkloadConfig> workload;
  std::vector<EventConfig> events;

  // Where each value came from, by YAML path ("events[0].at"), with the text as written, so
  // validate() can cite the offending node. Filled by the loader; empty for configs built in
  // code (validate() then cites the source file and the path only).
  std::map<std::string, Origin> value_origins;
};

}  // namespace stacktwin::io
