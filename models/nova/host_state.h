// The scheduler's view of compute nodes: Nova's HostState, for every host at once.
//
// Nova (nova/scheduler/host_manager.py, Zed) keeps one HostState object per compute node and
// runs each filter host by host. We keep the same fields structure-of-arrays, so that a filter
// or weigher can make one pass over a column (free_ram_mb of every host) instead of chasing
// one object per host; the rarely read fields (stats, metrics, aggregates, instances) sit in
// per-host side tables. Field names and meanings are Nova's:
//
//   free_ram_mb      ComputeNode.free_ram_mb = memory_mb - memory_mb_used, where used counts
//                    reserved_host_memory_mb; NOT scaled by ram_allocation_ratio
//   free_disk_mb     min(free_disk_gb, disk_available_least) * 1024
//   vcpus_total      ComputeNode.vcpus;  vcpus_used: ComputeNode.vcpus_used
//   num_instances    stats["num_instances"];  num_io_ops: stats["io_workload"]
//   failed_builds    stats["failed_builds"]
//   service_up       ComputeFilter's test: not disabled, not forced_down, heartbeat within
//                    service_down_time (kept as seconds_since_heartbeat + flags)
//
// consume_from_request() (Nova's HostState.consume_from_request) updates a host after the
// scheduler picks it within one request: free_ram_mb -= ram, free_disk_mb -= (root +
// ephemeral) * 1024 (swap is not subtracted), vcpus_used += vcpus, num_instances += 1,
// num_io_ops += 1.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stacktwin::nova {

using HostIndex = std::uint32_t;

// A host aggregate: a name and string metadata (availability_zone, filter_tenant_id,
// max_io_ops_per_host, ram_weight_multiplier, ...), as in objects.Aggregate.
struct Aggregate {
  std::string name;
  std::string uuid;
  std::map<std::string, std::string> metadata;
};

// (architecture, hypervisor type, vm mode), as in HostState.supported_instances.
struct SupportedInstance {
  std::string arch, hv_type, vm_mode;
};

struct PciPool {
  std::string vendor_id, product_id;
  std::int64_t count = 0;
  std::optional<std::int64_t> numa_node;
  std::map<std::string, std::string> tags;
};

struct HostStates {
  // Identity (per host).
  std::vector<std::string> host, nodename, uuid, cell_uuid, host_ip, hypervisor_type;
  std::vector<std::int64_t> hypervisor_version;

  // Capacity columns: the hot path.
  std::vector<std::int64_t> total_usable_ram_mb, free_ram_mb;
  std::vector<std::int64_t> total_usable_disk_gb, free_disk_mb;
  std::vector<std::int64_t> vcpus_total, vcpus_used;
  std::vector<double> cpu_allocation_ratio, ram_allocation_ratio, disk_allocation_ratio;
  std::vector<std::int64_t> num_instances, num_io_ops, failed_builds;

  // Service (ComputeFilter).
  std::vector<char> service_disabled, service_forced_down;
  std::vector<double> seconds_since_heartbeat;

  // Side tables.
  std::vector<std::map<std::string, std::string>> stats;          // ComputeNode.stats
  std::vector<std::map<std::string, double>> metrics;             // [metrics] values by name
  std::vector<std::vector<std::uint32_t>> aggregates;             // indexes into `all_aggregates`
  std::vector<std::vector<std::string>> instances;                // instance uuids on the host
  std::vector<std::vector<SupportedInstance>> supported_instances;
  std::vector<std::vector<PciPool>> pci_pools;
  std::vector<Aggregate> all_aggregates;

  std::size_t size() const { return host.size(); }
  // Appends a host with every column at its zero value; returns its index.
  HostIndex add(const std::string& host_name, const std::string& node_name);
  // The host's aggregates' values for `key`, in aggregate order (Nova's
  // utils.aggregate_values_from_key, before the comma split some filters apply).
  std::vector<std::string> aggregate_values(HostIndex h, const std::string& key) const;
  // The host's availability zone: the union of its aggregates' availability_zone metadata,
  // comma-joined in sorted order, or `default_az` when none sets it.
  std::string availability_zone(HostIndex h, const std::string& default_az) const;
};

}  // namespace stacktwin::nova
