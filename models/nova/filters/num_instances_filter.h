// NumInstancesFilter — nova/scheduler/filters/num_instances_filter.py (Zed).
//
// Passes iff num_instances (stats num_instances, plus 1 per instance placed earlier in this
// request) is strictly below [filter_scheduler]max_instances_per_host (50). Runs for every
// instance; not on rebuild.
#pragma once

#include <cstdint>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class NumInstancesFilter final : public HostFilter {
 public:
  explicit NumInstancesFilter(const SchedulerConfig& config) : max_num_instances_(config.max_instances_per_host) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;

 private:
  std::int64_t max_num_instances_;
};

}  // namespace stacktwin::nova
