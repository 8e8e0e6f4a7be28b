// RackSpreadFilter — a researcher's "spread across racks" filter, written as an example of a
// policy that is not Nova's (docs/custom-policies.md walks through it). Not registered by
// default: register_example_policies() adds it under "RackSpreadFilter".
//
// Nova's ServerGroupAntiAffinityFilter keeps a group's members on distinct hosts (at most
// max_server_per_host per host). This filter lifts the same rule to racks, which Nova does not
// know about:
//
//   rack(host)  = stats["rack"] when the compute node reports it, else the "rack" metadata of
//                 the host's first aggregate that sets it (aggregate order), else the host's own
//                 name (a host of unknown rack is a rack of its own, so the filter then acts as
//                 host anti-affinity)
//   applies to  requests in a server group with policy anti-affinity or soft-anti-affinity;
//               every other request passes every host
//   limit       group rule max_server_per_rack (an int, as Nova reads max_server_per_host),
//               default 1: members on distinct racks
//   passes iff  members of the group already on hosts of rack(host), not counting the instance
//               being placed, < limit
//
// The members on a rack are counted from the group's hosts (InstanceGroup.hosts, which the
// scheduler extends after each placement of a multi-instance request) and the members listed on
// those hosts. filter_all counts once per call and then makes one pass over the candidates.
// A rule that is not an int makes the request fail (FilterError), as a bad max_server_per_host
// does in Nova.
#pragma once

#include <map>
#include <string>

#include "models/nova/host_filter.h"

namespace stacktwin::nova::examples {

class RackSpreadFilter : public HostFilter {
 public:
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  void filter_all(const HostStates& hosts, const RequestSpec& spec, std::vector<HostIndex>& candidates) const override;

  // The rack a host is in, by the rule above.
  static std::string rack_of(const HostStates& hosts, HostIndex h);

 private:
  // Members per rack for the request's group; false when the filter does not apply.
  bool members_per_rack(const HostStates& hosts, const RequestSpec& spec, std::map<std::string, std::int64_t>& counts,
                        std::int64_t& limit) const;
};

}  // namespace stacktwin::nova::examples
