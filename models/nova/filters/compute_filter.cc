#include "models/nova/filters/compute_filter.h"

#include <cmath>

namespace stacktwin::nova {
namespace {
constexpr double kReportIntervalS = 10;  // [DEFAULT]report_interval
}

ComputeFilter::ComputeFilter(const SchedulerConfig& config) : service_down_time_s_(config.service_down_time_s) {
  if (service_down_time_s_ <= kReportIntervalS) service_down_time_s_ = static_cast<double>(static_cast<int>(kReportIntervalS * 2.5));
}

bool ComputeFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec&) const {
  return !hosts.service_disabled[h] && !hosts.service_forced_down[h] &&
         std::fabs(hosts.seconds_since_heartbeat[h]) <= service_down_time_s_;
}

void ComputeFilter::filter_all(const HostStates& hosts, const RequestSpec&, std::vector<HostIndex>& candidates) const {
  std::size_t kept = 0;
  for (HostIndex h : candidates)
    if (!hosts.service_disabled[h] & !hosts.service_forced_down[h] &
        (std::fabs(hosts.seconds_since_heartbeat[h]) <= service_down_time_s_))
      candidates[kept++] = h;
  candidates.resize(kept);
}

}  // namespace stacktwin::nova
