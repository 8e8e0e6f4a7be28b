// AggregateInstanceExtraSpecsFilter — nova/scheduler/filters/aggregate_instance_extra_specs.py (Zed).
//
// A flavor without extra specs passes. Otherwise, for every extra spec whose key is unscoped
// or scoped "aggregate_instance_extra_specs:" (other scopes are skipped), the host's
// aggregates must define the key (scope removed), and at least one of its comma-split,
// stripped values (union over the aggregates) must satisfy extra_specs_ops.match(value, req).
// Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateInstanceExtraSpecsFilter final : public HostFilter {
 public:
  explicit AggregateInstanceExtraSpecsFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }

};

}  // namespace stacktwin::nova
