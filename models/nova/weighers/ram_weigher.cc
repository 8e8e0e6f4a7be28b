#include "models/nova/weighers/ram_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double RAMWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  return static_cast<double>(hosts.free_ram_mb[h]);
}

double RAMWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "ram_weight_multiplier", multiplier_);
}

void RAMWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& /*spec*/,
                 std::span<double> raw) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const HostIndex h = candidates[i];
    raw[i] = static_cast<double>(hosts.free_ram_mb[h]);
  }
}

void RAMWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "ram_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
