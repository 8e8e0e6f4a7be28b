#include "models/nova/filters/disk_filter.h"

namespace stacktwin::nova {

bool DiskFilter::passes_with_ratio(const HostStates& hosts, HostIndex h, const RequestSpec& spec, double ratio) {
  const auto& f = spec.flavor.sizes;
  const auto requested_disk = static_cast<double>(1024 * (f.disk_gb + f.ephemeral_gb) + f.swap_mb);
  const auto total_usable_disk_mb = static_cast<double>(hosts.total_usable_disk_gb[h] * 1024);
  if (total_usable_disk_mb < requested_disk) return false;
  const double disk_mb_limit = total_usable_disk_mb * ratio;
  const double used_disk_mb = total_usable_disk_mb - static_cast<double>(hosts.free_disk_mb[h]);
  return disk_mb_limit - used_disk_mb >= requested_disk;
}

bool DiskFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  return passes_with_ratio(hosts, h, spec, hosts.disk_allocation_ratio[h]);
}

}  // namespace stacktwin::nova
