// nova.conf options the scheduler reads, with Nova Zed's defaults
// (../shared/reference/NOVA_NOTES.md §1-§4, printed from the real oslo.config CONF).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stacktwin::nova {

struct SchedulerConfig {
  // [filter_scheduler]
  std::vector<std::string> enabled_filters{"ComputeFilter", "ComputeCapabilitiesFilter",
                                           "ImagePropertiesFilter", "ServerGroupAntiAffinityFilter",
                                           "ServerGroupAffinityFilter"};
  // Empty = all weighers (nova.scheduler.weights.all_weighers).
  std::vector<std::string> weight_classes;
  int host_subset_size = 1;
  bool shuffle_best_same_weighed_hosts = false;
  std::int64_t max_io_ops_per_host = 8;
  std::int64_t max_instances_per_host = 50;
  std::vector<std::string> isolated_images, isolated_hosts;
  bool restrict_isolated_hosts_to_isolated_images = true;
  std::optional<std::string> aggregate_image_properties_isolation_namespace;
  std::string aggregate_image_properties_isolation_separator = ".";
  std::optional<std::string> image_properties_default_architecture;
  double ram_weight_multiplier = 1.0;
  double cpu_weight_multiplier = 1.0;
  double disk_weight_multiplier = 1.0;
  double io_ops_weight_multiplier = -1.0;
  double pci_weight_multiplier = 1.0;
  double soft_affinity_weight_multiplier = 1.0;
  double soft_anti_affinity_weight_multiplier = 1.0;
  double build_failure_weight_multiplier = 1000000.0;
  double cross_cell_move_weight_multiplier = 1000000.0;

  // [scheduler]
  int max_attempts = 3;
  std::int64_t max_placement_results = 1000;
  bool query_placement_for_availability_zone = true;
  bool limit_tenants_to_placement_aggregate = false;

  // [metrics]
  double metrics_weight_multiplier = 1.0;
  std::vector<std::string> metrics_weight_setting;  // "name=ratio"
  bool metrics_required = true;
  double metrics_weight_of_unavailable = -10000.0;

  // [DEFAULT]
  std::string default_availability_zone = "nova";
  double service_down_time_s = 60;
  // Legacy pre-Train capacity filters (RamFilter, CoreFilter, DiskFilter) read the host's
  // allocation ratios; these are the [DEFAULT] fallbacks for the Aggregate* variants.
};

}  // namespace stacktwin::nova
