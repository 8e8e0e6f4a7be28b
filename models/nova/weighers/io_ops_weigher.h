// IoOpsWeigher (nova/scheduler/weights/io_ops.py, Zed): raw = num_io_ops (stats io_workload:
// builds, resizes, snapshots... in progress); minval 0. Multiplier
// [filter_scheduler]io_ops_weight_multiplier, default -1.0 so busy hosts lose; aggregate key of
// the same name.
#pragma once

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

class IoOpsWeigher : public HostWeigher {
 public:
  explicit IoOpsWeigher(const SchedulerConfig& config) : multiplier_(config.io_ops_weight_multiplier) {}
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
