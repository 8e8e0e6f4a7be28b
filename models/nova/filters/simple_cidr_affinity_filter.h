// SimpleCIDRAffinityFilter — nova/scheduler/filters/affinity_filter.py (Zed).
//
// Passes when scheduler hint build_near_host_ip is absent or empty. Otherwise the host's
// host_ip must lie in netaddr.IPNetwork(build_near_host_ip + cidr), cidr being hint cidr or
// "/24" (string concatenation, as Nova does). IPv4 and IPv6; the prefix may be a length or
// an IPv4 netmask. An unparsable address (or a host without host_ip) raises
// AddrFormatError in Nova: FilterError. Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class SimpleCIDRAffinityFilter final : public HostFilter {
 public:
  explicit SimpleCIDRAffinityFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }

};

}  // namespace stacktwin::nova
