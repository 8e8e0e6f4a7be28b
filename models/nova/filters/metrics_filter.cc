#include "models/nova/filters/metrics_filter.h"

#include "models/nova/extra_specs_ops.h"

namespace stacktwin::nova {

std::set<std::string> MetricsFilter::metric_keys(const std::vector<std::string>& setting) {
  std::set<std::string> keys;
  for (const auto& opt : setting) {  // scheduler/utils.parse_options(sep='=', converter=float)
    const auto eq = opt.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    if (!extra_specs_ops::py_float(opt.substr(eq + 1))) continue;
    keys.insert(opt.substr(0, eq));
  }
  return keys;
}

bool MetricsFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec&) const {
  for (const auto& k : keys_)
    if (hosts.metrics[h].count(k) == 0) return false;
  return true;
}

}  // namespace stacktwin::nova
