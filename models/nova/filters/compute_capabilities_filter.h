// ComputeCapabilitiesFilter — nova/scheduler/filters/compute_capabilities_filter.py (Zed).
//
// For each flavor extra spec (key, req):
//  - an unscoped key ("foo") is checked only if HostState has an attribute or a stats key of
//    that name (otherwise skipped), then handled as "capabilities:foo";
//  - "capabilities:a:b..." walks the scope: on the HostState an attribute that is not None,
//    else stats[a]; on a dict, dict[a]; a string is first parsed as JSON (failure: host fails);
//  - any other scope ("hw:", "aggregate_instance_extra_specs:", ...) is skipped.
// A walk that ends on None fails the host; otherwise extra_specs_ops.match(str(cap), req) must
// hold. See host_attributes.h for which HostState attributes are modelled (the others read
// as None, so a spec on them fails every host). Runs once per request; not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class ComputeCapabilitiesFilter final : public HostFilter {
 public:
  explicit ComputeCapabilitiesFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;
  bool run_filter_once_per_request() const override { return true; }
};

}  // namespace stacktwin::nova
