#include "models/nova/weighers/server_group_soft_anti_affinity_weigher.h"

#include "models/nova/weighers/server_group_soft_affinity_weigher.h"
#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double ServerGroupSoftAntiAffinityWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  return static_cast<double>(-group_members_on_host(hosts, h, spec, "soft-anti-affinity"));
}

double ServerGroupSoftAntiAffinityWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "soft_anti_affinity_weight_multiplier", multiplier_);
}

}  // namespace stacktwin::nova
