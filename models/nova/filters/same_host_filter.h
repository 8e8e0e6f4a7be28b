// SameHostFilter — nova/scheduler/filters/affinity_filter.py (Zed).
//
// Passes when scheduler hint same_host is absent or empty, else iff at least one of its
// instance uuids is on the host. Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class SameHostFilter final : public HostFilter {
 public:
  explicit SameHostFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }

};

}  // namespace stacktwin::nova
