#include "models/nova/filters/all_hosts_filter.h"

namespace stacktwin::nova {

bool AllHostsFilter::host_passes(const HostStates&, HostIndex, const RequestSpec&) const { return true; }

}  // namespace stacktwin::nova
