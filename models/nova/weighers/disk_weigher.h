// DiskWeigher (nova/scheduler/weights/disk.py, Zed): raw = free_disk_mb (min(free_disk_gb,
// disk_available_least) * 1024); minval 0. Multiplier [filter_scheduler]disk_weight_multiplier
// (1.0), aggregate key of the same name.
#pragma once

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

class DiskWeigher : public HostWeigher {
 public:
  explicit DiskWeigher(const SchedulerConfig& config) : multiplier_(config.disk_weight_multiplier) {}
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
