// AggregateCoreFilter — LEGACY: nova/scheduler/filters/core_filter.py as of Queens/Rocky;
// removed in Train. Not part of Zed.
//
// CoreFilter with the ratio taken from the host's aggregates' cpu_allocation_ratio metadata:
// the minimum as float(); the host's cpu_allocation_ratio when none sets it or any value is
// not a float. Runs for every instance; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateCoreFilter final : public HostFilter {
 public:
  explicit AggregateCoreFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
};

}  // namespace stacktwin::nova
