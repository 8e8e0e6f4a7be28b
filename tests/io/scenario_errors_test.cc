// Every error form of scenario_error.h, asserted as the exact full message.
#include <gtest/gtest.h>

#include "scenario_test_util.h"
#include "sim/io/scenario_loader.h"

namespace stacktwin::io {
namespace {

using testing::data_path;
using testing::error_of;
using testing::file_error_of;
using testing::kBase;
using testing::replace;

constexpr const char* kHostKeys =
    "aggregates, availability_zone, count, cpu_allocation_ratio, disk, disk_allocation_ratio, "
    "memory, name, ram_allocation_ratio, vcpus";

TEST(ScenarioErrors, BaseDocumentIsValid) { EXPECT_EQ(error_of(kBase), "no error"); }

// --- unknown keys -------------------------------------------------------------------------

TEST(ScenarioErrors, UnknownKeyWithDidYouMean) {
  EXPECT_EQ(error_of(replace(kBase, "vcpus: 64", "vcpu: 64")),
            std::string("q.yaml:4:51: hosts[0].vcpu: unknown key 'vcpu' (did you mean 'vcpus'?); "
                        "valid keys: ") + kHostKeys);
  EXPECT_EQ(error_of(replace(kBase, "memory: 512GiB", "memroy: 512GiB")),
            std::string("q.yaml:4:62: hosts[0].memroy: unknown key 'memroy' (did you mean "
                        "'memory'?); valid keys: ") + kHostKeys);
}

TEST(ScenarioErrors, UnknownKeyWithoutSuggestion) {
  EXPECT_EQ(error_of(kBase + "colour: red\n"),
            "q.yaml:15:1: colour: unknown key 'colour'; valid keys: aggregates, duration, events, "
            "flavors, hosts, name, nova, output, seed, workload");
}

TEST(ScenarioErrors, UnknownKeyInNestedSection) {
  EXPECT_EQ(error_of(kBase + "nova:\n  DEFAULT: {cpu_ratio: 4}\n"),
            "q.yaml:16:13: nova.DEFAULT.cpu_ratio: unknown key 'cpu_ratio'; valid keys: "
            "cpu_allocation_ratio, disk_allocation_ratio, ram_allocation_ratio, "
            "reserved_host_cpus, reserved_host_disk_mb, reserved_host_memory_mb");
  EXPECT_EQ(error_of(kBase + "nova:\n  DEFAUL: {}\n"),
            "q.yaml:16:3: nova.DEFAUL: unknown key 'DEFAUL' (did you mean 'DEFAULT'?); valid "
            "keys: DEFAULT, filter_scheduler, scheduler");
}

// --- wrong types --------------------------------------------------------------------------

TEST(ScenarioErrors, WrongTypeInteger) {
  EXPECT_EQ(error_of(replace(kBase, "vcpus: 64", "vcpus: many")),
            "q.yaml:4:58: hosts[0].vcpus: bad value 'many': expected an integer");
  EXPECT_EQ(error_of(replace(kBase, "vcpus: 64", "vcpus: 6.5")),
            "q.yaml:4:58: hosts[0].vcpus: bad value '6.5': expected an integer");
}

TEST(ScenarioErrors, WrongTypeBoolean) {
  EXPECT_EQ(error_of(replace(kBase, "vcpus: 64", "vcpus: true")),
            "q.yaml:4:58: hosts[0].vcpus: bad value 'true': expected an integer");
  EXPECT_EQ(error_of(kBase + "nova: {DEFAULT: {ram_allocation_ratio: yes}}\n"),
            "q.yaml:15:40: nova.DEFAULT.ram_allocation_ratio: bad value 'yes': expected a number");
}

TEST(ScenarioErrors, WrongTypeReal) {
  EXPECT_EQ(error_of(kBase + "nova:\n  DEFAULT: {cpu_allocation_ratio: lots}\n"),
            "q.yaml:16:35: nova.DEFAULT.cpu_allocation_ratio: bad value 'lots': expected a number");
  EXPECT_EQ(error_of(replace(kBase, "m1.small: 0.7", "m1.small: .nan")),
            "q.yaml:12:25: workload[0].flavors[\"m1.small\"]: bad value '.nan': expected a number");
}

TEST(ScenarioErrors, WrongTypeDuration) {
  EXPECT_EQ(error_of(replace(kBase, "duration: 30d", "duration: 30 days")),
            "q.yaml:2:11: duration: bad value '30 days': expected a duration such as 250us, 30s, "
            "5m, 2h or 7d");
  EXPECT_EQ(error_of(replace(kBase, "at: 10d", "at: 10")),
            "q.yaml:14:10: events[0].at: bad value '10': expected a duration such as 250us, 30s, "
            "5m, 2h or 7d");
}

TEST(ScenarioErrors, WrongTypeSize) {
  EXPECT_EQ(error_of(replace(kBase, "memory: 512GiB", "memory: lots")),
            "q.yaml:4:70: hosts[0].memory: bad value 'lots': expected a size such as 512MiB, "
            "2TiB or 20GB");
  EXPECT_EQ(error_of(replace(kBase, "disk: 4TiB", "disk: 4Tb")),
            "q.yaml:4:84: hosts[0].disk: bad value '4Tb': expected a size such as 512MiB, 2TiB "
            "or 20GB");
}

TEST(ScenarioErrors, WrongTypeRate) {
  EXPECT_EQ(error_of(replace(kBase, "arrival_rate: 30/h", "arrival_rate: 30")),
            "q.yaml:10:19: workload[0].arrival_rate: bad value '30': expected a rate such as "
            "30/h, 5/s or 120/min");
}

TEST(ScenarioErrors, MapWhereScalarExpected) {
  EXPECT_EQ(error_of(replace(kBase, "name: q\n", "name: {a: 1}\n")),
            "q.yaml:1:7: name: bad value (a map): expected a string");
  EXPECT_EQ(error_of(replace(kBase, "vcpus: 64", "vcpus: [64]")),
            "q.yaml:4:58: hosts[0].vcpus: bad value (a list): expected an integer");
}

TEST(ScenarioErrors, ScalarWhereListOrMapExpected) {
  EXPECT_EQ(error_of(replace(kBase,
                             "events:\n  - {at: 10d, action: fail_hosts, class: std, count: 4}\n",
                             "events: soon\n")),
            "q.yaml:13:9: events: bad value 'soon': expected a list of events");
  EXPECT_EQ(error_of(kBase + "nova: [1]\n"),
            "q.yaml:15:7: nova: bad value (a list): expected a map with keys DEFAULT, "
            "filter_scheduler, scheduler");
  EXPECT_EQ(error_of(kBase + "output: x.h5\n"),
            "q.yaml:15:9: output: bad value 'x.h5': expected a map with keys file, "
            "sample_interval");
  EXPECT_EQ(error_of(replace(kBase, "{distribution: exponential, mean: 12h}", "12h")),
            "q.yaml:11:15: workload[0].lifetime: bad value '12h': expected a distribution such "
            "as {distribution: exponential, mean: 12h}");
  EXPECT_EQ(error_of(replace(kBase, "{m1.small: 0.7, m1.large: 0.3}", "m1.small")),
            "q.yaml:12:14: workload[0].flavors: bad value 'm1.small': expected a map of flavor "
            "name to weight > 0, such as {m1.small: 0.7, m1.large: 0.3}");
  EXPECT_EQ(error_of(replace(kBase, "  - {at: 10d", "  - [at: 10d")
                         .replace(kBase.size() - 2, 1, "]")),
            "q.yaml:14:5: events[0]: bad value (a list): expected a map with keys at, action, "
            "class, count");
}

TEST(ScenarioErrors, NullValues) {
  EXPECT_EQ(error_of(kBase + "seed:\n"),
            "q.yaml:15:1: seed: bad value (null): expected an integer in [0, "
            "18446744073709551615]");
  EXPECT_EQ(error_of(replace(kBase, "vcpus: 64", "vcpus: ~")),
            "q.yaml:4:58: hosts[0].vcpus: bad value (null): expected an integer");
  EXPECT_EQ(error_of(replace(kBase, "name: q\n", "name: ''\n")),
            "q.yaml:1:7: name: bad value '': expected a non-empty string");
}

TEST(ScenarioErrors, HugeIntegers) {
  EXPECT_EQ(error_of(replace(kBase, "count: 4,", "count: 99999999999999999999,")),
            "q.yaml:4:24: hosts[0].count: bad value '99999999999999999999': expected an integer");
  EXPECT_EQ(error_of(kBase + "seed: 18446744073709551616\n"),
            "q.yaml:15:7: seed: bad value '18446744073709551616': expected an integer in [0, "
            "18446744073709551615]");
  EXPECT_EQ(error_of(replace(kBase, "arrival_rate: 30/h", "arrival_rate: 1e308/ns")),
            "q.yaml:10:19: workload[0].arrival_rate: bad value '1e308/ns': expected a rate such "
            "as 30/h, 5/s or 120/min");
  EXPECT_EQ(error_of(replace(kBase, "duration: 30d", "duration: 1e300d")),
            "q.yaml:2:11: duration: bad value '1e300d': expected a duration such as 250us, 30s, "
            "5m, 2h or 7d");
}

// --- out of range -------------------------------------------------------------------------

TEST(ScenarioErrors, OutOfRange) {
  EXPECT_EQ(error_of(replace(kBase, "vcpus: 64", "vcpus: 0")),
            "q.yaml:4:58: hosts[0].vcpus: bad value '0': expected an integer >= 1");
  EXPECT_EQ(error_of(replace(kBase, "count: 4,", "count: -1,")),
            "q.yaml:4:24: hosts[0].count: bad value '-1': expected an integer >= 0");
  EXPECT_EQ(error_of(kBase + "nova: {DEFAULT: {cpu_allocation_ratio: 0}}\n"),
            "q.yaml:15:40: nova.DEFAULT.cpu_allocation_ratio: bad value '0': expected a number > 0");
  EXPECT_EQ(error_of(replace(kBase, "duration: 30d", "duration: 0s")),
            "q.yaml:2:11: duration: bad value '0s': expected a duration > 0");
  EXPECT_EQ(error_of(replace(kBase, "memory: 512GiB", "memory: 0")),
            "q.yaml:4:70: hosts[0].memory: bad value '0': expected a size > 0");
  EXPECT_EQ(error_of(replace(kBase, "arrival_rate: 30/h", "arrival_rate: 0/h")),
            "q.yaml:10:19: workload[0].arrival_rate: bad value '0/h': expected a rate > 0");
  EXPECT_EQ(error_of(replace(kBase, "at: 10d", "at: -1d")),
            "q.yaml:14:10: events[0].at: bad value '-1d': expected a time >= 0");
  EXPECT_EQ(error_of(replace(kBase, "m1.large: 0.3", "m1.large: 0")),
            "q.yaml:12:40: workload[0].flavors[\"m1.large\"]: bad value '0': expected a number > 0");
}

TEST(ScenarioErrors, EmptyListsAndMaps) {
  EXPECT_EQ(error_of(replace(kBase,
                             "hosts:\n  - {name: std, count: 4, availability_zone: az1, vcpus: "
                             "64, memory: 512GiB, disk: 4TiB}\n",
                             "hosts: []\n")),
            "q.yaml:3:8: hosts: bad value (an empty list): expected a list of host classes, at "
            "least 1");
  EXPECT_EQ(error_of(replace(kBase, "{m1.small: 0.7, m1.large: 0.3}", "{}")),
            "q.yaml:12:14: workload[0].flavors: bad value (an empty map): expected a map of "
            "flavor name to weight > 0, such as {m1.small: 0.7, m1.large: 0.3}");
}

// --- cross-field checks (validate) --------------------------------------------------------

TEST(ScenarioErrors, SampleIntervalLongerThanDuration) {
  EXPECT_EQ(error_of(kBase + "output: {sample_interval: 31d}\n"),
            "q.yaml:15:27: output.sample_interval: bad value '31d': expected a duration <= "
            "duration (30d)");
  // The default is named as such when it is the one that does not fit.
  EXPECT_EQ(error_of(replace(replace(kBase, "duration: 30d", "duration: 30m"), "at: 10d", "at: 10m")),
            "q.yaml: output.sample_interval: bad value '1h' (the default): expected a duration "
            "<= duration (30m)");
}

TEST(ScenarioErrors, EventAfterTheEnd) {
  EXPECT_EQ(error_of(replace(kBase, "at: 10d", "at: 720h")),
            "q.yaml:14:10: events[0].at: bad value '720h': expected a time < duration (30d)");
}

TEST(ScenarioErrors, WorkloadEndBeforeStart) {
  EXPECT_EQ(error_of(replace(kBase, "    arrival_rate: 30/h\n",
                             "    arrival_rate: 30/h\n    start: 2d\n    end: 1d\n")),
            "q.yaml:12:10: workload[0].end: bad value '1d': expected a time > start (2d)");
}

// --- unknown names ------------------------------------------------------------------------

TEST(ScenarioErrors, UnknownFlavor) {
  EXPECT_EQ(error_of(replace(kBase, "m1.small: 0.7", "m1.tiny: 0.7")),
            "q.yaml:12:15: workload[0].flavors: unknown flavor 'm1.tiny'; valid flavors: "
            "m1.large, m1.small");
  EXPECT_EQ(error_of(replace(kBase, "m1.large: 0.3", "m1.larg: 0.3")),
            "q.yaml:12:30: workload[0].flavors: unknown flavor 'm1.larg' (did you mean "
            "'m1.large'?); valid flavors: m1.large, m1.small");
}

TEST(ScenarioErrors, UnknownHostClass) {
  EXPECT_EQ(error_of(replace(kBase, "class: std", "class: gpu")),
            "q.yaml:14:42: events[0].class: unknown host class 'gpu'; valid host classes: std");
}

TEST(ScenarioErrors, UnknownAvailabilityZone) {
  EXPECT_EQ(error_of(replace(kBase, "    arrival_rate: 30/h\n",
                             "    arrival_rate: 30/h\n    availability_zone: az9\n")),
            "q.yaml:11:24: workload[0].availability_zone: unknown availability zone 'az9' (did "
            "you mean 'az1'?); valid availability zones: az1");
}

TEST(ScenarioErrors, UnknownAction) {
  EXPECT_EQ(error_of(replace(kBase, "action: fail_hosts", "action: explode")),
            "q.yaml:14:23: events[0].action: unknown action 'explode'; valid actions: "
            "add_hosts, fail_hosts, repair_hosts");
}

TEST(ScenarioErrors, UnknownKind) {
  EXPECT_EQ(error_of(replace(kBase, "kind: poisson", "kind: burst")),
            "q.yaml:9:11: workload[0].kind: unknown kind 'burst'; valid kinds: poisson");
}

TEST(ScenarioErrors, UnknownDistribution) {
  EXPECT_EQ(error_of(replace(kBase, "distribution: exponential", "distribution: pareto")),
            "q.yaml:11:30: workload[0].lifetime.distribution: unknown distribution 'pareto'; "
            "valid distributions: constant, empirical, exponential, gamma, lognormal, normal, "
            "uniform, weibull");
  EXPECT_EQ(error_of(replace(kBase, "distribution: exponential", "distribution: exponental")),
            "q.yaml:11:30: workload[0].lifetime.distribution: unknown distribution 'exponental' "
            "(did you mean 'exponential'?); valid distributions: constant, empirical, "
            "exponential, gamma, lognormal, normal, uniform, weibull");
}

// --- distributions ------------------------------------------------------------------------

std::string lifetime_error(const std::string& spec) {
  return error_of(replace(kBase, "{distribution: exponential, mean: 12h}", spec));
}

TEST(ScenarioErrors, DistributionMissingParameter) {
  EXPECT_EQ(lifetime_error("{distribution: exponential}"),
            "q.yaml:11:15: workload[0].lifetime: missing required key 'mean' (exponential takes "
            "mean)");
  EXPECT_EQ(lifetime_error("{distribution: lognormal, median: 2h}"),
            "q.yaml:11:15: workload[0].lifetime: missing required key 'p99' (lognormal takes "
            "median and p99, or mu and sigma)");
  EXPECT_EQ(lifetime_error("{mean: 2h}"),
            "q.yaml:11:15: workload[0].lifetime: missing required key 'distribution'");
}

TEST(ScenarioErrors, DistributionParameterOfAnotherKind) {
  EXPECT_EQ(lifetime_error("{distribution: exponential, mean: 1h, stddev: 1h}"),
            "q.yaml:11:53: workload[0].lifetime.stddev: unknown key 'stddev'; valid keys: "
            "distribution, mean");
  EXPECT_EQ(lifetime_error("{distribution: lognormal, median: 2h, sigma: 1}"),
            "q.yaml:11:53: workload[0].lifetime.sigma: key 'sigma' does not go with 'median' "
            "(lognormal takes median and p99, or mu and sigma)");
}

TEST(ScenarioErrors, DistributionCrossChecks) {
  EXPECT_EQ(lifetime_error("{distribution: lognormal, median: 2h, p99: 120m}"),
            "q.yaml:11:58: workload[0].lifetime.p99: bad value '120m': expected a duration > "
            "median (2h)");
  EXPECT_EQ(lifetime_error("{distribution: uniform, min: 2h, max: 1h}"),
            "q.yaml:11:53: workload[0].lifetime.max: bad value '1h': expected a duration > min "
            "(2h)");
}

TEST(ScenarioErrors, DistributionParameterRange) {
  EXPECT_EQ(lifetime_error("{distribution: exponential, mean: 0s}"),
            "q.yaml:11:49: workload[0].lifetime.mean: bad value '0s': expected a duration > 0");
  EXPECT_EQ(lifetime_error("{distribution: gamma, shape: -1, scale: 1h}"),
            "q.yaml:11:44: workload[0].lifetime.shape: bad value '-1': expected a number > 0");
  EXPECT_EQ(lifetime_error("{distribution: lognormal, mu: 1, sigma: 0}"),
            "q.yaml:11:55: workload[0].lifetime.sigma: bad value '0': expected a number > 0");
  EXPECT_EQ(lifetime_error("{distribution: empirical, samples: []}"),
            "q.yaml:11:50: workload[0].lifetime.samples: bad value (an empty list): expected a "
            "list of durations, at least 1");
  EXPECT_EQ(lifetime_error("{distribution: empirical, samples: [1h, soon]}"),
            "q.yaml:11:55: workload[0].lifetime.samples[1]: bad value 'soon': expected a "
            "duration such as 250us, 30s, 5m, 2h or 7d");
}

// --- missing and duplicate ----------------------------------------------------------------

TEST(ScenarioErrors, MissingRequiredKey) {
  EXPECT_EQ(error_of(replace(kBase, "vcpus: 64, ", "")),
            "q.yaml:4:5: hosts[0]: missing required key 'vcpus'");
  EXPECT_EQ(error_of(replace(kBase, "name: q\n", "")), "q.yaml:1:1: missing required key 'name'");
  EXPECT_EQ(error_of(replace(kBase, "    arrival_rate: 30/h\n", "")),
            "q.yaml:9:5: workload[0]: missing required key 'arrival_rate'");
}

TEST(ScenarioErrors, DuplicateNames) {
  EXPECT_EQ(error_of(replace(kBase, "{name: m1.large", "{name: m1.small")),
            "q.yaml:7:12: flavors[1].name: duplicate flavor 'm1.small' (first at line 6)");
  EXPECT_EQ(error_of(replace(kBase, "flavors:\n",
                             "  - {name: std, vcpus: 1, memory: 1GiB, disk: 0}\nflavors:\n")),
            "q.yaml:5:12: hosts[1].name: duplicate host class 'std' (first at line 4)");
}

TEST(ScenarioErrors, DuplicateKey) {
  EXPECT_EQ(error_of(kBase + "name: r\n"), "q.yaml:15:1: name: duplicate key 'name' (first at line 1)");
}

// --- the file itself ----------------------------------------------------------------------

TEST(ScenarioErrors, MalformedYaml) {
  EXPECT_EQ(error_of("name: q\noutput: {file: x.h5\n"),
            "q.yaml:3:1: malformed YAML: end of map flow not found");
  EXPECT_EQ(error_of("name: q\n  bad: indent\n"), "q.yaml:2:6: malformed YAML: illegal map value");
}

TEST(ScenarioErrors, MissingFile) {
  EXPECT_EQ(file_error_of("missing.yaml"),
            "missing.yaml: cannot read scenario file: No such file or directory");
  const std::string dir = data_path("");
  EXPECT_EQ(file_error_of(dir), dir + ": cannot read scenario file: Is a directory");
}

TEST(ScenarioErrors, FixtureFileNamesItsPath) {
  const std::string path = data_path("bad_unknown_key.yaml");
  EXPECT_EQ(file_error_of(path),
            path + ":6:52: hosts[0].vcpu: unknown key 'vcpu' (did you mean 'vcpus'?); valid "
                   "keys: " + kHostKeys);
}

TEST(ScenarioErrors, RootIsNotAMap) {
  EXPECT_EQ(error_of("- a\n- b\n"),
            "q.yaml:1:1: bad value (a list): expected a map with keys name, seed, duration, "
            "output, hosts, aggregates, flavors, nova, workload, events");
  EXPECT_EQ(error_of(""),
            "q.yaml: the file holds no YAML document; expected a map with keys name, seed, "
            "duration, output, hosts, aggregates, flavors, nova, workload, events");
}

// --- --set --------------------------------------------------------------------------------

TEST(ScenarioErrors, SetWithoutEquals) {
  EXPECT_EQ(error_of(kBase, {"foo"}), "--set foo: expected key.path=value");
}

TEST(ScenarioErrors, SetBadPath) {
  EXPECT_EQ(error_of(kBase, {"hosts[x].count=3"}),
            "--set hosts[x].count=3: bad key path 'hosts[x].count': expected keys joined by '.', "
            "list indexes such as [0] and quoted keys such as [\"m1.small\"]");
  EXPECT_EQ(error_of(kBase, {"=3"}),
            "--set =3: bad key path '': expected keys joined by '.', list indexes such as [0] "
            "and quoted keys such as [\"m1.small\"]");
  EXPECT_EQ(error_of(kBase, {"a..b=3"}),
            "--set a..b=3: bad key path 'a..b': expected keys joined by '.', list indexes such "
            "as [0] and quoted keys such as [\"m1.small\"]");
}

TEST(ScenarioErrors, SetNoSuchListElement) {
  EXPECT_EQ(error_of(kBase, {"hosts[5].count=3"}),
            "--set hosts[5].count=3: no such list element hosts[5] (the list has 1)");
  EXPECT_EQ(error_of(kBase, {"events[1]={at: 1d}"}),
            "--set events[1]={at: 1d}: no such list element events[1] (the list has 1)");
}

TEST(ScenarioErrors, SetThroughTheWrongKindOfNode) {
  EXPECT_EQ(error_of(kBase, {"seed=1", "seed.x=1"}), "--set seed.x=1: seed is not a map");
  EXPECT_EQ(error_of(kBase, {"hosts.count=1"}),
            "--set hosts.count=1: hosts is a list; use an index such as hosts[0]");
  EXPECT_EQ(error_of(kBase, {"nova[0]=1"}), "--set nova[0]=1: nova is not a list");
}

TEST(ScenarioErrors, SetBadValue) {
  EXPECT_EQ(error_of(kBase, {"hosts[0].vcpus=abc"}),
            "--set hosts[0].vcpus=abc: hosts[0].vcpus: bad value 'abc': expected an integer");
  EXPECT_EQ(error_of(kBase, {"hosts[0].vcpus="}),
            "--set hosts[0].vcpus=: hosts[0].vcpus: bad value (null): expected an integer");
  EXPECT_EQ(error_of(kBase, {"seed={"}), "--set seed={: malformed YAML: end of map flow not found");
}

TEST(ScenarioErrors, SetUnknownKeyIsRejectedByTheSchema) {
  EXPECT_EQ(error_of(kBase, {"hosts[0].vcpu=8"}),
            std::string("--set hosts[0].vcpu=8: hosts[0].vcpu: unknown key 'vcpu' (did you mean "
                        "'vcpus'?); valid keys: ") + kHostKeys);
  EXPECT_EQ(error_of(kBase, {"nova.DEFAULT.cpu_ratio=4"}),
            "--set nova.DEFAULT.cpu_ratio=4: nova.DEFAULT.cpu_ratio: unknown key 'cpu_ratio'; "
            "valid keys: cpu_allocation_ratio, disk_allocation_ratio, ram_allocation_ratio, "
            "reserved_host_cpus, reserved_host_disk_mb, reserved_host_memory_mb");
}

TEST(ScenarioErrors, SetValueFailsCrossCheck) {
  EXPECT_EQ(error_of(kBase, {"events[0].class=gpu"}),
            "--set events[0].class=gpu: events[0].class: unknown host class 'gpu'; valid host "
            "classes: std");
  EXPECT_EQ(error_of(kBase, {"flavors[1].name=m1.small"}),
            "--set flavors[1].name=m1.small: flavors[1].name: duplicate flavor 'm1.small' (first "
            "at line 6)");
}

// --- validate() on configurations built in code -------------------------------------------

TEST(ScenarioValidate, CodeBuiltConfigCitesTheFileAndPath) {
  ScenarioConfig c = load_scenario_text(kBase, "q.yaml");
  c.value_origins.clear();
  for (auto& h : c.hosts) h.origin = {};
  for (auto& w : c.workload) {
    w.origin = {};
    w.flavor_origins.clear();
  }
  c.source_file = "built-in";
  EXPECT_NO_THROW(validate(c));
  c.workload[0].flavors[0].first = "m1.tiny";
  try {
    validate(c);
    FAIL() << "no error";
  } catch (const ScenarioError& e) {
    EXPECT_STREQ(e.what(),
                 "built-in: workload[0].flavors: unknown flavor 'm1.tiny'; valid flavors: "
                 "m1.large, m1.small");
  }
  c.workload[0].flavors[0].first = "m1.small";
  c.output.sample_interval = sim::days(31);
  try {
    validate(c);
    FAIL() << "no error";
  } catch (const ScenarioError& e) {
    EXPECT_STREQ(e.what(),
                 "built-in: output.sample_interval: bad value '31d': expected a duration <= "
                 "duration (30d)");
    EXPECT_EQ(e.problem(), "bad value '31d': expected a duration <= duration (30d)");
    EXPECT_EQ(e.origin().path, "output.sample_interval");
  }
}

}  // namespace
}  // namespace stacktwin::io
