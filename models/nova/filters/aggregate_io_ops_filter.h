// AggregateIoOpsFilter — nova/scheduler/filters/io_ops_filter.py (Zed).
//
// IoOpsFilter with the limit taken per host from its aggregates' max_io_ops_per_host: the
// minimum of the distinct values as int(); [filter_scheduler]max_io_ops_per_host (8) when no
// aggregate sets it or when any value is not an integer ("8.0" included). Passes iff
// num_io_ops < limit. Runs for every instance; not on rebuild.
#pragma once

#include <cstdint>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateIoOpsFilter final : public HostFilter {
 public:
  explicit AggregateIoOpsFilter(const SchedulerConfig& config) : max_num_io_ops_(config.max_io_ops_per_host) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;

 private:
  std::int64_t max_num_io_ops_;
};

}  // namespace stacktwin::nova
