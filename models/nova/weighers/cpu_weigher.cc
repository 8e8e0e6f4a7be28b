#include "models/nova/weighers/cpu_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double CPUWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  // Python: vcpus_total * cpu_allocation_ratio - vcpus_used, int * float - int, two roundings.
  const double total = static_cast<double>(hosts.vcpus_total[h]) * hosts.cpu_allocation_ratio[h];
  return total - static_cast<double>(hosts.vcpus_used[h]);
}

double CPUWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "cpu_weight_multiplier", multiplier_);
}

}  // namespace stacktwin::nova
