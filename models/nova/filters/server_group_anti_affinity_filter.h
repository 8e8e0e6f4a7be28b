// ServerGroupAntiAffinityFilter — nova/scheduler/filters/affinity_filter.py (Zed,
// _GroupAntiAffinityFilter with policy 'anti-affinity').
//
// Passes when the request's group policy is not "anti-affinity"; when the instance being
// placed (spec.instance_uuid) is already on the host (resize to the same host); or when fewer
// than max_server_per_host group members are on the host. max_server_per_host comes from the
// group's rules (InstanceGroup.rules casts it with int(); a non-integer raises: FilterError),
// default 1. Runs for every instance of a request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class ServerGroupAntiAffinityFilter final : public HostFilter {
 public:
  explicit ServerGroupAntiAffinityFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;
};

}  // namespace stacktwin::nova
