// RamFilter — LEGACY: nova/scheduler/filters/ram_filter.py as of Queens/Rocky; deprecated in
// Stein and removed in Train (NOVA_NOTES §2). Not part of Zed, where placement enforces RAM.
//
// A host passes iff total_usable_ram_mb >= the flavor's memory_mb (an instance may not
// overcommit against itself) and
//   usable = total_usable_ram_mb * ram_allocation_ratio - (total_usable_ram_mb - free_ram_mb)
// is >= memory_mb, using the host's ram_allocation_ratio. Runs for every instance; not on
// rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class RamFilter final : public HostFilter {
 public:
  explicit RamFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  // The Rocky test with an explicit ratio; AggregateRamFilter passes its own.
  static bool passes_with_ratio(const HostStates& hosts, HostIndex h, const RequestSpec& spec, double ratio);
};

}  // namespace stacktwin::nova
