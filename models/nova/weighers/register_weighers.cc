// The ten weighers of Nova Zed's nova.scheduler.weights.all_weighers, under their class names.
#include <memory>

#include "models/nova/host_weigher.h"
#include "models/nova/weighers/build_failure_weigher.h"
#include "models/nova/weighers/cpu_weigher.h"
#include "models/nova/weighers/cross_cell_weigher.h"
#include "models/nova/weighers/disk_weigher.h"
#include "models/nova/weighers/io_ops_weigher.h"
#include "models/nova/weighers/metrics_weigher.h"
#include "models/nova/weighers/pci_weigher.h"
#include "models/nova/weighers/ram_weigher.h"
#include "models/nova/weighers/server_group_soft_affinity_weigher.h"
#include "models/nova/weighers/server_group_soft_anti_affinity_weigher.h"

namespace stacktwin::nova {
namespace {

template <class W>
WeigherRegistry::Factory factory() {
  return [](const SchedulerConfig& config) -> std::unique_ptr<HostWeigher> { return std::make_unique<W>(config); };
}

}  // namespace

void register_nova_weighers(WeigherRegistry& registry) {
  registry.add("RAMWeigher", "free RAM (free_ram_mb, not overcommitted); spreads by default",
               factory<RAMWeigher>());
  registry.add("CPUWeigher", "free vCPUs after cpu_allocation_ratio; spreads by default", factory<CPUWeigher>());
  registry.add("DiskWeigher", "free disk (free_disk_mb); spreads by default", factory<DiskWeigher>());
  registry.add("IoOpsWeigher", "I/O-heavy operations in progress; multiplier -1 prefers idle hosts",
               factory<IoOpsWeigher>());
  registry.add("BuildFailureWeigher", "recent failed builds, multiplier negated; sinks failing hosts",
               factory<BuildFailureWeigher>());
  registry.add("CrossCellWeigher", "preferred cell of a cross-cell move (not modelled: always 0)",
               factory<CrossCellWeigher>());
  registry.add("PCIWeigher", "100 - free PCI devices; keeps PCI hosts for PCI requests", factory<PCIWeigher>());
  registry.add("MetricsWeigher", "weighted sum of host monitor metrics ([metrics]weight_setting)",
               factory<MetricsWeigher>());
  registry.add("ServerGroupSoftAffinityWeigher", "group members on the host (soft-affinity groups)",
               factory<ServerGroupSoftAffinityWeigher>());
  registry.add("ServerGroupSoftAntiAffinityWeigher", "minus group members on the host (soft-anti-affinity groups)",
               factory<ServerGroupSoftAntiAffinityWeigher>());
}

}  // namespace stacktwin::nova
