// AggregateDiskFilter — LEGACY: nova/scheduler/filters/disk_filter.py as of Queens/Rocky;
// removed in Train. Not part of Zed.
//
// DiskFilter with the ratio taken from the host's aggregates' disk_allocation_ratio metadata:
// the minimum as float(); the host's disk_allocation_ratio when none sets it or any value is
// not a float. Runs for every instance; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateDiskFilter final : public HostFilter {
 public:
  explicit AggregateDiskFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
};

}  // namespace stacktwin::nova
