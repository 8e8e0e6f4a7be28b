#include "models/nova/weighers/io_ops_weigher.h"

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double IoOpsWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  return static_cast<double>(hosts.num_io_ops[h]);
}

double IoOpsWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "io_ops_weight_multiplier", multiplier_);
}

}  // namespace stacktwin::nova
