#include "models/nova/filters/server_group_affinity_filter.h"

#include <algorithm>

namespace stacktwin::nova {

bool ServerGroupAffinityFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  if (!spec.instance_group || spec.instance_group->policy != "affinity") return true;
  const auto& group_hosts = spec.instance_group->hosts;
  if (group_hosts.empty()) return true;
  return std::find(group_hosts.begin(), group_hosts.end(), hosts.host[h]) != group_hosts.end();
}

}  // namespace stacktwin::nova
