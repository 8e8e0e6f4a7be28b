#include "models/nova/filters/num_instances_filter.h"

namespace stacktwin::nova {

bool NumInstancesFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec&) const {
  return hosts.num_instances[h] < max_num_instances_;
}

void NumInstancesFilter::filter_all(const HostStates& hosts, const RequestSpec&, std::vector<HostIndex>& candidates) const {
  const std::int64_t* column = hosts.num_instances.data();
  const std::int64_t limit = max_num_instances_;
  std::size_t kept = 0;
  for (HostIndex h : candidates)
    if (column[h] < limit) candidates[kept++] = h;
  candidates.resize(kept);
}

}  // namespace stacktwin::nova
