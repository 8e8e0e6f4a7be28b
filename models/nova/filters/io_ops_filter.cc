#include "models/nova/filters/io_ops_filter.h"

namespace stacktwin::nova {

bool IoOpsFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec&) const {
  return hosts.num_io_ops[h] < max_num_io_ops_;
}

void IoOpsFilter::filter_all(const HostStates& hosts, const RequestSpec&, std::vector<HostIndex>& candidates) const {
  const std::int64_t* column = hosts.num_io_ops.data();
  const std::int64_t limit = max_num_io_ops_;
  std::size_t kept = 0;
  for (HostIndex h : candidates)
    if (column[h] < limit) candidates[kept++] = h;
  candidates.resize(kept);
}

}  // namespace stacktwin::nova
