#include "models/nova/weighers/server_group_soft_anti_affinity_weigher.h"

#include <algorithm>

#include "models/nova/weighers/server_group_soft_affinity_weigher.h"
#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double ServerGroupSoftAntiAffinityWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  return static_cast<double>(-group_members_on_host(hosts, h, spec, "soft-anti-affinity"));
}

double ServerGroupSoftAntiAffinityWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "soft_anti_affinity_weight_multiplier", multiplier_);
}

// Outside a soft-anti-affinity group the value is 0 for every host.
void ServerGroupSoftAntiAffinityWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<double> raw) const {
  if (!spec.instance_group || spec.instance_group->policy != "soft-anti-affinity") {
    std::fill(raw.begin(), raw.end(), 0.0);
    return;
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) raw[i] = ServerGroupSoftAntiAffinityWeigher::weigh(hosts, candidates[i], spec);
}

void ServerGroupSoftAntiAffinityWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "soft_anti_affinity_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
