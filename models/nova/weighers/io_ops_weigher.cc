#include "models/nova/weighers/io_ops_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double IoOpsWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  return static_cast<double>(hosts.num_io_ops[h]);
}

double IoOpsWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "io_ops_weight_multiplier", multiplier_);
}

void IoOpsWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& /*spec*/,
                 std::span<double> raw) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const HostIndex h = candidates[i];
    raw[i] = static_cast<double>(hosts.num_io_ops[h]);
  }
}

void IoOpsWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "io_ops_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
