// getattr(host_state, name) for the filters that let users name HostState attributes
// (ComputeCapabilitiesFilter, JsonFilter), with values as Python would see them.
//
// Modelled attributes (nova/scheduler/host_manager.py HostState, Zed): host, nodename, uuid,
// cell_uuid, host_ip (None when empty), hypervisor_type, hypervisor_hostname (= nodename),
// hypervisor_version, total_usable_ram_mb, free_ram_mb, total_usable_disk_gb, free_disk_mb,
// vcpus_total, vcpus_used, num_instances, num_io_ops, failed_builds (ints),
// cpu/ram/disk_allocation_ratio (floats), stats (dict of strings).
// HostState attributes that exist in Nova but are not modelled here (cpu_info, numa_topology,
// pci_stats, metrics, aggregates, instances, supported_instances, limits, updated, service,
// disk_mb_used) exist with value None: a filter that reads one sees a host without it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "models/nova/host_state.h"

namespace stacktwin::nova {

struct HostAttribute {
  bool exists = false;      // hasattr(host_state, name)
  nlohmann::json value;     // null = None
};

HostAttribute host_attribute(const HostStates& hosts, HostIndex h, std::string_view name);

// Python str(x) of a JSON-shaped value: str as is, True/False/None, ints, float repr,
// lists and dicts as Python's repr ("{'a': 1}").
std::string py_str(const nlohmann::json& v);
// Python truthiness.
bool py_truthy(const nlohmann::json& v);

}  // namespace stacktwin::nova
