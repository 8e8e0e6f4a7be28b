// ServerGroupAffinityFilter — nova/scheduler/filters/affinity_filter.py (Zed,
// _GroupAffinityFilter with policy 'affinity').
//
// Passes when the request's group policy is not "affinity", when the group has no hosts yet
// (the first member goes anywhere), or when the host is one of group.hosts. Runs for every
// instance of a request (the pipeline adds each chosen host to group.hosts); not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class ServerGroupAffinityFilter final : public HostFilter {
 public:
  explicit ServerGroupAffinityFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;
};

}  // namespace stacktwin::nova
