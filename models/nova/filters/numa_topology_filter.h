// NUMATopologyFilter — nova/scheduler/filters/numa_topology_filter.py (Zed), SIMPLIFIED.
//
// Nova: with no requested NUMA topology the host passes; otherwise the host must have a NUMA
// topology and hardware.numa_fit_instance_to_host must fit the guest cells on the host cells
// (cpu and ram ratios as limits, pinning for dedicated CPUs, huge pages, PCI affinity), and
// cpu_thread_policy=require needs SMT.
//
// HostStates carries no host NUMA topology, so this is a documented simplification:
//  - a request has a NUMA topology iff the flavor sets hw:numa_nodes, hw:mem_page_size or
//    hw:cpu_policy=dedicated, or the image sets hw_numa_nodes, hw_mem_page_size or
//    hw_cpu_policy=dedicated (Nova also derives one from hw:cpu_policy=mixed, hw:pmem, ...,
//    not modelled); without one every host passes, exactly as Nova;
//  - otherwise the host is treated as one pool: it fails when vcpus_total == 0 (no topology)
//    or when the guest's NUMA node count (hw:numa_nodes / hw_numa_nodes, default 1) exceeds
//    ComputeNode.stats["numa_nodes"] where that stat is set; CPUs must fit —
//    dedicated: vcpus_total - vcpus_used >= vcpus (pinned CPUs are not overcommitted),
//    shared: vcpus_total * cpu_allocation_ratio - vcpus_used >= vcpus; and memory must fit —
//    with a page size: free_ram_mb >= ram (huge pages are not overcommitted), otherwise
//    total_usable_ram_mb * ram_allocation_ratio - (total_usable_ram_mb - free_ram_mb) >= ram.
//    Per-cell fitting, CPU thread policies and PCI NUMA affinity are not modelled.
// Runs for every instance; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class NUMATopologyFilter final : public HostFilter {
 public:
  explicit NUMATopologyFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
};

}  // namespace stacktwin::nova
