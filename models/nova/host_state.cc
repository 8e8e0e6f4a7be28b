#include "models/nova/host_state.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace stacktwin::nova {

HostIndex HostStates::add(const std::string& host_name, const std::string& node_name) {
  const auto h = static_cast<HostIndex>(size());
  host.push_back(host_name);
  nodename.push_back(node_name);
  uuid.emplace_back();
  cell_uuid.emplace_back();
  host_ip.emplace_back();
  hypervisor_type.emplace_back();
  hypervisor_version.push_back(0);
  for (auto* col : {&total_usable_ram_mb, &free_ram_mb, &total_usable_disk_gb, &free_disk_mb,
                    &vcpus_total, &vcpus_used, &num_instances, &num_io_ops, &failed_builds})
    col->push_back(0);
  for (auto* col : {&cpu_allocation_ratio, &ram_allocation_ratio, &disk_allocation_ratio}) col->push_back(0.0);
  service_disabled.push_back(0);
  service_forced_down.push_back(0);
  seconds_since_heartbeat.push_back(0.0);
  stats.emplace_back();
  metrics.emplace_back();
  aggregates.emplace_back();
  instances.emplace_back();
  supported_instances.emplace_back();
  pci_pools.emplace_back();
  return h;
}

std::vector<std::string> HostStates::aggregate_values(HostIndex h, const std::string& key) const {
  std::vector<std::string> values;
  for (std::uint32_t a : aggregates[h]) {
    const auto& md = all_aggregates[a].metadata;
    if (auto it = md.find(key); it != md.end()) values.push_back(it->second);
  }
  return values;
}

std::string HostStates::availability_zone(HostIndex h, const std::string& default_az) const {
  std::set<std::string> zones;
  for (const auto& v : aggregate_values(h, "availability_zone")) {
    std::stringstream in(v);
    for (std::string part; std::getline(in, part, ',');) zones.insert(part);
  }
  if (zones.empty()) return default_az;
  std::string joined;
  for (const auto& z : zones) joined += (joined.empty() ? "" : ",") + z;
  return joined;
}

}  // namespace stacktwin::nova
