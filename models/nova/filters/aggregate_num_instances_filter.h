// AggregateNumInstancesFilter — nova/scheduler/filters/num_instances_filter.py (Zed).
//
// NumInstancesFilter with the limit taken per host from its aggregates'
// max_instances_per_host: the minimum of the distinct values as int();
// [filter_scheduler]max_instances_per_host (50) when no aggregate sets it or when any value is
// not an integer. Passes iff num_instances < limit. Runs for every instance; not on rebuild.
#pragma once

#include <cstdint>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateNumInstancesFilter final : public HostFilter {
 public:
  explicit AggregateNumInstancesFilter(const SchedulerConfig& config) : max_num_instances_(config.max_instances_per_host) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;

 private:
  std::int64_t max_num_instances_;
};

}  // namespace stacktwin::nova
