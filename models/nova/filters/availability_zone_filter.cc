#include "models/nova/filters/availability_zone_filter.h"

#include "models/nova/filters/filter_utils.h"

namespace stacktwin::nova {

bool AvailabilityZoneFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  if (!spec.availability_zone || spec.availability_zone->empty()) return true;
  const auto metadata = filter_utils::aggregate_metadata_get_by_host(hosts, h, "availability_zone");
  if (auto it = metadata.find("availability_zone"); it != metadata.end())
    return it->second.count(*spec.availability_zone) > 0;
  return *spec.availability_zone == default_availability_zone_;
}

}  // namespace stacktwin::nova
