#include "sim/cli/input_placement.h"

#include <algorithm>

namespace stacktwin::cli {

std::map<std::string, std::int64_t> InputPlacement::requested_resources(const nova::RequestSpec& spec) {
  const nova::Flavor& f = spec.flavor.sizes;
  std::map<std::string, std::int64_t> r{{"VCPU", f.vcpus},
                                        {"MEMORY_MB", f.ram_mb},
                                        {"DISK_GB", (spec.is_bfv ? 0 : f.disk_gb) + f.ephemeral_gb + (f.swap_mb + 1023) / 1024}};
  for (const auto& [key, value] : spec.flavor.extra_specs) {
    if (key.rfind("resources:", 0) != 0) continue;
    try {
      r[key.substr(10)] = std::stoll(value);
    } catch (const std::exception&) {
      // Nova rejects such a flavor at the API; leave the flavor's amount.
    }
  }
  std::erase_if(r, [](const auto& kv) { return kv.second == 0; });
  return r;
}

std::string InputPlacement::rejection(const nova::HostStates& hosts, nova::HostIndex h,
                                      const nova::RequestSpec& spec) const {
  const HostPlacementInput& p = placement_[h];
  if (std::find(p.traits.begin(), p.traits.end(), "COMPUTE_STATUS_DISABLED") != p.traits.end())
    return "forbidden trait COMPUTE_STATUS_DISABLED";
  if (spec.availability_zone && input_.config.query_placement_for_availability_zone) {
    bool any = false, member = false;
    for (std::uint32_t a = 0; a < hosts.all_aggregates.size(); ++a) {
      const auto& md = hosts.all_aggregates[a].metadata;
      auto it = md.find("availability_zone");
      if (it == md.end() || it->second != *spec.availability_zone) continue;
      any = true;
      const auto& mine = hosts.aggregates[h];
      if (std::find(mine.begin(), mine.end(), a) != mine.end()) member = true;
    }
    if (any && !member) return "not in required aggregates";
  }
  for (const auto& [rc, amount] : requested_resources(spec)) {
    const PlacementInventoryInput* inv = p.find(rc);
    if (!inv || inv->total == 0) return rc + ": no inventory";
    if (amount < inv->min_unit || amount > inv->max_unit || amount % inv->step_size != 0) return rc + ": min/max/step";
    const double capacity = static_cast<double>(inv->total - inv->reserved) * inv->allocation_ratio;
    if (static_cast<double>(inv->used + amount) > capacity) return rc + ": capacity";
  }
  return "";
}

std::vector<nova::HostIndex> InputPlacement::allocation_candidates(const nova::HostStates& hosts,
                                                                   const nova::RequestSpec& spec,
                                                                   std::optional<std::int64_t> limit) {
  std::vector<nova::HostIndex> out;
  for (nova::HostIndex h = 0; h < hosts.size(); ++h) {
    if (limit && static_cast<std::int64_t>(out.size()) >= *limit) break;
    if (rejection(hosts, h, spec).empty()) out.push_back(h);
  }
  return out;
}

bool InputPlacement::claim(nova::HostIndex host, const nova::RequestSpec& spec) {
  const auto request = requested_resources(spec);
  for (const auto& [rc, amount] : request) {
    const PlacementInventoryInput* inv = placement_[host].find(rc);
    if (!inv) return false;
    const double capacity = static_cast<double>(inv->total - inv->reserved) * inv->allocation_ratio;
    if (amount < inv->min_unit || amount > inv->max_unit || amount % inv->step_size != 0 ||
        static_cast<double>(inv->used + amount) > capacity)
      return false;
  }
  for (auto& inv : placement_[host].inventories)
    if (auto it = request.find(inv.resource_class); it != request.end()) inv.used += it->second;
  return true;
}

}  // namespace stacktwin::cli
