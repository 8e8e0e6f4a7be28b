#include "models/nova/weighers/disk_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double DiskWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  return static_cast<double>(hosts.free_disk_mb[h]);
}

double DiskWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "disk_weight_multiplier", multiplier_);
}

}  // namespace stacktwin::nova
