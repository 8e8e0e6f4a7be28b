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

}  // namespace stacktwin::nova
