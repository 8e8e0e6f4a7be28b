#include "models/nova/filters/pci_passthrough_filter.h"

#include "models/nova/extra_specs_ops.h"
#include "models/nova/filters/filter_error.h"
#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool PciPassthroughFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  auto it = spec.flavor.extra_specs.find("pci_passthrough:alias");
  if (it == spec.flavor.extra_specs.end()) return true;
  std::vector<std::pair<std::string, std::int64_t>> requests;
  for (const auto& entry : filter_utils::py_split_on(it->second, ',')) {
    const auto parts = filter_utils::py_split_on(entry, ':');
    if (parts.size() != 2) throw FilterError("ValueError: pci_passthrough:alias entry '" + entry + "' is not alias:count");
    auto count = extra_specs_ops::py_int(parts[1]);
    if (!count) throw FilterError("ValueError: pci_passthrough:alias count '" + parts[1] + "' is not an integer");
    requests.emplace_back(filter_utils::py_strip(parts[0]), *count);
  }
  if (requests.empty()) return true;
  const auto& pools = hosts.pci_pools[h];
  std::vector<std::int64_t> free(pools.size());
  for (std::size_t p = 0; p < pools.size(); ++p) free[p] = pools[p].count;
  for (const auto& [alias, count] : requests) {
    std::int64_t needed = count;
    for (std::size_t p = 0; p < pools.size() && needed > 0; ++p) {
      auto tag = pools[p].tags.find("alias");
      const bool matches = (tag != pools[p].tags.end() && tag->second == alias) ||
                           pools[p].vendor_id + ":" + pools[p].product_id == alias;
      if (!matches) continue;
      const std::int64_t take = std::min(needed, free[p]);
      free[p] -= take;
      needed -= take;
    }
    if (needed > 0) return false;
  }
  return true;
}

}  // namespace stacktwin::nova
