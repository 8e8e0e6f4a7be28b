#include "models/nova/examples/rack_spread_filter.h"

#include <algorithm>
#include <set>

#include "models/nova/extra_specs_ops.h"
#include "models/nova/filters/filter_error.h"

namespace stacktwin::nova::examples {

std::string RackSpreadFilter::rack_of(const HostStates& hosts, HostIndex h) {
  if (auto it = hosts.stats[h].find("rack"); it != hosts.stats[h].end()) return it->second;
  const auto values = hosts.aggregate_values(h, "rack");
  if (!values.empty()) return values.front();
  return hosts.host[h];
}

bool RackSpreadFilter::members_per_rack(const HostStates& hosts, const RequestSpec& spec,
                                        std::map<std::string, std::int64_t>& counts, std::int64_t& limit) const {
  if (!spec.instance_group) return false;
  const InstanceGroup& group = *spec.instance_group;
  if (group.policy != "anti-affinity" && group.policy != "soft-anti-affinity") return false;
  limit = 1;
  if (auto it = group.rules.find("max_server_per_rack"); it != group.rules.end()) {
    const auto v = extra_specs_ops::py_int(it->second);
    if (!v) throw FilterError("ValueError: invalid literal for int() with base 10: '" + it->second + "'");
    limit = *v;
  }
  const std::set<std::string> group_hosts(group.hosts.begin(), group.hosts.end());
  const std::set<std::string> members(group.members.begin(), group.members.end());
  counts.clear();
  for (HostIndex h = 0; h < hosts.size() && !group_hosts.empty(); ++h) {
    if (!group_hosts.count(hosts.host[h])) continue;
    std::int64_t n = 0;
    for (const auto& uuid : std::set<std::string>(hosts.instances[h].begin(), hosts.instances[h].end()))
      if (uuid != spec.instance_uuid && members.count(uuid)) ++n;
    if (n > 0) counts[rack_of(hosts, h)] += n;
  }
  return true;
}

bool RackSpreadFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  std::vector<HostIndex> one{h};
  filter_all(hosts, spec, one);
  return !one.empty();
}

void RackSpreadFilter::filter_all(const HostStates& hosts, const RequestSpec& spec,
                                  std::vector<HostIndex>& candidates) const {
  std::map<std::string, std::int64_t> counts;
  std::int64_t limit = 1;
  if (!members_per_rack(hosts, spec, counts, limit)) return;
  std::erase_if(candidates, [&](HostIndex h) {
    const auto it = counts.find(rack_of(hosts, h));
    return (it == counts.end() ? 0 : it->second) >= limit;
  });
}

}  // namespace stacktwin::nova::examples
