// AggregateTypeAffinityFilter — nova/scheduler/filters/type_filter.py (Zed).
//
// A host none of whose aggregates has instance_type passes. Otherwise the flavor's name must
// be in one of those values' comma-split, stripped lists. Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateTypeAffinityFilter final : public HostFilter {
 public:
  explicit AggregateTypeAffinityFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }

};

}  // namespace stacktwin::nova
