#include "models/nova/weighers/disk_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double DiskWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  return static_cast<double>(hosts.free_disk_mb[h]);
}

double DiskWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "disk_weight_multiplier", multiplier_);
}

void DiskWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& /*spec*/,
                 std::span<double> raw) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const HostIndex h = candidates[i];
    raw[i] = static_cast<double>(hosts.free_disk_mb[h]);
  }
}

void DiskWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "disk_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
