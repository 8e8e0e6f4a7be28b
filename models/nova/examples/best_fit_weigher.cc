#include "models/nova/examples/best_fit_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova::examples {

double BestFitWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  const Flavor& f = spec.flavor.sizes;
  const double ram_cap = static_cast<double>(hosts.total_usable_ram_mb[h]);
  const double cpu_cap = static_cast<double>(hosts.vcpus_total[h]) * hosts.cpu_allocation_ratio[h];
  const double ram_left = ram_cap > 0 ? static_cast<double>(hosts.free_ram_mb[h] - f.ram_mb) / ram_cap : 0.0;
  const double cpu_left =
      cpu_cap > 0 ? (cpu_cap - static_cast<double>(hosts.vcpus_used[h] + f.vcpus)) / cpu_cap : 0.0;
  return -(ram_left + cpu_left);
}

double BestFitWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "best_fit_weight_multiplier", multiplier_);
}

}  // namespace stacktwin::nova::examples
