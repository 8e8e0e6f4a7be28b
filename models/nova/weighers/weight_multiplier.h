// The multiplier lookup every Nova weigher makes (nova/scheduler/utils.py get_weight_multiplier,
// Zed): the nova.conf value, overridden per host by aggregate metadata of the same key.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

// A host in no aggregate takes the configured value without building the aggregate value list
// (aggregate_values_from_key would return an empty set there too), and without building the
// key string: the scheduler asks this per host per weigher per instance.
inline double weight_multiplier_of(const HostStates& hosts, HostIndex h, const char* key,
                                   double config_value) {
  if (hosts.aggregates[h].empty()) return config_value;
  return aggregate_weight_multiplier(hosts, h, key, config_value);
}

// weight_multiplier_of for every candidate, in order. The value depends on the host only through
// its list of aggregates, so a host with the same list as the last one looked up reuses its value
// (hosts of one availability zone or rack usually sit next to each other).
// Equal lists, compared inline (std::equal calls memcmp, which costs more than these few words).
inline bool same(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (a[k] != b[k]) return false;
  return true;
}

inline void weight_multipliers_of(const HostStates& hosts, std::span<const HostIndex> candidates, const char* key,
                                  double config_value, std::span<double> out) {
  if (hosts.all_aggregates.empty()) {
    std::fill(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(candidates.size()), config_value);
    return;
  }
  const std::vector<std::uint32_t>* last = nullptr;
  double last_value = config_value;
  std::string key_string;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const auto& aggregates = hosts.aggregates[candidates[i]];
    if (aggregates.empty()) {
      out[i] = config_value;
    } else {
      if (last == nullptr || !same(*last, aggregates)) {
        if (key_string.empty()) key_string = key;
        last_value = aggregate_weight_multiplier(hosts, candidates[i], key_string, config_value);
        last = &aggregates;
      }
      out[i] = last_value;
    }
  }
}

}  // namespace stacktwin::nova
