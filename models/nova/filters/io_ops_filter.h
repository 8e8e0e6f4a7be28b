// IoOpsFilter — nova/scheduler/filters/io_ops_filter.py (Zed).
//
// Passes iff num_io_ops (stats io_workload: instances building, resizing, migrating,
// snapshotting, ... plus 1 per instance placed earlier in this request) is strictly below
// [filter_scheduler]max_io_ops_per_host (8). Runs for every instance; not on rebuild.
#pragma once

#include <cstdint>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class IoOpsFilter final : public HostFilter {
 public:
  explicit IoOpsFilter(const SchedulerConfig& config) : max_num_io_ops_(config.max_io_ops_per_host) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;

 private:
  std::int64_t max_num_io_ops_;
};

}  // namespace stacktwin::nova
