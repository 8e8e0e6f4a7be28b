// Nova's filter scheduler driving the capacity model (models/nova/filter_scheduler.h).
//
// The scheduler sees the cloud as Nova's scheduler sees compute nodes: a HostStates table kept
// in step with the cloud through its signals (VM placed or ended, host added, failed or
// repaired), with Nova's bookkeeping — memory_mb_used and local_gb_used count the reserved
// amounts, so free_ram_mb = total - reserved - instances, as ComputeNode reports it. Placement
// answers from the cloud's providers: the allocation candidates in provider order, at most
// max_placement_results, in the requested AZ's aggregate, never a host that is down.
//
// Each request records which filter removed how many hosts, and for NoValidHost its cause:
// "placement" (no allocation candidate) or the filter that removed the last host.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "models/capacity/cloud.h"
#include "models/nova/chance_scheduler.h"
#include "models/nova/filter_scheduler.h"
#include "sim/engine/rng.h"

namespace stacktwin::capacity {

struct NovaVmSchedulerParams {
  nova::SchedulerConfig config;
  std::vector<std::map<std::string, std::string>> flavor_extra_specs;  // per flavor
  std::vector<nova::Aggregate> aggregates;                             // beyond the AZs
  std::vector<std::vector<std::uint32_t>> class_aggregates;            // per host class
  std::int64_t reserved_host_memory_mb = 512;
  std::int64_t reserved_host_disk_gb = 0;
  // Nova's historical random scheduler (models/nova/chance_scheduler.h) instead of the filter
  // scheduler: a random allocation candidate whose compute service is up.
  bool chance = false;
};

class NovaVmScheduler : public VmScheduler {
 public:
  // Subscribes to the cloud's signals; create it before the cloud's first host.
  NovaVmScheduler(Cloud& cloud, sim::RngStream& rng, NovaVmSchedulerParams params);
  ~NovaVmScheduler() override;

  std::optional<HostId> select(const Cloud& cloud, VmId vm, std::uint32_t flavor,
                               std::optional<AzId> az) override;

  const nova::FilterScheduler& scheduler() const { return scheduler_; }
  const nova::HostStates& host_states() const { return hosts_; }
  // Hosts each configured filter removed, summed over requests (instance 0 of each).
  const std::vector<std::uint64_t>& removed_by_filter() const { return removed_by_filter_; }
  // NoValidHost causes: "placement" or a filter name.
  const std::map<std::string, std::uint64_t>& no_valid_host_causes() const { return causes_; }

 private:
  class CloudPlacement;
  void add_host(HostId h);
  void sync(HostId h);

  Cloud& cloud_;
  sim::RngStream& rng_;
  NovaVmSchedulerParams params_;
  nova::FilterScheduler scheduler_;
  std::optional<nova::ChanceScheduler> chance_;
  nova::HostStates hosts_;
  std::vector<nova::FlavorSpec> flavors_;
  std::unique_ptr<CloudPlacement> placement_;
  nova::RequestSpec spec_;
  std::vector<std::uint64_t> removed_by_filter_;
  std::map<std::string, std::uint64_t> causes_;
};

}  // namespace stacktwin::capacity
