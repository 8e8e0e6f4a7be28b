#include "models/nova/filters/core_filter.h"

namespace stacktwin::nova {

bool CoreFilter::passes_with_ratio(const HostStates& hosts, HostIndex h, const RequestSpec& spec, double ratio) {
  if (hosts.vcpus_total[h] == 0) return true;  // fail safe: CPU collection broken
  const std::int64_t instance_vcpus = spec.flavor.sizes.vcpus;
  const double vcpus_total = static_cast<double>(hosts.vcpus_total[h]) * ratio;
  if (vcpus_total > 0 && instance_vcpus > hosts.vcpus_total[h]) return false;
  const double free_vcpus = vcpus_total - static_cast<double>(hosts.vcpus_used[h]);
  return !(free_vcpus < static_cast<double>(instance_vcpus));
}

bool CoreFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  return passes_with_ratio(hosts, h, spec, hosts.cpu_allocation_ratio[h]);
}

}  // namespace stacktwin::nova
