// AggregateRamFilter — LEGACY: nova/scheduler/filters/ram_filter.py as of Queens/Rocky;
// removed in Train. Not part of Zed.
//
// RamFilter with the ratio taken from the host's aggregates' ram_allocation_ratio metadata:
// the minimum as float(); the host's ram_allocation_ratio when none sets it or any value is
// not a float. Runs for every instance; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateRamFilter final : public HostFilter {
 public:
  explicit AggregateRamFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
};

}  // namespace stacktwin::nova
