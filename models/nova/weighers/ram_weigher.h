// RAMWeigher (nova/scheduler/weights/ram.py, Zed): raw = free_ram_mb, which is memory_mb -
// memory_mb_used (reserved included) and NOT scaled by ram_allocation_ratio; minval 0, so an
// overcommitted (negative) free_ram_mb counts as 0 and the normalised value is raw / max(raw).
// Multiplier [filter_scheduler]ram_weight_multiplier (1.0; negative stacks), aggregate key of
// the same name.
#pragma once

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

class RAMWeigher : public HostWeigher {
 public:
  explicit RAMWeigher(const SchedulerConfig& config) : multiplier_(config.ram_weight_multiplier) {}
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
