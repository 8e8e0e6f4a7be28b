// MetricsWeigher (nova/scheduler/weights/metrics.py, Zed): raw = sum over [metrics]weight_setting
// of metric value * ratio, in setting order, from the host's monitor metrics. HostStates.metrics
// must hold the values as Nova's MonitorMetricList.from_json gives them: cpu.percent and
// cpu.{user,kernel,idle,iowait}.percent multiplied by 100, and every value then truncated to an
// integer, because MonitorMetric.value is an IntegerField (0.29 -> 28.999999999999996 -> 28).
// Min-max normalised; multiplier [metrics]weight_multiplier (1.0), aggregate key
// metrics_weight_multiplier.
//
// A metric the host does not report:
//  - [metrics]required = True (the default): Nova raises ComputeHostMetricNotFound out of
//    _weigh_object. Nothing catches it in the scheduler: it leaves get_weighed_hosts and
//    select_destinations (which only declares NoValidHost as expected), and the conductor's
//    schedule_and_build_instances buries every instance of the request in cell0 in ERROR. No
//    host gets a weight. weigh() throws ComputeHostMetricNotFound for the caller to do the same.
//    With fewer than two candidate hosts no weigher runs, so nothing is raised.
//  - required = False: the whole raw value becomes weight_of_unavailable (-10000.0), discarding
//    what the earlier settings added, unless ratio * weight_multiplier(host) == 0, in which case
//    that setting is skipped.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

// nova.exception.ComputeHostMetricNotFound.
struct ComputeHostMetricNotFound : std::runtime_error {
  ComputeHostMetricNotFound(std::string host, std::string node, std::string metric);
  std::string host, node, metric;
};

// Python's float(str): surrounding whitespace, optional sign, digits with single underscores
// between them, optional fraction and exponent, or inf / infinity / nan in any case. nullopt
// where Python raises ValueError (empty, hex, "1e", "1__0", ...).
std::optional<double> python_float(std::string_view text);

// nova.scheduler.utils.parse_options(opts, sep='=', converter=float): each entry is split at
// its first '='; kept when the key is non-empty, the '=' is present and the value parses as a
// float. Keys are not stripped ("a =1" has key "a "). Bad entries are dropped (Nova logs a
// warning); duplicates are kept and count twice.
std::vector<std::pair<std::string, double>> parse_metrics_weight_setting(const std::vector<std::string>& opts);

class MetricsWeigher : public HostWeigher {
 public:
  explicit MetricsWeigher(const SchedulerConfig& config);
  double weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  double weight_multiplier(const HostStates& hosts, HostIndex h) const override;
  void weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<double> raw) const override;
  void weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const override;
  const std::vector<std::pair<std::string, double>>& setting() const { return setting_; }

 private:
  std::vector<std::pair<std::string, double>> setting_;
  double multiplier_;
  bool required_;
  double weight_of_unavailable_;
};

}  // namespace stacktwin::nova
