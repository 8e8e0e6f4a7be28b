#include "models/nova/weighing.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <iomanip>
#include <ostream>

namespace stacktwin::nova {
namespace {

std::string repr(double x) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  assert(ec == std::errc());
  return std::string(buf, end);
}

// (totals[a], a) before (totals[b], b): weight descending, then candidate position ascending.
// Python's sorted(reverse=True) is stable, so this is its order. Without NaN it is a strict
// total order, and any sorting algorithm gives the one result.
// A function object, so that the sorts inline it.
struct Better {
  bool operator()(const std::pair<double, std::uint32_t>& a, const std::pair<double, std::uint32_t>& b) const {
    if (a.first != b.first) return a.first > b.first;
    return a.second < b.second;
  }
};
constexpr Better better;

// The values std::min_element / std::max_element find, from four independent chains of
// comparisons: a single chain waits on each minsd/maxsd, which made this a fifth of the whole
// pipeline at 1000 hosts. Without NaN the extremes are the same numbers; a zero extreme takes the
// sign of the first zero, as the std algorithms keep the first of equal elements; with a NaN the
// std algorithms decide.
void min_max(std::span<const double> v, double& lo, double& hi) {
  const std::size_t n = v.size();
  double l0 = v[0], l1 = v[0], l2 = v[0], l3 = v[0];
  double h0 = v[0], h1 = v[0], h2 = v[0], h3 = v[0];
  bool nan = false;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const double a = v[i], b = v[i + 1], c = v[i + 2], d = v[i + 3];
    nan |= (a != a) | (b != b) | (c != c) | (d != d);
    l0 = a < l0 ? a : l0;
    l1 = b < l1 ? b : l1;
    l2 = c < l2 ? c : l2;
    l3 = d < l3 ? d : l3;
    h0 = a > h0 ? a : h0;
    h1 = b > h1 ? b : h1;
    h2 = c > h2 ? c : h2;
    h3 = d > h3 ? d : h3;
  }
  for (; i < n; ++i) {
    nan |= v[i] != v[i];
    l0 = v[i] < l0 ? v[i] : l0;
    h0 = v[i] > h0 ? v[i] : h0;
  }
  if (nan) {
    lo = *std::min_element(v.begin(), v.end());
    hi = *std::max_element(v.begin(), v.end());
    return;
  }
  lo = std::min(std::min(l0, l1), std::min(l2, l3));
  hi = std::max(std::max(h0, h1), std::max(h2, h3));
  const auto first_zero = [&] { return *std::find(v.begin(), v.end(), 0.0); };
  if (lo == 0) lo = first_zero();
  if (hi == 0) hi = first_zero();
}

}  // namespace

const std::vector<std::string>& all_weigher_names() {
  // Printed by the oracle (nova_oracle.py "weighers") from HostWeightHandler.get_all_classes().
  static const std::vector<std::string> names{
      "CrossCellWeigher",   "MetricsWeigher", "CPUWeigher", "BuildFailureWeigher", "ServerGroupSoftAffinityWeigher",
      "ServerGroupSoftAntiAffinityWeigher", "RAMWeigher", "DiskWeigher", "PCIWeigher", "IoOpsWeigher"};
  return names;
}

