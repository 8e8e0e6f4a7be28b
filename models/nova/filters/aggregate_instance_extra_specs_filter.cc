#include "models/nova/filters/aggregate_instance_extra_specs_filter.h"

#include "models/nova/extra_specs_ops.h"
#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool AggregateInstanceExtraSpecsFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  const auto& extra_specs = spec.flavor.extra_specs;
  if (extra_specs.empty()) return true;
  const auto metadata = filter_utils::aggregate_metadata_get_by_host(hosts, h);
  static const std::string kScope = "aggregate_instance_extra_specs";
  for (const auto& [full_key, req] : extra_specs) {
    std::string key = full_key;
    if (const auto colon = full_key.find(':'); colon != std::string::npos) {
      if (full_key.substr(0, colon) != kScope) continue;
      key = full_key.substr(colon + 1);
    }
    auto it = metadata.find(key);
    if (it == metadata.end() || it->second.empty()) return false;
    bool matched = false;
    for (const auto& value : it->second)
      if (extra_specs_ops::match(value, req)) {
        matched = true;
        break;
      }
    if (!matched) return false;
  }
  return true;
}

}  // namespace stacktwin::nova
