#include "models/nova/filters/ram_filter.h"

namespace stacktwin::nova {

bool RamFilter::passes_with_ratio(const HostStates& hosts, HostIndex h, const RequestSpec& spec, double ratio) {
  const auto requested_ram = static_cast<double>(spec.flavor.sizes.ram_mb);
  const auto total = static_cast<double>(hosts.total_usable_ram_mb[h]);
  if (!(total >= requested_ram)) return false;
  const double memory_mb_limit = total * ratio;
  const double used_ram_mb = total - static_cast<double>(hosts.free_ram_mb[h]);
  return memory_mb_limit - used_ram_mb >= requested_ram;
}

bool RamFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  return passes_with_ratio(hosts, h, spec, hosts.ram_allocation_ratio[h]);
}

}  // namespace stacktwin::nova
