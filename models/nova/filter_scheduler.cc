#include "models/nova/filter_scheduler.h"

#include <algorithm>
#include <cctype>

#include "models/nova/filters/filter_error.h"
#include "models/nova/weighers/metrics_weigher.h"
#include "models/nova/weighing.h"

namespace stacktwin::nova {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool contains(const std::vector<HostIndex>& v, HostIndex h) { return std::find(v.begin(), v.end(), h) != v.end(); }

// The weighing buffer, one per thread and reused: weighing allocates nothing once it has grown.
// It also holds the last weighing's totals, which finish_sorted_hosts needs.
thread_local WeighedHosts t_weighed;

}  // namespace

void consume_from_request(HostStates& hosts, HostIndex h, const RequestSpec& spec) {
  const Flavor& f = spec.flavor.sizes;
  hosts.free_ram_mb[h] -= f.ram_mb;
  hosts.free_disk_mb[h] -= (f.disk_gb + f.ephemeral_gb) * 1024;  // swap is not subtracted
  hosts.vcpus_used[h] += f.vcpus;
  hosts.num_instances[h] += 1;
  hosts.num_io_ops[h] += 1;
}

FilterScheduler::FilterScheduler(SchedulerConfig config, const FilterRegistry& filters,
                                 const WeigherRegistry& weighers)
    : config_(std::move(config)) {
  filter_names_ = config_.enabled_filters;
  for (const auto& name : filter_names_) filters_.push_back(filters.create(name, config_));
  if (config_.weight_classes.empty()) {
    weigher_names_ = all_weigher_names();  // Nova's own load order: it fixes the summation order
  } else {
    weigher_names_ = config_.weight_classes;
  }
  for (const auto& name : weigher_names_) weighers_.push_back(weighers.create(name, config_));
  for (const auto& w : weighers_) weigher_ptrs_.push_back(w.get());
}

// host_manager.get_filtered_hosts: requested destination, ignore/force hosts and nodes, then
// the filter handler (nova/filters.py get_filtered_objects).
std::vector<HostIndex> FilterScheduler::filtered_hosts(const HostStates& hosts, const RequestSpec& spec,
                                                       const std::vector<HostIndex>& candidates,
                                                       std::int64_t index, SortingTrace* trace,
                                                       ScheduleResult* counts) const {
  std::vector<HostIndex> list = candidates;
  if (spec.requested_destination) {
    const auto& d = *spec.requested_destination;
    std::erase_if(list, [&](HostIndex h) { return hosts.host[h] != d.host || (d.node && hosts.nodename[h] != *d.node); });
  }
  if (!spec.ignore_hosts.empty() || !spec.force_hosts.empty() || !spec.force_nodes.empty()) {
    for (const auto& ignored : spec.ignore_hosts)
      std::erase_if(list, [&](HostIndex h) { return lower(ignored) == lower(hosts.host[h]); });
    if (!spec.ignore_hosts.empty() && list.empty()) return {};
    if (!spec.force_hosts.empty())
      std::erase_if(list, [&](HostIndex h) {
        return std::none_of(spec.force_hosts.begin(), spec.force_hosts.end(),
                            [&](const std::string& f) { return lower(f) == lower(hosts.host[h]); });
      });
    if (!spec.force_nodes.empty())
      std::erase_if(list, [&](HostIndex h) {
        return std::find(spec.force_nodes.begin(), spec.force_nodes.end(), hosts.nodename[h]) == spec.force_nodes.end();
      });
    const bool check_type = spec.scheduler_hints.count("_nova_check_type") > 0 &&
                            !spec.scheduler_hints.at("_nova_check_type").empty();
    if (!check_type && (!spec.force_hosts.empty() || !spec.force_nodes.empty())) return list;  // filters skipped
  }
  const bool rebuild = spec.is_rebuild();
  for (std::size_t i = 0; i < filters_.size(); ++i) {
    const HostFilter& f = *filters_[i];
    const bool runs = f.run_filter_for_index(index);
    const std::size_t before = list.size();
    if (runs && !(rebuild && !f.run_on_rebuild())) f.filter_all(hosts, spec, list);
    if (trace) trace->filters.push_back({filter_names_[i], runs, list});
    if (counts && index == 0) counts->removed_by_filter[i] += static_cast<std::uint32_t>(before - list.size());
    if (runs && list.empty()) {
      if (counts) counts->emptied_by = filter_names_[i];
      break;
    }
  }
  return list;
}

