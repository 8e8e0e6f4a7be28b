// The built-in filters: Zed's 23 (nova/scheduler/filters/), named as nova.conf names them,
// and the legacy pre-Train capacity filters.
#include "models/nova/filters/aggregate_core_filter.h"
#include "models/nova/filters/aggregate_disk_filter.h"
#include "models/nova/filters/aggregate_image_properties_isolation.h"
#include "models/nova/filters/aggregate_instance_extra_specs_filter.h"
#include "models/nova/filters/aggregate_io_ops_filter.h"
#include "models/nova/filters/aggregate_multitenancy_isolation.h"
#include "models/nova/filters/aggregate_num_instances_filter.h"
#include "models/nova/filters/aggregate_ram_filter.h"
#include "models/nova/filters/aggregate_type_affinity_filter.h"
#include "models/nova/filters/all_hosts_filter.h"
#include "models/nova/filters/availability_zone_filter.h"
#include "models/nova/filters/compute_capabilities_filter.h"
#include "models/nova/filters/compute_filter.h"
#include "models/nova/filters/core_filter.h"
#include "models/nova/filters/different_host_filter.h"
#include "models/nova/filters/disk_filter.h"
#include "models/nova/filters/image_props_filter.h"
#include "models/nova/filters/io_ops_filter.h"
#include "models/nova/filters/isolated_hosts_filter.h"
#include "models/nova/filters/json_filter.h"
#include "models/nova/filters/metrics_filter.h"
#include "models/nova/filters/numa_topology_filter.h"
#include "models/nova/filters/num_instances_filter.h"
#include "models/nova/filters/pci_passthrough_filter.h"
#include "models/nova/filters/ram_filter.h"
#include "models/nova/filters/same_host_filter.h"
#include "models/nova/filters/server_group_affinity_filter.h"
#include "models/nova/filters/server_group_anti_affinity_filter.h"
#include "models/nova/filters/simple_cidr_affinity_filter.h"

