// CPUWeigher (nova/scheduler/weights/cpu.py, Zed): raw = vcpus_total * cpu_allocation_ratio -
// vcpus_used, the free vCPUs after overcommit; minval 0. Multiplier
// [filter_scheduler]cpu_weight_multiplier (1.0), aggregate key of the same name.
#pragma once

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

class CPUWeigher : public HostWeigher {
 public:
  explicit CPUWeigher(const SchedulerConfig& config) : multiplier_(config.cpu_weight_multiplier) {}
  double weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  std::optional<double> minval() const override { return 0.0; }
  double weight_multiplier(const HostStates& hosts, HostIndex h) const override;
  void weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<double> raw) const override;
  void weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const override;

 private:
  double multiplier_;
};

}  // namespace stacktwin::nova
