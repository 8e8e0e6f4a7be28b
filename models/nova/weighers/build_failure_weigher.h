// BuildFailureWeigher (nova/scheduler/weights/compute.py, Zed): raw = failed_builds (stats), min-max
// normalised; the multiplier is -1 * get_weight_multiplier(build_failure_weight_multiplier,
// default 1e6), so a host with recent build failures sinks below every healthy host.
#pragma once

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

class BuildFailureWeigher : public HostWeigher {
 public:
  explicit BuildFailureWeigher(const SchedulerConfig& config) : multiplier_(config.build_failure_weight_multiplier) {}
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
