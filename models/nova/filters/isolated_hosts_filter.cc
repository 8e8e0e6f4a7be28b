#include "models/nova/filters/isolated_hosts_filter.h"

#include <algorithm>

namespace stacktwin::nova {

bool IsolatedHostsFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  const bool host_isolated = std::find(isolated_hosts_.begin(), isolated_hosts_.end(), hosts.host[h]) != isolated_hosts_.end();
  if (isolated_images_.empty()) return !restrict_ || !host_isolated;
  // Volume-backed requests may have no image: image_ref None is in no list.
  const bool image_isolated = !spec.image_id.empty() &&
      std::find(isolated_images_.begin(), isolated_images_.end(), spec.image_id) != isolated_images_.end();
  if (restrict_) return image_isolated == host_isolated;
  return !image_isolated || host_isolated;
}

}  // namespace stacktwin::nova
