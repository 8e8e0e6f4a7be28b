#include "models/nova/weighers/metrics_weigher.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {
namespace {

bool is_py_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  return true;
}

// digitpart: digit (["_"] digit)*; appends the digits to `out`, returns the end position or
// npos when there is no valid digitpart at `i`.
std::size_t digit_part(std::string_view s, std::size_t i, std::string& out) {
  auto digit = [&](std::size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); };
  if (!digit(i)) return std::string_view::npos;
  while (true) {
    out += s[i++];
    if (digit(i)) continue;
    if (i < s.size() && s[i] == '_' && digit(i + 1)) {
      ++i;
      continue;
    }
    return i;
  }
}

}  // namespace

ComputeHostMetricNotFound::ComputeHostMetricNotFound(std::string host_, std::string node_, std::string metric_)
    : std::runtime_error("Metric " + metric_ + " could not be found on the compute host node " + host_ + "." + node_ +
                         "."),
      host(std::move(host_)),
      node(std::move(node_)),
      metric(std::move(metric_)) {}

std::optional<double> python_float(std::string_view s) {
  while (!s.empty() && is_py_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_py_space(s.back())) s.remove_suffix(1);
  std::string clean;
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  const std::string_view word = s.substr(i);
  if (iequals(word, "inf") || iequals(word, "infinity"))
    return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  if (iequals(word, "nan")) return negative ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
  if (negative) clean += '-';
  bool mantissa = false;
  if (std::size_t e = digit_part(s, i, clean); e != std::string_view::npos) {
    i = e;
    mantissa = true;
  }
  if (i < s.size() && s[i] == '.') {
    clean += '.';
    ++i;
    if (std::size_t e = digit_part(s, i, clean); e != std::string_view::npos) {
      i = e;
      mantissa = true;
    }
  }
  if (!mantissa) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean += 'e';
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean += s[i++];
    const std::size_t e = digit_part(s, i, clean);
    if (e == std::string_view::npos) return std::nullopt;
    i = e;
  }
  if (i != s.size()) return std::nullopt;
  // `clean` is now plain decimal, which strtod rounds correctly as Python does.
  return std::strtod(clean.c_str(), nullptr);
}

std::vector<std::pair<std::string, double>> parse_metrics_weight_setting(const std::vector<std::string>& opts) {
  std::vector<std::pair<std::string, double>> good;
  for (const std::string& opt : opts) {
    const std::size_t sep = opt.find('=');
    if (sep == std::string::npos || sep == 0) continue;
    const auto value = python_float(std::string_view(opt).substr(sep + 1));
    if (!value) continue;
    good.emplace_back(opt.substr(0, sep), *value);
  }
  return good;
}

MetricsWeigher::MetricsWeigher(const SchedulerConfig& config)
    : setting_(parse_metrics_weight_setting(config.metrics_weight_setting)),
      multiplier_(config.metrics_weight_multiplier),
      required_(config.metrics_required),
      weight_of_unavailable_(config.metrics_weight_of_unavailable) {}

double MetricsWeigher::weigh(const HostStates& hosts, HostIndex h, const RequestSpec& /*spec*/) const {
  double value = 0.0;
  const auto& metrics = hosts.metrics[h];
  for (const auto& [name, ratio] : setting_) {
    if (auto it = metrics.find(name); it != metrics.end()) {
      value += it->second * ratio;
      continue;
    }
    if (required_) throw ComputeHostMetricNotFound(hosts.host[h], hosts.nodename[h], name);
    // "Do nothing if ratio or weight_multiplier is 0."
    if (ratio * weight_multiplier(hosts, h) != 0) return weight_of_unavailable_;
  }
  return value;
}

double MetricsWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "metrics_weight_multiplier", multiplier_);
}

// With no [metrics]weight_setting the value is 0.0 for every host.
void MetricsWeigher::weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<double> raw) const {
  if (setting_.empty()) {
    std::fill(raw.begin(), raw.end(), 0.0);
    return;
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) raw[i] = MetricsWeigher::weigh(hosts, candidates[i], spec);
}

void MetricsWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "metrics_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
