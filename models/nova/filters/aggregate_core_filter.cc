#include "models/nova/filters/aggregate_core_filter.h"

#include "models/nova/filters/core_filter.h"
#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool AggregateCoreFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  // validate_num_values(..., cast_to=float); a ValueError falls back to the host's ratio.
  const double host_ratio = hosts.cpu_allocation_ratio[h];
  const auto ratio = filter_utils::min_float_value(
      filter_utils::aggregate_values_from_key(hosts, h, "cpu_allocation_ratio"), host_ratio);
  return CoreFilter::passes_with_ratio(hosts, h, spec, ratio.value_or(host_ratio));
}

}  // namespace stacktwin::nova
