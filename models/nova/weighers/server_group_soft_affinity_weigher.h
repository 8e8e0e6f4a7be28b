// ServerGroupSoftAffinityWeigher (nova/scheduler/weights/affinity.py, Zed): for a request whose
// instance group has policy soft-affinity, raw = the number of distinct group members already
// on the host (set(host.instances) & set(group.members)); 0 for any other request. Min-max
// normalised; multiplier [filter_scheduler]soft_affinity_weight_multiplier (1.0), aggregate
// key of the same name.
#pragma once

#include <string_view>

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

// _SoftAffinityWeigherBase._weigh_object: the number of distinct members of the request's group
// on the host when the group's policy is `policy`, else 0.
std::int64_t group_members_on_host(const HostStates& hosts, HostIndex h, const RequestSpec& spec,
                                   std::string_view policy);

class ServerGroupSoftAffinityWeigher : public HostWeigher {
 public:
  explicit ServerGroupSoftAffinityWeigher(const SchedulerConfig& config)
      : multiplier_(config.soft_affinity_weight_multiplier) {}
  double weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  double weight_multiplier(const HostStates& hosts, HostIndex h) const override;
  void weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<double> raw) const override;
  void weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const override;

 private:
  double multiplier_;
};

}  // namespace stacktwin::nova
