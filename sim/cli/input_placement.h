// Placement for `stacktwin schedule`: the per-host inventories and traits of a schedule input,
// answering GET /allocation_candidates and PUT /allocations with placement 8.0's rule, as the
// real-Nova oracle's emulator does (one flat provider per compute node).
//
// The request's resources are Nova's resources_from_request_spec: VCPU = vcpus, MEMORY_MB =
// memory_mb, DISK_GB = root (unless boot from volume) + ephemeral + ceil(swap / 1024);
// `resources:<RC>=<N>` extra specs override them and zero amounts are dropped; flavor
// `trait:<NAME>=required|forbidden` and image `trait:<NAME>=required` become required and
// forbidden traits. A target host/node (requested_destination, else force_hosts[0] /
// force_nodes[0]) that is exactly one compute node becomes in_tree; one that matches no node
// leaves no candidate. Prefilters: the request's AZ becomes member_of the aggregates whose
// availability_zone is that AZ (when [scheduler]query_placement_for_availability_zone and such
// aggregates exist); with [scheduler]limit_tenants_to_placement_aggregate, member_of the
// aggregates having a metadata value equal to the project id and a filter_tenant_id* key
// (require_tenant_aggregate), when there are any; every request forbids
// COMPUTE_STATUS_DISABLED.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "models/nova/filter_scheduler.h"
#include "sim/cli/schedule_input.h"

namespace stacktwin::cli {

class InputPlacement : public nova::PlacementClient {
 public:
  InputPlacement(const ScheduleInput& input) : input_(input), placement_(input.placement) {}

  std::vector<nova::HostIndex> allocation_candidates(const nova::HostStates& hosts, const nova::RequestSpec& spec,
                                                     std::optional<std::int64_t> limit) override;
  bool claim(nova::HostIndex host, const nova::RequestSpec& spec) override;

  // The request's resources by class, sorted by name.
  static std::map<std::string, std::int64_t> requested_resources(const nova::RequestSpec& spec);
  // Why a host is not a candidate ("" when it is): capacity, trait or member_of.
  std::string rejection(const nova::HostStates& hosts, nova::HostIndex h, const nova::RequestSpec& spec) const;

 private:
  const ScheduleInput& input_;
  std::vector<HostPlacementInput> placement_;  // claims add to `used`
};

}  // namespace stacktwin::cli
