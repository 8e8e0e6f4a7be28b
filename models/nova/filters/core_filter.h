// CoreFilter — LEGACY: nova/scheduler/filters/core_filter.py as of Queens/Rocky; deprecated in
// Stein and removed in Train. Not part of Zed, where placement enforces VCPU.
//
// A host with vcpus_total 0 passes ("VCPUs not set; assuming CPU collection broken").
// Otherwise, with limit = vcpus_total * cpu_allocation_ratio: when limit > 0 the flavor's
// vcpus must not exceed vcpus_total (no overcommit against itself), and
// limit - vcpus_used >= vcpus. Runs for every instance; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class CoreFilter final : public HostFilter {
 public:
  explicit CoreFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  // The Rocky test with an explicit ratio; AggregateCoreFilter passes its own.
  static bool passes_with_ratio(const HostStates& hosts, HostIndex h, const RequestSpec& spec, double ratio);
};

}  // namespace stacktwin::nova
