#include "models/nova/filters/aggregate_num_instances_filter.h"

#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool AggregateNumInstancesFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec&) const {
  // validate_num_values(..., cast_to=int); a ValueError falls back to the config value.
  const auto limit = filter_utils::min_int_value(filter_utils::aggregate_values_from_key(hosts, h, "max_instances_per_host"), max_num_instances_);
  return hosts.num_instances[h] < limit.value_or(max_num_instances_);
}

void AggregateNumInstancesFilter::filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const {
  const std::int64_t* column = hosts.num_instances.data();
  std::size_t kept = 0;
  for (HostIndex h : candidates) {
    // Hosts in no aggregate (the common case) compare against the config value directly.
    const bool passes = hosts.aggregates[h].empty() ? column[h] < max_num_instances_ : host_passes(hosts, h, spec);
    if (passes) candidates[kept++] = h;
  }
  candidates.resize(kept);
}

}  // namespace stacktwin::nova
