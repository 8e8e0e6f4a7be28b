// ComputeFilter — nova/scheduler/filters/compute_filter.py (Zed).
//
// A host passes iff its nova-compute service is up: not disabled, not forced_down
// (servicegroup.API.service_is_up), and its last heartbeat is at most service_down_time
// seconds old (servicegroup/drivers/db.py: abs(elapsed) <= service_down_time, so exactly
// service_down_time still passes). servicegroup.API raises service_down_time to
// int(2.5 * report_interval) = 25 s when it is <= report_interval (10 s, not modelled as an
// option). Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class ComputeFilter final : public HostFilter {
 public:
  explicit ComputeFilter(const SchedulerConfig& config);
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;
  bool run_filter_once_per_request() const override { return true; }

 private:
  double service_down_time_s_;
};

}  // namespace stacktwin::nova
