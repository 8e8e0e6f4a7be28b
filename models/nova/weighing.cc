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
                 WeighedHosts& out) {
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
      for (std::size_t i = 0; i < n; ++i) {
        double raw = weigher.weigh(hosts, candidates[i], spec);
        if (minval) raw = std::max(raw, *minval);
        if (maxval) raw = std::min(raw, *maxval);
        step.raw[i] = raw;
      }

      // weights.normalize.
      const double lo = minval ? *minval : *std::min_element(step.raw.begin(), step.raw.end());
      const double hi = maxval ? *maxval : *std::max_element(step.raw.begin(), step.raw.end());
      if (lo == hi) {
        std::fill(step.normalized.begin(), step.normalized.end(), 0.0);
      } else {
        const double range = hi - lo;
        for (std::size_t i = 0; i < n; ++i) step.normalized[i] = (step.raw[i] - lo) / range;
      }

      // obj.weight += multiplier * weight, host by host.
      for (std::size_t i = 0; i < n; ++i) {
        step.multiplier[i] = weigher.weight_multiplier(hosts, candidates[i]);
        const double score = step.multiplier[i] * step.normalized[i];
        out.totals[i] += score;
      }
    }
  }

  // sorted(..., key=weight, reverse=True) is stable: equal weights keep the input order. As a
  // total order on (weight descending, position ascending) std::sort gives the same result
  // without stable_sort's temporary buffer.
  std::sort(out.order.begin(), out.order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (out.totals[a] != out.totals[b]) return out.totals[a] > out.totals[b];
    return a < b;
  });
  out.hosts.resize(n);
  out.weights.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    out.hosts[k] = candidates[out.order[k]];
    out.weights[k] = out.totals[out.order[k]];
  }
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
