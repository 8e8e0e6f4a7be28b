#include <cstdlib>

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

void HostWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                            std::span<double> raw) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) raw[i] = weigh(hosts, candidates[i], spec);
}

void HostWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                                     std::span<double> out) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) out[i] = weight_multiplier(hosts, candidates[i]);
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
  // Nova takes the set of the values; the minimum and the "any value is not a number" test do
  // not depend on duplicates or order, so the aggregates are read in place, allocation-free.
  bool found = false;
  double best = 0;
  for (std::uint32_t a : hosts.aggregates[h]) {
    const auto& md = hosts.all_aggregates[a].metadata;
    const auto it = md.find(key);
    if (it == md.end()) continue;
    const std::optional<double> parsed = python_float(it->second);  // float() as Nova casts it
    if (!parsed) return config_value;                                // Nova warns, uses config
    if (!found || *parsed < best) best = *parsed;
    found = true;
  }
  return found ? best : config_value;
}

}  // namespace stacktwin::nova
