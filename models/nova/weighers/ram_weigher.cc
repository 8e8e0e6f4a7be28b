#include "models/nova/weighers/ram_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double RAMWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  return static_cast<double>(hosts.free_ram_mb[h]);
}

double RAMWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "ram_weight_multiplier", multiplier_);
}

}  // namespace stacktwin::nova
