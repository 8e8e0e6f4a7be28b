// AggregateImagePropertiesIsolation — nova/scheduler/filters/aggregate_image_properties_isolation.py (Zed).
//
// For every metadata key of the host's aggregates (only keys starting with namespace +
// separator when [filter_scheduler]aggregate_image_properties_isolation_namespace is set),
// with the comma-split, stripped union of its values: keys that are not ImageMetaProps
// fields are skipped; if the image sets that property to a truthy value and str(value) is not
// one of the aggregate values, the host fails. The property is taken as the ImageMetaProps
// field would hold it: integers via int() ("04" -> "4"), booleans via
// strutils.bool_from_string ("yes" -> True, False skips), architecture / hv type / vm
// mode canonicalized; other fields (enums, lists) are compared as given. Runs once per
// request; runs on rebuild.
#pragma once

#include <optional>
#include <string>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class AggregateImagePropertiesIsolation final : public HostFilter {
 public:
  explicit AggregateImagePropertiesIsolation(const SchedulerConfig& config) : namespace_(config.aggregate_image_properties_isolation_namespace), separator_(config.aggregate_image_properties_isolation_separator) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }
  bool run_on_rebuild() const override { return true; }

 private:
  std::optional<std::string> namespace_;
  std::string separator_;
};

}  // namespace stacktwin::nova
