#include "models/nova/chance_scheduler.h"

#include <algorithm>

#include "models/nova/filters/compute_filter.h"

namespace stacktwin::nova {

ChanceScheduler::ChanceScheduler(SchedulerConfig config) : config_(std::move(config)) {}

ScheduleResult ChanceScheduler::select_destinations(HostStates& hosts, RequestSpec& spec, PlacementClient* placement,
                                                    const std::function<std::uint64_t(std::uint64_t)>& randbelow) const {
  ScheduleResult result;
  if (placement) {
    // No max_placement_results: a random choice among the first 1000 providers is not random.
    result.candidates = placement->allocation_candidates(hosts, spec, std::nullopt);
  } else {
    for (HostIndex h = 0; h < hosts.size(); ++h) result.candidates.push_back(h);
  }
  const ComputeFilter compute(config_);
  std::vector<HostIndex> candidates;
  for (HostIndex h : result.candidates) {
    const bool ignored = std::find(spec.ignore_hosts.begin(), spec.ignore_hosts.end(), hosts.host[h]) !=
                         spec.ignore_hosts.end();
    if (!ignored && compute.host_passes(hosts, h, spec)) candidates.push_back(h);
  }
  if (candidates.empty()) {
    result.no_valid_host = true;
    result.reason = "No host with capacity and an up compute service.";
    return result;
  }

  const auto num = static_cast<std::size_t>(std::max<std::int64_t>(spec.num_instances, 1));
  while (spec.instance_uuids.size() < num) spec.instance_uuids.push_back("instance-" + std::to_string(spec.instance_uuids.size()));
  const auto selected = [&](const std::vector<HostIndex>& claimed, HostIndex h) {
    return std::find(claimed.begin(), claimed.end(), h) != claimed.end();
  };

  std::vector<HostIndex> claimed;
  for (std::size_t index = 0; index < num; ++index) {
    spec.instance_uuid = spec.instance_uuids[index];
    std::vector<HostIndex> pool;
    for (HostIndex h : candidates)
      if (!selected(claimed, h)) pool.push_back(h);
    if (pool.empty()) pool = candidates;
    std::optional<HostIndex> winner;
    while (!pool.empty()) {
      const auto k = static_cast<std::ptrdiff_t>(randbelow(pool.size()));
      const HostIndex h = pool[static_cast<std::size_t>(k)];
      if (!placement || placement->claim(h, spec)) {
        winner = h;
        break;
      }
      pool.erase(pool.begin() + k);
      std::erase(candidates, h);
    }
    if (!winner) {
      result.no_valid_host = true;
      result.reason = "There are not enough hosts available.";
      return result;
    }
    claimed.push_back(*winner);
    consume_from_request(hosts, *winner, spec);
    if (spec.instance_group) {  // as manager._consume_selected_host
      spec.instance_group->hosts.push_back(hosts.host[*winner]);
      auto& on_host = hosts.instances[*winner];
      if (std::find(on_host.begin(), on_host.end(), spec.instance_uuid) == on_host.end())
        on_host.push_back(spec.instance_uuid);
    }
  }

  const auto num_alts = static_cast<std::size_t>(std::max(config_.max_attempts - 1, 0));
  for (HostIndex h : claimed) {
    Selection s{h, {}};
    std::vector<HostIndex> eligible;
    for (HostIndex c : candidates)
      if (hosts.cell_uuid[c] == hosts.cell_uuid[h] && !selected(claimed, c)) eligible.push_back(c);
    while (s.alternates.size() < num_alts && !eligible.empty()) {
      const auto k = static_cast<std::ptrdiff_t>(randbelow(eligible.size()));
      s.alternates.push_back(eligible[static_cast<std::size_t>(k)]);
      eligible.erase(eligible.begin() + k);
    }
    result.selections.push_back(std::move(s));
  }
  return result;
}

}  // namespace stacktwin::nova
