#include "sim/cli/input_placement.h"

#include <algorithm>

namespace stacktwin::cli {
namespace {

// The input's inventory as Placement's own model, so the capacity rule is the one in
// models/placement/inventory.h rather than a copy.
placement::Inventory inventory_of(const PlacementInventoryInput& in) {
  return {in.total, in.reserved, in.min_unit, in.max_unit, in.step_size, in.allocation_ratio};
}

}  // namespace

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

namespace {

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The one compute node resources_from_request_spec pins the query to with in_tree: the target
// host/node of requested_destination, else force_hosts[0] / force_nodes[0], when exactly one
// node matches. No match at all: NoValidHost ("No such host"), i.e. no candidate.
struct Target {
  bool any = false;                    // a target host or node was named
  std::vector<nova::HostIndex> nodes;  // get_compute_nodes_by_host_or_node
};

Target target_of(const nova::HostStates& hosts, const nova::RequestSpec& spec) {
  std::optional<std::string> host, node;
  if (spec.requested_destination) {
    if (!spec.requested_destination->host.empty()) host = spec.requested_destination->host;
    node = spec.requested_destination->node;
  }
  if (!host && !spec.force_hosts.empty()) host = spec.force_hosts.front();
  if (!node && !spec.force_nodes.empty()) node = spec.force_nodes.front();
  Target t;
  t.any = host || node;
  if (!t.any) return t;
  for (nova::HostIndex h = 0; h < hosts.size(); ++h)
    if ((!host || hosts.host[h] == *host) && (!node || hosts.nodename[h] == *node)) t.nodes.push_back(h);
  return t;
}

}  // namespace

std::string InputPlacement::rejection(const nova::HostStates& hosts, nova::HostIndex h,
                                      const nova::RequestSpec& spec) const {
  const HostPlacementInput& p = placement_[h];
  // root_required=!COMPUTE_STATUS_DISABLED, then the flavor's trait:<NAME>=required|forbidden
  // and the image's trait:<NAME>=required (ResourceRequest._process_extra_specs / _image).
  if (has(p.traits, "COMPUTE_STATUS_DISABLED")) return "forbidden trait COMPUTE_STATUS_DISABLED";
  for (const auto& [key, value] : spec.flavor.extra_specs) {
    if (key.rfind("trait:", 0) != 0) continue;
    const std::string trait = key.substr(6);
    if (value == "required" && !has(p.traits, trait)) return "required trait " + trait;
    if (value == "forbidden" && has(p.traits, trait)) return "forbidden trait " + trait;
  }
  for (const auto& [key, value] : spec.image_properties)
    if (key.rfind("trait:", 0) == 0 && value == "required" && !has(p.traits, key.substr(6)))
      return "required trait " + key.substr(6);
  // in_tree: a named target host/node that is one compute node.
  if (const Target t = target_of(hosts, spec); t.any) {
    if (t.nodes.empty()) return "no such host";
    if (t.nodes.size() == 1 && t.nodes.front() != h) return "not in_tree";
  }
  // require_tenant_aggregate: AggregateList.get_by_metadata(value=project_id), keeping the
  // aggregates that have a key starting with filter_tenant_id (not necessarily the same one).
  if (input_.config.limit_tenants_to_placement_aggregate) {
    bool any = false, member = false;
    for (std::uint32_t a = 0; a < hosts.all_aggregates.size(); ++a) {
      const auto& md = hosts.all_aggregates[a].metadata;
      bool value_hit = false, tenant_key = false;
      for (const auto& [k, v] : md) {
        value_hit = value_hit || v == spec.project_id;
        tenant_key = tenant_key || k.rfind("filter_tenant_id", 0) == 0;
      }
      if (!value_hit || !tenant_key) continue;
      any = true;
      const auto& mine = hosts.aggregates[h];
      if (std::find(mine.begin(), mine.end(), a) != mine.end()) member = true;
    }
    if (any && !member) return "not in the tenant's aggregates";
  }
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
    const placement::Inventory rule = inventory_of(*inv);
    if (!rule.amount_allowed(amount)) return rc + ": min/max/step";
    if (!rule.fits(inv->used, amount)) return rc + ": capacity";
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
    if (!inv || !inventory_of(*inv).fits(inv->used, amount)) return false;
  }
  for (auto& inv : placement_[host].inventories)
    if (auto it = request.find(inv.resource_class); it != request.end()) inv.used += it->second;
  return true;
}

}  // namespace stacktwin::cli
