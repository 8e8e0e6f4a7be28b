#include "models/nova/filters/server_group_affinity_filter.h"

#include <algorithm>

namespace stacktwin::nova {

// Outside an affinity group with members placed every host passes: decided once per call.
void ServerGroupAffinityFilter::filter_all(const HostStates& hosts, const RequestSpec& spec,
                                          std::vector<HostIndex>& candidates) const {
  if (!spec.instance_group || spec.instance_group->policy != "affinity" || spec.instance_group->hosts.empty()) return;
  HostFilter::filter_all(hosts, spec, candidates);
}

bool ServerGroupAffinityFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  if (!spec.instance_group || spec.instance_group->policy != "affinity") return true;
  const auto& group_hosts = spec.instance_group->hosts;
  if (group_hosts.empty()) return true;
  return std::find(group_hosts.begin(), group_hosts.end(), hosts.host[h]) != group_hosts.end();
}

}  // namespace stacktwin::nova
