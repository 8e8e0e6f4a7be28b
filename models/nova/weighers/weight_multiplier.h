// The multiplier lookup every Nova weigher makes (nova/scheduler/utils.py get_weight_multiplier,
// Zed): the nova.conf value, overridden per host by aggregate metadata of the same key.
#pragma once

#include <string>

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

}  // namespace stacktwin::nova