// The random choice below moves a host within the first host_subset_size positions only, so the
// tail after t_weighed.sorted is still t_weighed's.
void FilterScheduler::finish_sorted_hosts(std::vector<HostIndex>& sorted) const {
  WeighedHosts& weighed = t_weighed;
  if (weighed.sorted >= sorted.size()) return;
  const std::size_t from = weighed.sorted;
  finish_sorting(weighed);
  std::copy(weighed.hosts.begin() + static_cast<std::ptrdiff_t>(from), weighed.hosts.end(),
            sorted.begin() + static_cast<std::ptrdiff_t>(from));
}

// manager._get_sorted_hosts.
std::vector<HostIndex> FilterScheduler::sorted_hosts(const HostStates& hosts, const RequestSpec& spec,
                                                     const std::vector<HostIndex>& candidates, std::int64_t index,
                                                     const std::function<std::uint64_t(std::uint64_t)>& randbelow,
                                                     SortingTrace* trace, ScheduleResult* counts,
                                                     std::size_t top) const {
  if (trace) {
    trace->index = index;
    trace->input = candidates;
  }
  std::vector<HostIndex> filtered = filtered_hosts(hosts, spec, candidates, index, trace, counts);
  if (trace) trace->filtered = filtered;
  if (filtered.empty()) return {};

  // The trace shows the whole order, and the shuffle may reach past any head: sort it all then.
  WeighedHosts& weighed = t_weighed;
  const bool partial = trace == nullptr && !config_.shuffle_best_same_weighed_hosts;
  weigh_hosts(hosts, filtered, spec, weigher_ptrs_, weigher_names_, weighed, partial ? top : SIZE_MAX);
  std::vector<HostIndex> order = weighed.hosts;

  if (config_.shuffle_best_same_weighed_hosts) {
    std::size_t best = 0;
    while (best < order.size() && weighed.weights[best] == weighed.weights[0]) ++best;
    // random.shuffle (Python 3.11): for i in reversed(range(1, n)): j = _randbelow(i + 1)
    for (std::size_t i = best; i-- > 1;) std::swap(order[i], order[randbelow(i + 1)]);
  }
  if (trace) {
    trace->weighed = weighed.hosts;
    trace->weights = weighed.weights;
    trace->weighers = weighed.steps;
  }
  const std::size_t subset =
      std::min<std::size_t>(order.size(), static_cast<std::size_t>(std::max(config_.host_subset_size, 1)));
  const std::size_t chosen = randbelow(subset);  // random.choice draws even when subset == 1
  const HostIndex host = order[chosen];
  order.erase(order.begin() + static_cast<std::ptrdiff_t>(chosen));
  order.insert(order.begin(), host);
  if (trace) trace->sorted = order;
  return order;
}

ScheduleResult FilterScheduler::select_destinations(HostStates& hosts, RequestSpec& spec, PlacementClient* placement,
                                                    const std::function<std::uint64_t(std::uint64_t)>& randbelow,
                                                    bool explain) const {
  try {
    return schedule(hosts, spec, placement, randbelow, explain);
  } catch (const ComputeHostMetricNotFound& e) {
    ScheduleResult failed;
    failed.error = e.what();
    return failed;
  } catch (const FilterError& e) {  // e.g. a malformed extra spec: Nova raises, the request fails
    ScheduleResult failed;
    failed.error = e.what();
    return failed;
  }
}

