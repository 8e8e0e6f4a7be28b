// IsolatedHostsFilter — nova/scheduler/filters/isolated_hosts_filter.py (Zed).
//
// With [filter_scheduler]isolated_images empty: passes unless
// restrict_isolated_hosts_to_isolated_images (default true) and the host is in isolated_hosts.
// Otherwise, with image isolated = the request's image id is in isolated_images (a
// boot-from-volume request without image is not isolated) and host isolated = host in
// isolated_hosts: restrict -> passes iff image isolated == host isolated; not restrict ->
// passes iff the image is not isolated or the host is. Runs once per request; runs on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class IsolatedHostsFilter final : public HostFilter {
 public:
  explicit IsolatedHostsFilter(const SchedulerConfig& config) : isolated_images_(config.isolated_images), isolated_hosts_(config.isolated_hosts), restrict_(config.restrict_isolated_hosts_to_isolated_images) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  bool run_filter_once_per_request() const override { return true; }
  bool run_on_rebuild() const override { return true; }

 private:
  std::vector<std::string> isolated_images_, isolated_hosts_;
  bool restrict_;
};

}  // namespace stacktwin::nova
