// The one error type of scenario loading: every problem with a scenario file or a --set
// override is a ScenarioError whose what() is one line saying where, which key, and what is
// wrong (STYLE.md rules 10 and 11: bad input is an error, never an assert).
//
//   <location>: <yaml.path>: <problem>        the path is left out where there is none
//
// where <location> is "file:line:column" (1-based, the offending node), "file" when no line
// is known, or "--set <override text>" for values that came from an override. The forms, as
// tests/io/scenario_errors_test.cc and scenario_robustness_test.cc assert them:
//
// unknown keys (a suggestion when one is within max(2, length/3) edits):
//   q.yaml:4:51: hosts[0].vcpu: unknown key 'vcpu' (did you mean 'vcpus'?); valid keys: availability_zone, count, ...
//   q.yaml:15:1: colour: unknown key 'colour'; valid keys: duration, events, flavors, hosts, name, nova, output, seed, workload
// wrong type (a scalar quoted as written; otherwise (a map), (a list), (an empty map),
// (an empty list), (null)):
//   q.yaml:4:58: hosts[0].vcpus: bad value 'many': expected an integer
//   q.yaml:2:11: duration: bad value '30 days': expected a duration such as 250us, 30s, 5m, 2h or 7d
//   q.yaml:1:7: name: bad value (a map): expected a string
//   q.yaml:13:9: events: bad value 'soon': expected a list of events
//   q.yaml:15:1: seed: bad value (null): expected an integer in [0, 18446744073709551615]
//   q.yaml:18:38: nova.filter_scheduler.shuffle_best_same_weighed_hosts: bad value 'yes': expected true or false
//   q.yaml:16:21: nova.filter_scheduler.weight_classes: bad value 'RAMWeigher': expected a list of weigher names
//   q.yaml:15:38: nova.filter_scheduler.enabled_filters[1]: bad value '': expected a non-empty string
//   q.yaml:7:28: aggregates[1].metadata: bad value (a list): expected a map of keys to text values
//   q.yaml:6:73: aggregates[0].metadata["n"]: bad value (null): expected a string
//   q.yaml:6:28: aggregates[0].metadata[""]: bad key '': expected a non-empty string
// out of range, alone or against another value:
//   q.yaml:4:58: hosts[0].vcpus: bad value '0': expected an integer >= 1
//   q.yaml:3:8: hosts: bad value (an empty list): expected a list of host classes, at least 1
//   q.yaml:15:27: output.sample_interval: bad value '31d': expected a duration <= duration (30d)
//   q.yaml: output.sample_interval: bad value '1h' (the default): expected a duration <= duration (30m)
//   q.yaml:14:10: events[0].at: bad value '720h': expected a time < duration (30d)
//   q.yaml:12:10: workload[0].end: bad value '1d': expected a time > start (2d)
//   q.yaml:11:58: workload[0].lifetime.p99: bad value '120m': expected a duration > median (2h)
// unknown names (sorted; a suggestion as for keys):
//   q.yaml:12:15: workload[0].flavors: unknown flavor 'm1.tiny'; valid flavors: m1.large, m1.small
//   q.yaml:14:42: events[0].class: unknown host class 'gpu'; valid host classes: std
//   q.yaml:11:24: workload[0].availability_zone: unknown availability zone 'az9' (did you mean 'az1'?); valid availability zones: az1
//   q.yaml:14:23: events[0].action: unknown action 'explode'; valid actions: add_hosts, fail_hosts, repair_hosts
//   q.yaml:9:11: workload[0].kind: unknown kind 'burst'; valid kinds: poisson
//   q.yaml:11:30: workload[0].lifetime.distribution: unknown distribution 'pareto'; valid distributions: constant, ...
//   q.yaml:30:13: nova.scheduler.driver: unknown driver 'chance'; valid drivers: chance_scheduler, filter_scheduler, first_candidate
// names the models know (checked when scenario_checks() has them, scenario_loader.h):
//   q.yaml:15:38: nova.filter_scheduler.enabled_filters[1]: unknown filter 'RamFiltr' (did you mean 'RamFilter'?); valid filters: AggregateCoreFilter, ...
//   q.yaml:16:34: nova.filter_scheduler.weight_classes[1]: unknown weigher 'CPUWeighr' (did you mean 'CPUWeigher'?); valid weighers: BuildFailureWeigher, ...
//   q.yaml:4:69: hosts[0].aggregates[0]: unknown aggregate 'sdd' (did you mean 'ssd'?); valid aggregates: fast, ssd
//   q.yaml:4:103: hosts[0].aggregates[0]: unknown aggregate 'ssd'; no aggregates are declared
// flavor extra specs that filters match (unscoped, capabilities:, aggregate_instance_extra_specs:),
// with the text of nova::extra_specs_ops::extra_spec_error:
//   q.yaml:10:92: flavors[0].extra_specs["capabilities:cpu_info"]: bad value '> 4': unknown extra spec operator '>' (valid: =, ...); Nova would compare the whole string '> 4' for equality
// missing, mixed and duplicate:
//   q.yaml:4:5: hosts[0]: missing required key 'vcpus'
//   q.yaml:11:15: workload[0].lifetime: missing required key 'p99' (lognormal takes median and p99, or mu and sigma)
//   q.yaml:11:53: workload[0].lifetime.sigma: key 'sigma' does not go with 'median' (lognormal takes median and p99, or mu and sigma)
//   q.yaml:7:12: flavors[1].name: duplicate flavor 'm1.small' (first at line 6)
//   q.yaml:7:11: aggregates[1].name: duplicate aggregate 'ssd' (first at line 6)
//   q.yaml:15:49: nova.filter_scheduler.enabled_filters[2]: duplicate filter 'RamFilter' (first at line 15)
//   q.yaml:16:34: nova.filter_scheduler.weight_classes[1]: duplicate weigher 'RAMWeigher' (first at line 16)
//   q.yaml:4:74: hosts[0].aggregates[1]: duplicate aggregate 'ssd' (first at line 4)
//   q.yaml:15:1: name: duplicate key 'name' (first at line 1)
// the document:
//   q.yaml:3:1: malformed YAML: end of map flow not found
//   q.yaml:2:12: malformed YAML: an alias inside its own anchor
//   q.yaml:1:3: bad key (a list): expected a string
//   q.yaml:3:1: a second YAML document; a scenario file holds one
//   q.yaml:1:70: nested more than 64 levels deep
//   q.yaml:6:45: more than 1000000 YAML nodes (after expanding aliases)
//   q.yaml:1:1: bad value '42': expected a map with keys name, seed, duration, output, hosts, ...
//   q.yaml: the file holds no YAML document; expected a map with keys name, seed, ...
//   missing.yaml: cannot read scenario file: No such file or directory
// --set:
//   --set foo: expected key.path=value
//   --set hosts[x].count=3: bad key path 'hosts[x].count': expected keys joined by '.', list indexes such as [0] and quoted keys such as ["m1.small"]
//   --set hosts[5].count=3: no such list element hosts[5] (the list has 1)
//   --set seed.x=1: seed is not a map
//   --set hosts.count=1: hosts is a list; use an index such as hosts[0]
//   --set nova[0]=1: nova is not a list
//   --set hosts[0].vcpus=abc: hosts[0].vcpus: bad value 'abc': expected an integer
//   --set seed={: malformed YAML: end of map flow not found
//
// Values in messages are quoted as written, with control characters escaped and anything
// beyond 60 characters cut to "...", so a message is always one line.
#pragma once

#include <stdexcept>
#include <string>

#include "sim/io/scenario_config.h"

namespace stacktwin::io {

class ScenarioError : public std::runtime_error {
 public:
  ScenarioError(Origin origin, std::string problem);

  const Origin& origin() const { return origin_; }
  const std::string& problem() const { return problem_; }

 private:
  Origin origin_;
  std::string problem_;
};

// "q.yaml:7:52", "q.yaml" (no line known) or "--set hosts[0].vcpus=8".
std::string format_location(const Origin& origin);

}  // namespace stacktwin::io
