// Weighing the filtered hosts: Nova's BaseWeightHandler.get_weighed_objects (nova/weights.py,
// Zed), bit for bit.
//
//   fewer than two hosts: every weight 0.0, no weigher is called
//   for each weigher, in configured order:
//     raw_i  = weigh(host_i), clamped: max(raw_i, minval) if minval set, min(raw_i, maxval) if set
//     lo = minval or min(raw), hi = maxval or max(raw)
//     norm_i = 0 when lo == hi, else (raw_i - lo) / (hi - lo)
//     total_i += weight_multiplier(host_i) * norm_i
//   hosts sorted by total, descending; ties keep the candidate order (Python's sorted is stable)
//
// The floating-point operations are Python's, in Python's order, so totals are identical to
// Nova's and the order of weighers matters (see all_weigher_names). A weigher may throw (the
// MetricsWeigher's ComputeHostMetricNotFound); the exception leaves weigh_hosts as it leaves
// Nova's get_weighed_hosts, and `out` is then unspecified.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

// The ten weighers of nova.scheduler.weights.all_weighers in the order the reference Nova
// (Debian 12 python3-nova, as the oracle runs it) instantiates them. Nova's order comes from
// os.walk and dir() and so depends on the filesystem; it only changes the summation order of the
// totals, i.e. the last bits, which can still break a tie differently. Use this order for the
// default weight_classes to match the oracle bit for bit.
const std::vector<std::string>& all_weigher_names();

// One weigher's values per candidate host, in candidate order.
struct WeigherStep {
  std::string weigher;
  std::vector<double> raw, normalized, multiplier;
};

// What the weigher added to candidate i's total: multiplier * normalized.

inline double contribution(const WeigherStep& step, std::size_t i) { return step.multiplier[i] * step.normalized[i]; }

struct WeighedHosts {
  std::vector<HostIndex> candidates;  // the input, in input order
  std::vector<double> totals;         // weight per candidate, input order
  std::vector<std::uint32_t> order;   // positions in `candidates`, best first
  std::vector<HostIndex> hosts;       // candidates sorted best first
  std::vector<double> weights;        // aligned with `hosts`
  std::vector<WeigherStep> steps;     // one per weigher, configured order; empty with < 2 hosts
  // Leading positions of order/hosts/weights already in their final place (see `top` below);
  // the other candidates follow them in an unspecified order until finish_sorting.
  std::size_t sorted = 0;
  std::vector<std::pair<double, std::uint32_t>> sort_keys;  // scratch: (total, position)
};

// Weighs `candidates` into `out`, reusing its buffers: a scheduler that keeps one WeighedHosts
// allocates nothing once the buffers have grown (hosts in aggregates excepted, whose multiplier
// lookup builds the aggregate value list as Nova does). `names[w]` names `weighers[w]`.
// With `top` < the number of candidates only the best `top` are ordered (out.sorted == top): a
// caller that reads only the head of the list (the scheduler's choice, claims and alternates for
// its last instance) skips sorting the rest, and calls finish_sorting if it reads further.
void weigh_hosts(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<const HostWeigher* const> weighers, std::span<const std::string> names,
                 WeighedHosts& out, std::size_t top = SIZE_MAX);

// Orders the rest of a partly sorted result; afterwards it is exactly the fully sorted one.
void finish_sorting(WeighedHosts& out);

// The same, returning a fresh result; `keep_steps` false drops the per-weigher breakdown.
WeighedHosts weigh_hosts(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                         std::span<const HostWeigher* const> weighers, std::span<const std::string> names,
                         bool keep_steps);

// The --explain table: per weigher, per host raw / normalized / multiplier / contribution, then
// the hosts best first with their totals. Doubles print as the shortest round-trip decimal
// (Python's repr digits).
void print_weighing(std::ostream& os, const HostStates& hosts, const WeighedHosts& weighed);

}  // namespace stacktwin::nova
