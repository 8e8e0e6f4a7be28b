#include "sim/cli/schedule_command.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "models/nova/extra_specs_ops.h"
#include "models/nova/filter_scheduler.h"
#include "sim/cli/input_placement.h"
#include "sim/engine/python_random.h"

namespace stacktwin::cli {
namespace {

using nova::HostIndex;
using nova::HostStates;

// The oracle's hid(): "host", or "host/node" when they differ.
std::string hid(const HostStates& hosts, HostIndex h) {
  return hosts.host[h] == hosts.nodename[h] ? hosts.host[h] : hosts.host[h] + "/" + hosts.nodename[h];
}

nlohmann::json names(const HostStates& hosts, const std::vector<HostIndex>& list) {
  nlohmann::json out = nlohmann::json::array();
  for (HostIndex h : list) out.push_back(hid(hosts, h));
  return out;
}

nova::SchedulerConfig config_of(const ScheduleInput& in) {
  nova::SchedulerConfig config = in.config;
  config.enabled_filters = in.filters;
  if (in.weighers) config.weight_classes = *in.weighers;
  return config;
}

std::vector<HostIndex> all_hosts(const HostStates& hosts) {
  std::vector<HostIndex> all(hosts.size());
  for (HostIndex h = 0; h < hosts.size(); ++h) all[h] = h;
  return all;
}

std::string fmt(double x) {
  if (x == 0) x = 0;  // no "-0"
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

void explain_trace(const HostStates& hosts, const nova::SortingTrace& t, std::ostream& out) {
  out << "  filters (" << t.input.size() << " hosts):\n";
  std::size_t width = 0;
  for (const auto& f : t.filters) width = std::max(width, f.filter.size());
  std::vector<HostIndex> previous = t.input;
  for (const auto& f : t.filters) {
    out << "    " << f.filter << std::string(width - f.filter.size() + 2, ' ');
    if (!f.ran) {
      out << "skipped (runs once per request)\n";
      continue;
    }
    out << previous.size() << " -> " << f.remaining.size();
    if (previous.size() != f.remaining.size()) {
      out << "   removed:";
      for (HostIndex h : previous)
        if (std::find(f.remaining.begin(), f.remaining.end(), h) == f.remaining.end()) out << " " << hid(hosts, h);
    }
    out << "\n";
    previous = f.remaining;
  }
  if (t.filtered.empty()) {
    out << "  no host passed the filters\n";
    return;
  }
  if (!t.weighers.empty()) {
    out << "  weighers (raw / normalised x multiplier), hosts in filtered order:\n";
    for (const auto& w : t.weighers) {
      out << "    " << w.weigher << "\n";
      for (std::size_t i = 0; i < t.filtered.size(); ++i)
        out << "      " << hid(hosts, t.filtered[i]) << "  raw " << fmt(w.raw[i]) << "  norm " << fmt(w.normalized[i])
            << "  x " << fmt(w.multiplier[i]) << "  = " << fmt(w.multiplier[i] * w.normalized[i]) << "\n";
    }
  }
  out << "  weighed:";
  for (std::size_t i = 0; i < t.weighed.size(); ++i) out << " " << hid(hosts, t.weighed[i]) << " (" << fmt(t.weights[i]) << ")";
  out << "\n  sorted after the subset choice:";
  for (HostIndex h : t.sorted) out << " " << hid(hosts, h);
  out << "\n";
}

// What SimpleCIDRAffinityFilter can read (netaddr in Nova): an IPv4 or IPv6 address.
bool valid_ip(const std::string& text) {
  unsigned char buf[16];
  return inet_pton(AF_INET, text.c_str(), buf) == 1 || inet_pton(AF_INET6, text.c_str(), buf) == 1;
}

}  // namespace

void validate_schedule_input(const ScheduleInput& in, const std::string& file) {
  auto fail = [&](const std::string& path, const std::string& problem) {
    throw ScheduleInputError(file + ": " + path + ": " + problem);
  };
  for (std::size_t i = 0; i < in.filters.size(); ++i) {
    try {
      nova::filter_registry().create(in.filters[i], in.config);
    } catch (const nova::UnknownNameError& e) {
      fail("filters[" + std::to_string(i) + "]", e.what());
    }
  }
  if (in.weighers)
    for (std::size_t i = 0; i < in.weighers->size(); ++i) {
      try {
        nova::weigher_registry().create((*in.weighers)[i], in.config);
      } catch (const nova::UnknownNameError& e) {
        fail("weighers[" + std::to_string(i) + "]", e.what());
      }
    }
  for (const auto& [key, value] : in.request.flavor.extra_specs) {
    const auto colon = key.find(':');
    const std::string scope = colon == std::string::npos ? "" : key.substr(0, colon);
    if (!scope.empty() && scope != "capabilities" && scope != "aggregate_instance_extra_specs") continue;
    if (auto problem = nova::extra_specs_ops::extra_spec_error(value))
      fail("request.flavor.extra_specs[\"" + key + "\"]", "bad value '" + value + "': " + *problem);
  }
  const auto& hints = in.request.scheduler_hints;
  if (auto it = hints.find("query"); it != hints.end() && !it->second.empty()) {
    const auto parsed = nlohmann::json::parse(it->second.front(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_array())
      fail("request.scheduler_hints.query", "bad value '" + it->second.front() + "': expected a JSON list such as [\">=\", \"$free_ram_mb\", 1024]");
  }
  if (auto it = hints.find("build_near_host_ip"); it != hints.end() && !it->second.empty() &&
                                                  !valid_ip(it->second.front()))
    fail("request.scheduler_hints.build_near_host_ip", "bad value '" + it->second.front() + "': expected an IP address");
  if (auto it = hints.find("cidr"); it != hints.end() && !it->second.empty()) {
    const std::string& c = it->second.front();
    const auto ip = hints.find("build_near_host_ip");
    const bool v6 = ip != hints.end() && !ip->second.empty() && ip->second.front().find(':') != std::string::npos;
    bool ok = c.size() >= 2 && c.size() <= 4 && c[0] == '/' && std::all_of(c.begin() + 1, c.end(), ::isdigit);
    if (ok) ok = std::stoi(c.substr(1)) <= (v6 ? 128 : 32);
    if (!ok) fail("request.scheduler_hints.cidr", "bad value '" + c + "': expected a prefix length such as /24");
  }
}

void run_schedule(ScheduleInput in, const ScheduleOptions& options, std::ostream& out) {
  validate_schedule_input(in, options.file_label);
  const nova::FilterScheduler scheduler(config_of(in));
  nlohmann::json report;

  if (options.json) {
    // 1. per filter and chained, over all hosts, instance 0 — before anything is consumed.
    nova::RequestSpec spec0 = in.request;
    if (!spec0.instance_uuids.empty()) spec0.instance_uuid = spec0.instance_uuids.front();
    nlohmann::json per_filter = nlohmann::json::object(), chain = nlohmann::json::array();
    std::vector<HostIndex> remaining = all_hosts(in.hosts);
    bool chain_done = false;
    for (const auto& name : scheduler.filter_names()) {
      const auto filter = nova::filter_registry().create(name, scheduler.config());
      std::vector<HostIndex> alone = all_hosts(in.hosts);
      filter->filter_all(in.hosts, spec0, alone);
      per_filter[name] = names(in.hosts, alone);
      if (chain_done || !filter->run_filter_for_index(0)) continue;
      filter->filter_all(in.hosts, spec0, remaining);
      chain.push_back({{"filter", name}, {"remaining", names(in.hosts, remaining)}});
      chain_done = remaining.empty();
    }
    report["per_filter_pass"] = per_filter;
    report["filter_chain"] = chain;
    // 2. get_filtered_hosts and weighing over all hosts (the legacy path's first sort).
    HostStates copy = in.hosts;
    nova::RequestSpec spec_copy = in.request;
    spec_copy.num_instances = 1;
    if (!spec_copy.instance_uuids.empty()) spec_copy.instance_uuids.resize(1);
    sim::PythonRandom scratch(in.seed);
    const auto first = scheduler.select_destinations(
        copy, spec_copy, nullptr, [&](std::uint64_t n) { return scratch.randbelow(n); }, true);
    nlohmann::json weighed = nlohmann::json::array();
    if (!first.traces.empty()) {
      const auto& t = first.traces.front();
      report["filtered"] = names(in.hosts, t.filtered);
      for (std::size_t i = 0; i < t.weighed.size(); ++i)
        weighed.push_back({{"host", hid(in.hosts, t.weighed[i])}, {"weight", t.weights[i]}});
    } else {
      report["filtered"] = nlohmann::json::array();
    }
    report["weighed"] = weighed;
  }

  // 3. The real pass.
  const HostStates before = in.hosts;
  InputPlacement placement(in);
  sim::PythonRandom rng(in.seed);
  const auto result = scheduler.select_destinations(
      in.hosts, in.request, in.use_placement ? &placement : nullptr,
      [&](std::uint64_t n) { return rng.randbelow(n); }, options.explain);

  if (options.json) {
    nlohmann::json selections = nlohmann::json::array();
    for (std::size_t i = 0; i < result.selections.size(); ++i) {
      const auto& s = result.selections[i];
      selections.push_back({{"instance_uuid", in.request.instance_uuids[i]},
                            {"host", in.hosts.host[s.host]},
                            {"nodename", in.hosts.nodename[s.host]},
                            {"alternates", names(in.hosts, s.alternates)}});
    }
    report["selections"] = selections;
    const bool failed = result.no_valid_host || !result.error.empty();
    report["no_valid_host"] = failed;
    if (!result.error.empty()) report["error"] = result.error;
    out << report.dump(1) << "\n";
    return;
  }

  // Text: the decision, and with --explain the why.
  const auto& f = in.request.flavor.sizes;
  out << "request: " << std::max<std::int64_t>(in.request.num_instances, 1) << " x " << f.name << " (" << f.vcpus
      << " vCPU, " << f.ram_mb << " MB RAM, " << f.disk_gb << " GB root)";
  if (in.request.availability_zone) out << " in AZ " << *in.request.availability_zone;
  out << ", seed " << in.seed << "\n";
  if (options.explain) {
    out << "placement: " << result.candidates.size() << " of " << before.size() << " hosts are allocation candidates\n";
    if (in.use_placement)
      for (HostIndex h = 0; h < before.size(); ++h)
        if (std::find(result.candidates.begin(), result.candidates.end(), h) == result.candidates.end())
          out << "  " << hid(before, h) << ": " << placement.rejection(before, h, in.request) << "\n";
    for (const auto& t : result.traces) {
      if (t.for_alternates)
        out << "re-sort for alternates (after instance " << t.index << "):\n";
      else
        out << "instance " << t.index << ":\n";
      explain_trace(before, t, out);
    }
  }
  if (!result.error.empty()) {
    out << "failed: " << result.error << "\n";
  } else if (result.no_valid_host) {
    out << "NoValidHost: " << (result.reason.empty() ? "no allocation candidates" : result.reason) << "\n";
  } else {
    for (std::size_t i = 0; i < result.selections.size(); ++i) {
      const auto& s = result.selections[i];
      out << "instance " << i << " -> " << hid(in.hosts, s.host) << "   alternates:";
      if (s.alternates.empty()) out << " none";
      for (HostIndex a : s.alternates) out << " " << hid(in.hosts, a);
      out << "\n";
    }
  }
}

}  // namespace stacktwin::cli
