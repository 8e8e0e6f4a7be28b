// DiskFilter — LEGACY: nova/scheduler/filters/disk_filter.py as of Queens/Rocky; deprecated in
// Stein and removed in Train. Not part of Zed, where placement enforces DISK_GB.
//
// requested = 1024 * (root_gb + ephemeral_gb) + swap_mb (root counted even for
// boot-from-volume, as that file did). A host passes iff total_usable_disk_gb * 1024 >=
// requested and
//   usable = total_usable_disk_gb*1024 * disk_allocation_ratio
//            - (total_usable_disk_gb*1024 - free_disk_mb)
// is >= requested, with the host's disk_allocation_ratio. Runs for every instance; not on
// rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class DiskFilter final : public HostFilter {
 public:
  explicit DiskFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  // The Rocky test with an explicit ratio; AggregateDiskFilter passes its own.
  static bool passes_with_ratio(const HostStates& hosts, HostIndex h, const RequestSpec& spec, double ratio);
};

}  // namespace stacktwin::nova
