// ServerGroupSoftAntiAffinityWeigher (nova/scheduler/weights/affinity.py, Zed): for a request
// whose instance group has policy soft-anti-affinity, raw = -(number of distinct group members
// on the host); 0 otherwise. Min-max normalised, so the emptiest host gets 1; multiplier
// [filter_scheduler]soft_anti_affinity_weight_multiplier (1.0), aggregate key of the same name.
#pragma once

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

class ServerGroupSoftAntiAffinityWeigher : public HostWeigher {
 public:
  explicit ServerGroupSoftAntiAffinityWeigher(const SchedulerConfig& config)
      : multiplier_(config.soft_anti_affinity_weight_multiplier) {}
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
