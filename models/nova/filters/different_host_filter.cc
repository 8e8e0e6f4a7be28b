#include "models/nova/filters/different_host_filter.h"

#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool DifferentHostFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  auto it = spec.scheduler_hints.find("different_host");
  if (it == spec.scheduler_hints.end()) return true;
  // get_scheduler_hint returns the lone string of a one-element list; "" is falsy.
  const auto& uuids = it->second;
  if (uuids.empty() || (uuids.size() == 1 && uuids[0].empty())) return true;
  return !filter_utils::instance_uuids_overlap(hosts, h, uuids);
}

}  // namespace stacktwin::nova
