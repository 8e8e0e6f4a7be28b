// PciPassthroughFilter — nova/scheduler/filters/pci_passthrough_filter.py (Zed), SIMPLIFIED.
//
// Nova: a request without PCI requests passes; otherwise the host's PciDeviceStats must
// support the requests (support_requests). PCI requests come from flavor extra spec
// pci_passthrough:alias ("alias:count[,alias:count...]") through [pci]alias in nova.conf.
//
// Simplification, since [pci]alias is not modelled: an alias name matches a host PCI pool
// whose tags["alias"] equals it, or whose "vendor_id:product_id" equals it. Each requested
// (alias, count), in the spec's order, takes devices greedily from the matching pools in pool
// order; the host passes iff every request is served. NUMA affinity policies, SR-IOV
// (neutron port) requests and device specs beyond vendor/product are not modelled. A malformed
// alias spec (an entry without ":count" or a non-integer count) raises in Nova's API:
// FilterError. Without pci_passthrough:alias every host passes, exactly as Nova.
// Runs for every instance; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class PciPassthroughFilter final : public HostFilter {
 public:
  explicit PciPassthroughFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
};

}  // namespace stacktwin::nova
