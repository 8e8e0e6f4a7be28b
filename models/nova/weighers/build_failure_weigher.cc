#include "models/nova/weighers/build_failure_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double BuildFailureWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  return static_cast<double>(hosts.failed_builds[h]);
}

double BuildFailureWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  // Nova negates the looked-up value: -1 * get_weight_multiplier(...).
  return -1 * weight_multiplier_of(hosts, h, "build_failure_weight_multiplier", multiplier_);
}

void BuildFailureWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& /*spec*/,
                 std::span<double> raw) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const HostIndex h = candidates[i];
    raw[i] = static_cast<double>(hosts.failed_builds[h]);
  }
}

void BuildFailureWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "build_failure_weight_multiplier", multiplier_, out);
  for (double& m : out) m = -1 * m;
}

}  // namespace stacktwin::nova
