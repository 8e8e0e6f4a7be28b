#include "models/nova/weighers/server_group_soft_affinity_weigher.h"

#include <algorithm>

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

std::int64_t group_members_on_host(const HostStates& hosts, HostIndex h, const RequestSpec& spec,
                                   std::string_view policy) {
  if (!spec.instance_group || spec.instance_group->policy != policy) return 0;
  const auto& members = spec.instance_group->members;
  const auto& on_host = hosts.instances[h];
  // |set(instances) & set(members)| without building sets: count each member once, at its
  // first occurrence in the member list.
  std::int64_t n = 0;
  for (auto m = members.begin(); m != members.end(); ++m) {
    if (std::find(members.begin(), m, *m) != m) continue;
    if (std::find(on_host.begin(), on_host.end(), *m) != on_host.end()) ++n;
  }
  return n;
}

double ServerGroupSoftAffinityWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  return static_cast<double>(group_members_on_host(hosts, h, spec, "soft-affinity"));
}

double ServerGroupSoftAffinityWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "soft_affinity_weight_multiplier", multiplier_);
}

// Outside a soft-affinity group the value is 0 for every host.
void ServerGroupSoftAffinityWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<double> raw) const {
  if (!spec.instance_group || spec.instance_group->policy != "soft-affinity") {
    std::fill(raw.begin(), raw.end(), 0.0);
    return;
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) raw[i] = ServerGroupSoftAffinityWeigher::weigh(hosts, candidates[i], spec);
}

void ServerGroupSoftAffinityWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "soft_affinity_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