namespace stacktwin::nova {

void register_nova_filters(FilterRegistry& registry) {
  registry.add("AggregateCoreFilter", "LEGACY (Queens/Rocky, removed in Train): CoreFilter with the min aggregate cpu_allocation_ratio",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateCoreFilter>(c); });
  registry.add("AggregateDiskFilter", "LEGACY (Queens/Rocky, removed in Train): DiskFilter with the min aggregate disk_allocation_ratio",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateDiskFilter>(c); });
  registry.add("AggregateImagePropertiesIsolation", "image properties must match the values of same-named aggregate metadata",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateImagePropertiesIsolation>(c); });
  registry.add("AggregateInstanceExtraSpecsFilter", "flavor extra specs must match the host's aggregate metadata",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateInstanceExtraSpecsFilter>(c); });
  registry.add("AggregateIoOpsFilter", "num_io_ops below the min aggregate max_io_ops_per_host (else the config value)",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateIoOpsFilter>(c); });
  registry.add("AggregateMultiTenancyIsolation", "hosts in aggregates with filter_tenant_id take only those projects",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateMultiTenancyIsolation>(c); });
  registry.add("AggregateNumInstancesFilter", "num_instances below the min aggregate max_instances_per_host (else the config value)",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateNumInstancesFilter>(c); });
  registry.add("AggregateRamFilter", "LEGACY (Queens/Rocky, removed in Train): RamFilter with the min aggregate ram_allocation_ratio",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateRamFilter>(c); });
  registry.add("AggregateTypeAffinityFilter", "hosts in aggregates with instance_type take only those flavors",
               [](const SchedulerConfig& c) { return std::make_unique<AggregateTypeAffinityFilter>(c); });
  registry.add("AllHostsFilter", "no-op: every host passes",
               [](const SchedulerConfig& c) { return std::make_unique<AllHostsFilter>(c); });
  registry.add("AvailabilityZoneFilter", "the host's availability zone must be the requested one (deprecated since Xena)",
               [](const SchedulerConfig& c) { return std::make_unique<AvailabilityZoneFilter>(c); });
  registry.add("ComputeCapabilitiesFilter", "flavor extra specs (unscoped or capabilities:) must match host attributes and stats",
               [](const SchedulerConfig& c) { return std::make_unique<ComputeCapabilitiesFilter>(c); });
  registry.add("ComputeFilter", "the compute service must be enabled, not forced down and recently heard from",
               [](const SchedulerConfig& c) { return std::make_unique<ComputeFilter>(c); });
  registry.add("CoreFilter", "LEGACY (Queens/Rocky, removed in Train): enough vCPUs under cpu_allocation_ratio",
               [](const SchedulerConfig& c) { return std::make_unique<CoreFilter>(c); });
  registry.add("DifferentHostFilter", "none of the different_host hint's instances may be on the host",
               [](const SchedulerConfig& c) { return std::make_unique<DifferentHostFilter>(c); });
  registry.add("DiskFilter", "LEGACY (Queens/Rocky, removed in Train): enough disk under disk_allocation_ratio",
               [](const SchedulerConfig& c) { return std::make_unique<DiskFilter>(c); });
  registry.add("ImagePropertiesFilter", "image architecture, hypervisor type, vm mode and version must be supported",
               [](const SchedulerConfig& c) { return std::make_unique<ImagePropertiesFilter>(c); });
  registry.add("IoOpsFilter", "num_io_ops below max_io_ops_per_host",
               [](const SchedulerConfig& c) { return std::make_unique<IoOpsFilter>(c); });
  registry.add("IsolatedHostsFilter", "isolated images only on isolated hosts (and, if restricted, vice versa)",
               [](const SchedulerConfig& c) { return std::make_unique<IsolatedHostsFilter>(c); });
  registry.add("JsonFilter", "the query hint's JSON expression over host attributes must hold",
               [](const SchedulerConfig& c) { return std::make_unique<JsonFilter>(c); });
  registry.add("MetricsFilter", "the host must report every metric in [metrics]weight_setting",
               [](const SchedulerConfig& c) { return std::make_unique<MetricsFilter>(c); });
  registry.add("NUMATopologyFilter", "SIMPLIFIED: a NUMA / pinned / huge-page request must fit the host's CPUs and RAM",
               [](const SchedulerConfig& c) { return std::make_unique<NUMATopologyFilter>(c); });
  registry.add("NumInstancesFilter", "num_instances below max_instances_per_host",
               [](const SchedulerConfig& c) { return std::make_unique<NumInstancesFilter>(c); });
  registry.add("PciPassthroughFilter", "SIMPLIFIED: the host's PCI pools must serve the flavor's pci_passthrough:alias",
               [](const SchedulerConfig& c) { return std::make_unique<PciPassthroughFilter>(c); });
  registry.add("RamFilter", "LEGACY (Queens/Rocky, removed in Train): enough RAM under ram_allocation_ratio",
               [](const SchedulerConfig& c) { return std::make_unique<RamFilter>(c); });
  registry.add("SameHostFilter", "one of the same_host hint's instances must be on the host",
               [](const SchedulerConfig& c) { return std::make_unique<SameHostFilter>(c); });
  registry.add("ServerGroupAffinityFilter", "affinity groups: the host must already hold the group (if it has hosts)",
               [](const SchedulerConfig& c) { return std::make_unique<ServerGroupAffinityFilter>(c); });
  registry.add("ServerGroupAntiAffinityFilter", "anti-affinity groups: fewer than max_server_per_host members on the host",
               [](const SchedulerConfig& c) { return std::make_unique<ServerGroupAntiAffinityFilter>(c); });
  registry.add("SimpleCIDRAffinityFilter", "host_ip must lie in build_near_host_ip + cidr",
               [](const SchedulerConfig& c) { return std::make_unique<SimpleCIDRAffinityFilter>(c); });
}

}  // namespace stacktwin::nova
