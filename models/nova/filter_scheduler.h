// Nova's filter scheduler, as Zed runs it (nova/scheduler/manager.py `_schedule`,
// `_get_sorted_hosts`, `_get_alternate_hosts`; host_manager.py `get_filtered_hosts`;
// ../shared/reference/NOVA_NOTES.md §1):
//
//   candidates = Placement allocation candidates for the request (prefilters applied there)
//   for each instance num = 0..N-1:
//     hosts = sorted(num): ignore/force hosts; filters in configured order, each only if it
//             runs for this index, stopping at the first empty result; weighers; optional
//             shuffle of the best ties; random.choice among the first host_subset_size, moved
//             to the front
//     claim on the hosts in that order (skipping hosts without an allocation candidate);
//     the first successful claim wins; consume_from_request on it; the group learns the host
//     the next instance starts from this sorted list, not the original one
//   fewer claims than instances -> NoValidHost
//   alternates: max_attempts - 1 per instance from the last sorted list (re-sorted first when
//   N > 1), same cell, not selected, with an allocation candidate
//
// Randomness is Python's `random` (random.choice, random.shuffle), reproduced bit for bit by
// the caller's `randbelow` (sim/engine/python_random.h), so the same seed gives Nova's choice.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "models/nova/host_filter.h"
#include "models/nova/host_weigher.h"
#include "models/nova/weighing.h"

namespace stacktwin::nova {

// What the scheduler asks of Placement (GET /allocation_candidates, PUT /allocations).
class PlacementClient {
 public:
  virtual ~PlacementClient() = default;
  // The hosts with an allocation candidate for the request's resources, in provider order;
  // at most `limit` when given (Nova's max_placement_results).
  virtual std::vector<HostIndex> allocation_candidates(const HostStates& hosts, const RequestSpec& spec,
                                                       std::optional<std::int64_t> limit) = 0;
  // Claims one instance's resources on the host; false when Placement refuses.
  virtual bool claim(HostIndex host, const RequestSpec& spec) = 0;
};

// The hosts a filter left, for --explain and rejection counts.
struct FilterStep {
  std::string filter;
  bool ran = true;  // false: run_filter_once_per_request and index > 0
  std::vector<HostIndex> remaining;
};

// One call of _get_sorted_hosts.
struct SortingTrace {
  std::int64_t index = 0;
  bool for_alternates = false;      // the re-sort before picking alternates
  std::vector<HostIndex> input;     // the hosts this pass started from
  std::vector<HostIndex> filtered;  // after all filters, before weighing
  std::vector<FilterStep> filters;
  std::vector<WeigherStep> weighers;
  std::vector<HostIndex> weighed;   // sorted by weight, descending
  std::vector<double> weights;      // aligned with `weighed`
  std::vector<HostIndex> sorted;    // after shuffle and the random choice
};

struct Selection {
  HostIndex host = 0;
  std::vector<HostIndex> alternates;
};

struct ScheduleResult {
  std::vector<Selection> selections;  // one per instance, empty on NoValidHost
  bool no_valid_host = false;
  std::string reason;                 // for NoValidHost
  // An exception Nova's scheduler does not handle (ComputeHostMetricNotFound with
  // [metrics]required, a malformed extra spec in a filter): the request fails and its
  // instances go to ERROR, with no reschedule.
  std::string error;
  std::vector<HostIndex> candidates;  // hosts Placement returned
  // Hosts each configured filter removed for instance 0 (aligned with filter_names()), and
  // the filter that removed the last host when filtering left none (empty otherwise).
  std::vector<std::uint32_t> removed_by_filter;
  std::string emptied_by;
  std::vector<SortingTrace> traces;   // only when explain is on
};

class FilterScheduler {
 public:
  // Throws UnknownNameError for a filter or weigher name the registries do not know.
  explicit FilterScheduler(SchedulerConfig config, const FilterRegistry& filters = filter_registry(),
                           const WeigherRegistry& weighers = weigher_registry());

  // Places spec.num_instances instances; updates `hosts` (consume_from_request) and the
  // request's instance group as Nova does. `randbelow(n)` must behave as Python's
  // random._randbelow(n). With placement == nullptr, Nova's legacy path: every host is a
  // candidate and nothing claims.
  ScheduleResult select_destinations(HostStates& hosts, RequestSpec& spec, PlacementClient* placement,
                                     const std::function<std::uint64_t(std::uint64_t)>& randbelow,
                                     bool explain = false) const;

  const SchedulerConfig& config() const { return config_; }
  const std::vector<std::string>& filter_names() const { return filter_names_; }
  const std::vector<std::string>& weigher_names() const { return weigher_names_; }

 private:
  ScheduleResult schedule(HostStates& hosts, RequestSpec& spec, PlacementClient* placement,
                          const std::function<std::uint64_t(std::uint64_t)>& randbelow, bool explain) const;
  std::vector<HostIndex> sorted_hosts(const HostStates& hosts, const RequestSpec& spec,
                                      const std::vector<HostIndex>& candidates, std::int64_t index,
                                      const std::function<std::uint64_t(std::uint64_t)>& randbelow,
                                      SortingTrace* trace, ScheduleResult* counts,
                                      std::size_t top = SIZE_MAX) const;
  // After a sorted_hosts call with `top`: puts the rest of `sorted` in order, if not yet.
  void finish_sorted_hosts(std::vector<HostIndex>& sorted) const;
  std::vector<HostIndex> filtered_hosts(const HostStates& hosts, const RequestSpec& spec,
                                        const std::vector<HostIndex>& candidates, std::int64_t index,
                                        SortingTrace* trace, ScheduleResult* counts) const;

  SchedulerConfig config_;
  std::vector<std::string> filter_names_, weigher_names_;
  std::vector<std::unique_ptr<HostFilter>> filters_;
  std::vector<std::unique_ptr<HostWeigher>> weighers_;
  std::vector<const HostWeigher*> weigher_ptrs_;  // weighers_, as weigh_hosts takes them
};

// Nova's HostState.consume_from_request for one instance of `spec`.
void consume_from_request(HostStates& hosts, HostIndex h, const RequestSpec& spec);

}  // namespace stacktwin::nova
