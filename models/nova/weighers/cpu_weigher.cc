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

void CPUWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& /*spec*/,
                 std::span<double> raw) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const HostIndex h = candidates[i];
    const double total = static_cast<double>(hosts.vcpus_total[h]) * hosts.cpu_allocation_ratio[h];
    raw[i] = total - static_cast<double>(hosts.vcpus_used[h]);
  }
}

void CPUWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "cpu_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
