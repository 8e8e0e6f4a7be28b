// MetricsFilter — nova/scheduler/filters/metrics_filter.py (Zed).
//
// Passes iff the host has every metric named in [metrics]weight_setting (entries "name=ratio";
// entries that utils.parse_options rejects — no '=', empty name, ratio not a float — are
// ignored). Runs for every instance; not on rebuild.
#pragma once

#include <set>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class MetricsFilter final : public HostFilter {
 public:
  explicit MetricsFilter(const SchedulerConfig& config) : keys_(metric_keys(config.metrics_weight_setting)) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;

 private:
  static std::set<std::string> metric_keys(const std::vector<std::string>& setting);
  std::set<std::string> keys_;
};

}  // namespace stacktwin::nova
