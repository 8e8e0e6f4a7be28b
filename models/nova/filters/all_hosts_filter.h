// AllHostsFilter — nova/scheduler/filters/all_hosts_filter.py (Zed).
//
// A no-op: every host passes. Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AllHostsFilter final : public HostFilter {
 public:
  explicit AllHostsFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }

};

}  // namespace stacktwin::nova
