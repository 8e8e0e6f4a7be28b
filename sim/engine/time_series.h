// A sampled time series held in memory until the run writes its results.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/engine/time.h"

namespace stacktwin::sim {

struct TimeSeries {
  std::string name;  // "resources/VCPU/used"; '/' nests groups in the results file
  std::string unit;  // "VCPU", "MiB", "VMs per interval"
  std::vector<std::int64_t> time_ns;
  std::vector<double> values;

  void add(Time t, double v) {
    time_ns.push_back(t.ns());
    values.push_back(v);
  }
};

}  // namespace stacktwin::sim
