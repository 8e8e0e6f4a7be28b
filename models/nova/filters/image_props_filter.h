// ImagePropertiesFilter — nova/scheduler/filters/image_props_filter.py (Zed).
//
// The image's hw_architecture (default [filter_scheduler]image_properties_default_architecture),
// img_hv_type and hw_vm_mode are canonicalized (image_fields.h). If none is set the host
// passes. Otherwise a host with no supported_instances fails, and a host passes iff some
// supported_instances triple contains every set value — membership in the whole triple, not
// position by position, exactly as Nova's _compare_props — and img_hv_requested_version
// (a distutils VersionPredicate such as ">=6.0, <7.0") is satisfied by the host's
// hypervisor_version turned into "major.minor.patch" (oslo versionutils); the version test is
// skipped when either is 0/unset. Invalid names or version syntax raise in Nova: FilterError.
// Runs once per request; runs on rebuild.
#pragma once

#include <optional>
#include <string>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class ImagePropertiesFilter final : public HostFilter {
 public:
  explicit ImagePropertiesFilter(const SchedulerConfig& config);
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;
  bool run_filter_once_per_request() const override { return true; }
  bool run_on_rebuild() const override { return true; }

 private:
  std::optional<std::string> default_architecture_;
};

// distutils VersionPredicate("image_prop (<predicate>)").satisfied_by(version); throws
// FilterError where distutils raises ValueError.
bool version_predicate_satisfied_by(const std::string& predicate, const std::string& version);
// oslo_utils.versionutils.convert_version_to_str: 6002000 -> "6.2.0".
std::string convert_version_to_str(std::int64_t version);

}  // namespace stacktwin::nova
