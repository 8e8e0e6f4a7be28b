#include "models/nova/filters/aggregate_multitenancy_isolation.h"

#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool AggregateMultiTenancyIsolation::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  const auto metadata = filter_utils::aggregate_metadata_get_by_host(hosts, h, "filter_tenant_id");
  if (metadata.empty()) return true;
  auto it = metadata.find("filter_tenant_id");
  if (it == metadata.end() || it->second.empty()) return true;
  return it->second.count(spec.project_id) > 0;
}

}  // namespace stacktwin::nova
