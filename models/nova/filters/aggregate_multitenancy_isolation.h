// AggregateMultiTenancyIsolation — nova/scheduler/filters/aggregate_multitenancy_isolation.py (Zed).
//
// A host none of whose aggregates has filter_tenant_id accepts every project. Otherwise the
// request's project_id must be one of the comma-split, stripped filter_tenant_id values of
// those aggregates. Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateMultiTenancyIsolation final : public HostFilter {
 public:
  explicit AggregateMultiTenancyIsolation(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }

};

}  // namespace stacktwin::nova
