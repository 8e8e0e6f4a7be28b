// What the scheduler is asked: Nova's RequestSpec, reduced to the fields filters, weighers and
// the placement query read (nova/objects/request_spec.py, Zed).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "models/nova/flavor.h"

namespace stacktwin::nova {

// A flavor with its extra specs (flavor.h's Flavor holds the sizes).
struct FlavorSpec {
  Flavor sizes;  // name, vcpus, ram_mb (memory_mb), disk_gb (root_gb), ephemeral_gb, swap_mb
  std::map<std::string, std::string> extra_specs;
};

struct InstanceGroup {
  std::string uuid;
  std::string policy;  // affinity | anti-affinity | soft-affinity | soft-anti-affinity
  std::map<std::string, std::string> rules;  // max_server_per_host
  std::vector<std::string> members;          // instance uuids
  std::vector<std::string> hosts;            // hosts of the members
};

// A requested destination (API 2.74 host/node, or a move's target): Nova's Destination.
struct Destination {
  std::string host;
  std::optional<std::string> node;
};

struct RequestSpec {
  FlavorSpec flavor;
  std::string image_id;
  std::map<std::string, std::string> image_properties;  // hw_architecture, img_hv_type, ...
  std::int64_t num_instances = 1;
  std::vector<std::string> instance_uuids;  // one per instance
  std::optional<std::string> availability_zone;
  // Scheduler hints as Nova stores them: every value a list of strings.
  std::map<std::string, std::vector<std::string>> scheduler_hints;
  std::string project_id = "project", user_id = "user";
  std::optional<InstanceGroup> instance_group;
  std::vector<std::string> ignore_hosts, force_hosts, force_nodes;
  bool is_bfv = false;
  std::optional<Destination> requested_destination;

  // Set by the pipeline while it places instance `index`.
  std::string instance_uuid;

  // The hint's first value, or nullopt (Nova's RequestSpec.get_scheduler_hint).
  std::optional<std::string> hint(const std::string& key) const;
  // Nova's utils.request_is_rebuild: hint _nova_check_type == ['rebuild'].
  bool is_rebuild() const;
};

}  // namespace stacktwin::nova
