// AvailabilityZoneFilter — nova/scheduler/filters/availability_zone_filter.py (Zed).
//
// Passes when the request names no availability zone. Otherwise the host's zones are the
// comma-split, stripped availability_zone values of its aggregates, or
// [DEFAULT]default_availability_zone ("nova") when none of its aggregates sets one; the
// requested zone must be one of them. Deprecated since Xena (the placement AZ prefilter,
// on by default, does the same). Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AvailabilityZoneFilter final : public HostFilter {
 public:
  explicit AvailabilityZoneFilter(const SchedulerConfig& config) : default_availability_zone_(config.default_availability_zone) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }

 private:
  std::string default_availability_zone_;
};

}  // namespace stacktwin::nova