ScheduleResult FilterScheduler::schedule(HostStates& hosts, RequestSpec& spec, PlacementClient* placement,
                                         const std::function<std::uint64_t(std::uint64_t)>& randbelow,
                                         bool explain) const {
  ScheduleResult result;
  result.removed_by_filter.assign(filters_.size(), 0);
  // resources_from_request_spec: no limit with group/same_host/different_host hints.
  std::optional<std::int64_t> limit = config_.max_placement_results;
  for (const char* hint : {"group", "same_host", "different_host"})
    if (spec.scheduler_hints.count(hint)) limit.reset();
  if (placement) {
    result.candidates = placement->allocation_candidates(hosts, spec, limit);
  } else {
    for (HostIndex h = 0; h < hosts.size(); ++h) result.candidates.push_back(h);
  }
  if (result.candidates.empty()) {  // "Got no allocation candidates from the Placement API"
    result.no_valid_host = true;
    return result;
  }
  // A per-thread host bitmap, set for this request's candidates and cleared on every way out, so
  // a request costs O(candidates) here and not O(hosts).
  thread_local std::vector<char> is_candidate;
  if (is_candidate.size() < hosts.size()) is_candidate.resize(hosts.size(), 0);
  for (HostIndex h : result.candidates) is_candidate[h] = 1;
  struct Clear {
    std::vector<HostIndex> set;  // a copy: `result` may be moved out before this runs
    ~Clear() {
      for (HostIndex h : set) is_candidate[h] = 0;
    }
  } clear{result.candidates};
  const auto num = static_cast<std::size_t>(std::max<std::int64_t>(spec.num_instances, 1));
  while (spec.instance_uuids.size() < num) spec.instance_uuids.push_back("instance-" + std::to_string(spec.instance_uuids.size()));
  const int num_alts = std::max(config_.max_attempts - 1, 0);

  // A sorted list that only the claims and the alternates read (the last instance's when no
  // re-sort follows, and the re-sort's) is sorted only as far as they usually look; they finish
  // the sort when they look further. Nothing else reads it, so the results are those of a full sort.
  const std::int64_t last = static_cast<std::int64_t>(num - 1);
  const std::size_t head = static_cast<std::size_t>(std::max(config_.host_subset_size, 1)) +
                           static_cast<std::size_t>(num_alts) + 16;
  std::vector<HostIndex> sorted = result.candidates;
  bool head_only = false;  // whether `sorted` may be in order only up to t_weighed.sorted
  const auto at = [&](std::size_t k) {
    if (head_only && k == t_weighed.sorted) finish_sorted_hosts(sorted);
    return sorted[k];
  };
  std::vector<HostIndex> claimed;
  std::size_t index = 0;
  for (; index < num; ++index) {
    spec.instance_uuid = spec.instance_uuids[index];
    SortingTrace trace;
    head_only = !explain && static_cast<std::int64_t>(index) == last && (last == 0 || num_alts == 0);
    sorted = sorted_hosts(hosts, spec, sorted, static_cast<std::int64_t>(index), randbelow,
                          explain ? &trace : nullptr, &result, head_only ? head : SIZE_MAX);
    if (explain) result.traces.push_back(std::move(trace));
    if (sorted.empty()) break;
    std::optional<HostIndex> winner;
    for (std::size_t k = 0; k < sorted.size(); ++k) {
      const HostIndex h = at(k);
      if (!is_candidate[h]) continue;
      if (!placement || placement->claim(h, spec)) {
        winner = h;
        break;
      }
    }
    if (!winner) break;
    claimed.push_back(*winner);
    consume_from_request(hosts, *winner, spec);
    if (spec.instance_group) {  // manager._consume_selected_host
      spec.instance_group->hosts.push_back(hosts.host[*winner]);
      auto& on_host = hosts.instances[*winner];
      if (std::find(on_host.begin(), on_host.end(), spec.instance_uuid) == on_host.end())
        on_host.push_back(spec.instance_uuid);
    }
  }
  if (claimed.size() < num) {
    result.no_valid_host = true;
    result.reason = "There are not enough hosts available.";
    return result;
  }
  // _get_alternate_hosts: re-sort when more than one instance (index is the last one's).
  if (last > 0 && num_alts > 0) {
    SortingTrace trace;
    trace.for_alternates = true;
    head_only = !explain;
    sorted = sorted_hosts(hosts, spec, sorted, last, randbelow, explain ? &trace : nullptr, nullptr,
                          head_only ? head : SIZE_MAX);
    if (explain) result.traces.push_back(std::move(trace));
  }
  for (HostIndex selected : claimed) {
    Selection s{selected, {}};
    for (std::size_t k = 0; k < sorted.size(); ++k) {
      if (static_cast<int>(s.alternates.size()) >= num_alts) break;
      const HostIndex h = at(k);
      if (hosts.cell_uuid[h] != hosts.cell_uuid[selected] || contains(claimed, h)) continue;
      if (!is_candidate[h]) continue;
      s.alternates.push_back(h);
    }
    result.selections.push_back(std::move(s));
  }
  return result;
}

}  // namespace stacktwin::nova