void weigh_hosts(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<const HostWeigher* const> weighers, std::span<const std::string> names,
                 WeighedHosts& out, std::size_t top) {
  assert(names.size() == weighers.size());
  const std::size_t n = candidates.size();
  out.candidates.assign(candidates.begin(), candidates.end());
  out.totals.assign(n, 0.0);
  out.order.resize(n);
  for (std::size_t i = 0; i < n; ++i) out.order[i] = static_cast<std::uint32_t>(i);

  if (n <= 1) {
    out.steps.clear();
  } else {
    out.steps.resize(weighers.size());
    for (std::size_t w = 0; w < weighers.size(); ++w) {
      const HostWeigher& weigher = *weighers[w];
      WeigherStep& step = out.steps[w];
      step.weigher = names[w];
      step.raw.resize(n);
      step.normalized.resize(n);
      step.multiplier.resize(n);

      // BaseWeigher.weigh_objects: raw weights, clamped to the weigher's bounds.
      const auto minval = weigher.minval();
      const auto maxval = weigher.maxval();
      weigher.weigh_all(hosts, candidates, spec, step.raw);
      if (minval)
        for (double& raw : step.raw) raw = std::max(raw, *minval);
      if (maxval)
        for (double& raw : step.raw) raw = std::min(raw, *maxval);

      // weights.normalize.
      double lo = 0, hi = 0;
      if (!minval || !maxval) min_max(step.raw, lo, hi);
      if (minval) lo = *minval;
      if (maxval) hi = *maxval;
      if (lo == hi) {
        std::fill(step.normalized.begin(), step.normalized.end(), 0.0);
      } else {
        const double range = hi - lo;
        for (std::size_t i = 0; i < n; ++i) step.normalized[i] = (step.raw[i] - lo) / range;
      }

      // obj.weight += multiplier * weight, host by host.
      weigher.weight_multipliers(hosts, candidates, step.multiplier);
      for (std::size_t i = 0; i < n; ++i) {
        const double score = step.multiplier[i] * step.normalized[i];
        out.totals[i] += score;
      }
    }
  }

  // sorted(..., key=weight, reverse=True) is stable: equal weights keep the input order. As a
  // total order on (weight descending, position ascending) std::sort gives the same result
  // without stable_sort's temporary buffer. Sorting (total, position) pairs saves the indirect
  // loads; only the best `top` need sorting when the caller reads no further.
  if (std::any_of(out.totals.begin(), out.totals.end(), [](double t) { return t != t; })) {
    // NaN totals (a NaN or infinite multiplier) are not totally ordered: keep the exact
    // comparisons the scheduler has always made, on the whole list.
    std::sort(out.order.begin(), out.order.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (out.totals[a] != out.totals[b]) return out.totals[a] > out.totals[b];
      return a < b;
    });
    out.sorted = n;
  } else {
    auto& keys = out.sort_keys;
    keys.resize(n);
    for (std::size_t i = 0; i < n; ++i) keys[i] = {out.totals[i], static_cast<std::uint32_t>(i)};
    if (top < n) {
      std::partial_sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(top), keys.end(), better);
      out.sorted = top;
    } else {
      std::sort(keys.begin(), keys.end(), better);
      out.sorted = n;
    }
    for (std::size_t i = 0; i < n; ++i) out.order[i] = keys[i].second;
  }
  out.hosts.resize(n);
  out.weights.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    out.hosts[k] = candidates[out.order[k]];
    out.weights[k] = out.totals[out.order[k]];
  }
}

void finish_sorting(WeighedHosts& out) {
  const std::size_t n = out.order.size();
  if (out.sorted >= n) return;
  // Only a NaN-free result is left partly sorted: the order is total, the rest sorts on its own.
  std::sort(out.order.begin() + static_cast<std::ptrdiff_t>(out.sorted), out.order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return better({out.totals[a], a}, {out.totals[b], b}); });
  for (std::size_t k = out.sorted; k < n; ++k) {
    out.hosts[k] = out.candidates[out.order[k]];
    out.weights[k] = out.totals[out.order[k]];
  }
  out.sorted = n;
}

WeighedHosts weigh_hosts(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                         std::span<const HostWeigher* const> weighers, std::span<const std::string> names,
                         bool keep_steps) {
  WeighedHosts out;
  weigh_hosts(hosts, candidates, spec, weighers, names, out);
  if (!keep_steps) out.steps.clear();
  return out;
}

void print_weighing(std::ostream& os, const HostStates& hosts, const WeighedHosts& weighed) {
  const auto name = [&](HostIndex h) { return hosts.host[h] == hosts.nodename[h] ? hosts.host[h] : hosts.host[h] + "/" + hosts.nodename[h]; };
  if (weighed.steps.empty()) os << "  (fewer than two hosts: every weight 0.0, no weigher runs)\n";
  for (const WeigherStep& step : weighed.steps) {
    os << "  " << step.weigher << '\n';
    for (std::size_t i = 0; i < weighed.candidates.size(); ++i) {
      os << "    " << std::left << std::setw(20) << name(weighed.candidates[i]) << " raw " << std::setw(24)
         << repr(step.raw[i]) << " norm " << std::setw(24) << repr(step.normalized[i]) << " x " << std::setw(12)
         << repr(step.multiplier[i]) << " = " << repr(contribution(step, i)) << '\n';
    }
  }
  os << "  weighed (best first)\n";
  for (std::size_t k = 0; k < weighed.hosts.size(); ++k)
    os << "    " << std::left << std::setw(20) << name(weighed.hosts[k]) << ' ' << repr(weighed.weights[k]) << '\n';
  os << std::right;
}

}  // namespace stacktwin::nova
