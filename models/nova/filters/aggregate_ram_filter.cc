#include "models/nova/filters/aggregate_ram_filter.h"

#include "models/nova/filters/ram_filter.h"
#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool AggregateRamFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  // validate_num_values(..., cast_to=float); a ValueError falls back to the host's ratio.
  const double host_ratio = hosts.ram_allocation_ratio[h];
  const auto ratio = filter_utils::min_float_value(
      filter_utils::aggregate_values_from_key(hosts, h, "ram_allocation_ratio"), host_ratio);
  return RamFilter::passes_with_ratio(hosts, h, spec, ratio.value_or(host_ratio));
}

}  // namespace stacktwin::nova
