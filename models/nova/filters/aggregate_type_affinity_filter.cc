#include "models/nova/filters/aggregate_type_affinity_filter.h"

#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool AggregateTypeAffinityFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  const auto values = filter_utils::aggregate_values_from_key(hosts, h, "instance_type");
  for (const auto& value : values)
    for (const auto& name : filter_utils::py_split_on(value, ','))
      if (filter_utils::py_strip(name) == spec.flavor.sizes.name) return true;
  return values.empty();
}

}  // namespace stacktwin::nova
