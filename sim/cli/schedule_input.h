// The input of `stacktwin schedule`: the same JSON document the real-Nova oracle reads
// (../shared/tools/oracles/nova_oracle.py, whose docstring is the schema), parsed into the
// scheduler's structures with the oracle's derivations:
//
//   aggregates       the top-level list, then per host the "availability_zone" shortcut
//                    (aggregate "az-<zone>" with availability_zone metadata) and the host's
//                    "aggregates" names, in the oracle's build_aggregates() order
//   free_ram_mb      memory_mb - memory_mb_used unless given
//   free_disk_mb     min(free_disk_gb, disk_available_least) * 1024, free_disk_gb defaulting
//                    to local_gb - local_gb_used (HostState._update_from_compute_node, Zed)
//   ratios           null or 0 -> [DEFAULT] x_allocation_ratio, else initial_x_allocation_ratio
//                    (ComputeNode._from_db_object)
//   stats            "stats" as strings plus num_instances, io_workload, failed_builds
//   metrics          cpu.*percent values x100, then truncated to int
//                    (MonitorMetricList.from_json, MonitorMetric.value is an IntegerField)
//   uuids            uuid5(NAMESPACE_URL, "cn/<host>/<node>") and the like (det_uuid)
//   placement        the PlacementEmulator._inventory() of every host, and its traits
//
// Every error is a ScheduleInputError whose message is one line:
//   <file>: <JSON path>: <what is wrong>      e.g.  hosts.json: hosts[2].vcpus: expected an
//                                                   integer, got "x"
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "models/nova/host_state.h"
#include "models/nova/request_spec.h"
#include "models/nova/scheduler_config.h"

namespace stacktwin::cli {

class ScheduleInputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// [DEFAULT] options the compute side and the host states read (nova/conf/compute.py, Zed);
// not scheduler options, so they are not in nova::SchedulerConfig.
struct ComputeConfig {
  std::optional<double> cpu_allocation_ratio, ram_allocation_ratio, disk_allocation_ratio;
  double initial_cpu_allocation_ratio = 16.0;
  double initial_ram_allocation_ratio = 1.5;
  double initial_disk_allocation_ratio = 1.0;
  std::int64_t reserved_host_cpus = 0;
  std::int64_t reserved_host_memory_mb = 512;
  std::int64_t reserved_host_disk_mb = 0;
};

// One resource provider inventory record as the oracle's PlacementEmulator holds it.
struct PlacementInventoryInput {
  std::string resource_class;
  std::int64_t total = 0, reserved = 0, min_unit = 1, max_unit = 0, step_size = 1, used = 0;
  double allocation_ratio = 1.0;
};

// A host's resource provider: inventories in the emulator's order (VCPU, MEMORY_MB, DISK_GB,
// then classes added by the host's "placement" overrides) and its traits, sorted.
struct HostPlacementInput {
  std::vector<PlacementInventoryInput> inventories;
  std::vector<std::string> traits;

  const PlacementInventoryInput* find(std::string_view resource_class) const;
};

// RequestSpec.requested_destination (objects.Destination).
struct RequestedDestination {
  std::string host;
  std::optional<std::string> node;
};

struct ScheduleInput {
  nova::SchedulerConfig config;
  ComputeConfig compute;
  // Options of "config" we do not model, one line each ("config.DEFAULT.foo: unknown option,
  // ignored"); the real oslo.config would have refused them.
  std::vector<std::string> config_warnings;

  nova::HostStates hosts;                   // in "hosts" order (the DB order)
  std::vector<HostPlacementInput> placement;  // parallel to hosts
  nova::RequestSpec request;
  std::optional<RequestedDestination> requested_destination;

  std::vector<std::string> filters;                 // "filters", default enabled_filters
  std::optional<std::vector<std::string>> weighers;  // "weighers"; nullopt = all weighers
  bool use_placement = true;                        // "placement"
  std::int64_t seed = 0;                            // "seed": random.seed() of the run
};

// Parses `json_text`; `file_name` only labels the error messages.
ScheduleInput parse_schedule_input(std::string_view json_text, std::string_view file_name);
// Reads and parses a file; the error messages name it by its file name (no directories).
ScheduleInput load_schedule_input(const std::filesystem::path& path);

// The oracle's det_uuid(*parts): uuid5(NAMESPACE_URL, "/".join(parts)).
std::string det_uuid(const std::vector<std::string>& parts);

}  // namespace stacktwin::cli
