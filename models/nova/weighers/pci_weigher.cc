#include "models/nova/weighers/pci_weigher.h"

#include <algorithm>

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double PCIWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  std::int64_t free = 0;
  for (const PciPool& pool : hosts.pci_pools[h]) free += pool.count;
  return static_cast<double>(kMaxDevs - std::min(free, kMaxDevs - 1));
}

double PCIWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "pci_weight_multiplier", multiplier_);
}

void PCIWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<double> raw) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) raw[i] = PCIWeigher::weigh(hosts, candidates[i], spec);
}

void PCIWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "pci_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
