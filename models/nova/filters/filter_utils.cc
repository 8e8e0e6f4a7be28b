#include "models/nova/filters/filter_utils.h"

#include <algorithm>

#include "models/nova/extra_specs_ops.h"

namespace stacktwin::nova::filter_utils {

std::set<std::string> aggregate_values_from_key(const HostStates& hosts, HostIndex h, const std::string& key) {
  std::set<std::string> values;
  for (std::uint32_t a : hosts.aggregates[h]) {
    const auto& md = hosts.all_aggregates[a].metadata;
    if (auto it = md.find(key); it != md.end()) values.insert(it->second);
  }
  return values;
}

std::map<std::string, std::set<std::string>> aggregate_metadata_get_by_host(
    const HostStates& hosts, HostIndex h, const std::optional<std::string>& key) {
  std::map<std::string, std::set<std::string>> metadata;
  for (std::uint32_t a : hosts.aggregates[h]) {
    const auto& md = hosts.all_aggregates[a].metadata;
    if (key && md.count(*key) == 0) continue;
    for (const auto& [k, v] : md) {
      auto& values = metadata[k];
      for (const auto& part : py_split_on(v, ',')) values.insert(py_strip(part));
    }
  }
  return metadata;
}

std::optional<std::int64_t> min_int_value(const std::set<std::string>& vals, std::int64_t default_value) {
  if (vals.empty()) return default_value;
  std::optional<std::int64_t> best;
  for (const auto& v : vals) {
    auto x = extra_specs_ops::py_int(v);
    if (!x) return std::nullopt;
    if (!best || *x < *best) best = x;
  }
  return best;
}

std::optional<double> min_float_value(const std::set<std::string>& vals, double default_value) {
  if (vals.empty()) return default_value;
  std::optional<double> best;
  for (const auto& v : vals) {
    auto x = extra_specs_ops::py_float(v);
    if (!x) return std::nullopt;
    if (!best || *x < *best) best = x;  // Python min keeps the first of equals; nan aside
  }
  return best;
}

bool instance_uuids_overlap(const HostStates& hosts, HostIndex h, const std::vector<std::string>& uuids) {
  const auto& on_host = hosts.instances[h];
  for (const auto& u : uuids)
    if (std::find(on_host.begin(), on_host.end(), u) != on_host.end()) return true;
  return false;
}

std::string py_strip(const std::string& s) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= '\x1c' && c <= '\x1f');
  };
  std::size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::vector<std::string> py_split_on(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto pos = s.find(sep, start);
    if (pos == std::string::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

}  // namespace stacktwin::nova::filter_utils
