#include "models/nova/filters/numa_topology_filter.h"

#include "models/nova/extra_specs_ops.h"
#include "models/nova/filters/filter_error.h"

namespace stacktwin::nova {
namespace {

std::optional<std::string> lookup(const std::map<std::string, std::string>& m, const std::string& key) {
  auto it = m.find(key);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

}  // namespace

bool NUMATopologyFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  const auto& es = spec.flavor.extra_specs;
  const auto& ip = spec.image_properties;
  const auto numa_nodes = lookup(es, "hw:numa_nodes") ? lookup(es, "hw:numa_nodes") : lookup(ip, "hw_numa_nodes");
  const auto page_size = lookup(es, "hw:mem_page_size") ? lookup(es, "hw:mem_page_size") : lookup(ip, "hw_mem_page_size");
  const bool dedicated = lookup(es, "hw:cpu_policy") == "dedicated" || lookup(ip, "hw_cpu_policy") == "dedicated";
  if (!numa_nodes && !page_size && !dedicated) return true;

  std::int64_t guest_nodes = 1;
  if (numa_nodes) {
    auto n = extra_specs_ops::py_int(*numa_nodes);
    if (!n || *n < 1) throw FilterError("InvalidNUMANodesNumber: hw:numa_nodes='" + *numa_nodes + "'");
    guest_nodes = *n;
  }
  if (hosts.vcpus_total[h] == 0) return false;
  if (auto cells = lookup(hosts.stats[h], "numa_nodes")) {
    auto n = extra_specs_ops::py_int(*cells);
    if (n && guest_nodes > *n) return false;
  }
  const auto vcpus = static_cast<double>(spec.flavor.sizes.vcpus);
  const auto total_cpus = static_cast<double>(hosts.vcpus_total[h]);
  const auto used_cpus = static_cast<double>(hosts.vcpus_used[h]);
  const double cpu_limit = dedicated ? total_cpus : total_cpus * hosts.cpu_allocation_ratio[h];
  if (cpu_limit - used_cpus < vcpus) return false;
  const auto ram = static_cast<double>(spec.flavor.sizes.ram_mb);
  const auto total_ram = static_cast<double>(hosts.total_usable_ram_mb[h]);
  const auto free_ram = static_cast<double>(hosts.free_ram_mb[h]);
  if (page_size) return free_ram >= ram;
  return total_ram * hosts.ram_allocation_ratio[h] - (total_ram - free_ram) >= ram;
}

}  // namespace stacktwin::nova
