// PCIWeigher (nova/scheduler/weights/pci.py, Zed): raw = 100 - min(free PCI devices, 99), where
// free devices is the sum of the host's PCI pool counts, whether or not the request asks for
// PCI: hosts without devices score highest, so PCI hosts are kept for the requests that need
// them (and, among PCI hosts, the fullest is stacked on). Min-max normalised; multiplier
// [filter_scheduler]pci_weight_multiplier (1.0), aggregate key of the same name.
#pragma once

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

class PCIWeigher : public HostWeigher {
 public:
  // nova/scheduler/weights/pci.py MAX_DEVS.
  static constexpr std::int64_t kMaxDevs = 100;

  explicit PCIWeigher(const SchedulerConfig& config) : multiplier_(config.pci_weight_multiplier) {}
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
