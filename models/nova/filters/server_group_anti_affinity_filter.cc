#include "models/nova/filters/server_group_anti_affinity_filter.h"

#include <algorithm>
#include <set>

#include "models/nova/extra_specs_ops.h"

namespace stacktwin::nova {

// Outside an anti-affinity group every host passes: decided once per call.
void ServerGroupAntiAffinityFilter::filter_all(const HostStates& hosts, const RequestSpec& spec,
                                              std::vector<HostIndex>& candidates) const {
  if (!spec.instance_group || spec.instance_group->policy != "anti-affinity") return;
  HostFilter::filter_all(hosts, spec, candidates);
}

bool ServerGroupAntiAffinityFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  if (!spec.instance_group || spec.instance_group->policy != "anti-affinity") return true;
  const auto& on_host = hosts.instances[h];
  if (std::find(on_host.begin(), on_host.end(), spec.instance_uuid) != on_host.end()) return true;
  const std::set<std::string> instances(on_host.begin(), on_host.end());
  const std::set<std::string> members(spec.instance_group->members.begin(), spec.instance_group->members.end());
  std::int64_t servers_on_host = 0;
  for (const auto& m : members) servers_on_host += instances.count(m);
  std::int64_t max_server_per_host = 1;
  if (auto it = spec.instance_group->rules.find("max_server_per_host"); it != spec.instance_group->rules.end()) {
    auto v = extra_specs_ops::py_int(it->second);
    if (!v) throw FilterError("ValueError: invalid literal for int() with base 10: '" + it->second + "'");
    max_server_per_host = *v;
  }
  return servers_on_host < max_server_per_host;
}

}  // namespace stacktwin::nova
