#include <cstdlib>
#include <set>

#include "models/nova/host_filter.h"
#include "models/nova/host_weigher.h"
#include "models/nova/weighers/metrics_weigher.h"

namespace stacktwin::nova {

void HostFilter::filter_all(const HostStates& hosts, const RequestSpec& spec,
                            std::vector<HostIndex>& candidates) const {
  std::size_t kept = 0;
  for (HostIndex h : candidates)
    if (host_passes(hosts, h, spec)) candidates[kept++] = h;
  candidates.resize(kept);
}

FilterRegistry& filter_registry() {
  static FilterRegistry registry = [] {
    FilterRegistry r("filter");
    register_nova_filters(r);
    return r;
  }();
  return registry;
}

WeigherRegistry& weigher_registry() {
  static WeigherRegistry registry = [] {
    WeigherRegistry r("weigher");
    register_nova_weighers(r);
    return r;
  }();
  return registry;
}

double aggregate_weight_multiplier(const HostStates& hosts, HostIndex h, const std::string& key,
                                   double config_value) {
  // aggregate_values_from_key returns a set: duplicates collapse, order does not matter.
  const auto raw = hosts.aggregate_values(h, key);
  const std::set<std::string> values(raw.begin(), raw.end());
  if (values.empty()) return config_value;
  double best = 0;
  bool first = true;
  for (const auto& v : values) {
    const std::optional<double> parsed = python_float(v);  // float() as Nova casts it
    if (!parsed) return config_value;                      // not a number: Nova warns, uses config
    const double x = *parsed;
    if (first || x < best) best = x;
    first = false;
  }
  return best;
}

}  // namespace stacktwin::nova
