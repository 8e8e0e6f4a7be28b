// Loading scenarios: every value of the quickstart example, defaults, --set precedence and
// the resolved YAML written to /meta.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "scenario_test_util.h"
#include "sim/io/scenario_loader.h"

namespace stacktwin::io {
namespace {

using testing::data_path;
using testing::kBase;
using testing::replace;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(ScenarioLoader, QuickstartEveryValue) {
  const std::string path = data_path("quickstart.yaml");
  const ScenarioConfig c = load_scenario(path, {});

  EXPECT_EQ(c.source_file, path);
  EXPECT_EQ(c.source_text, read_file(path));
  EXPECT_TRUE(c.overrides.empty());
  EXPECT_EQ(c.name, "quickstart");
  EXPECT_EQ(c.seed, 42u);
  EXPECT_EQ(c.duration, sim::days(30));
  EXPECT_EQ(c.output.file, "quickstart.h5");
  EXPECT_EQ(c.output.sample_interval, sim::hours(1));

  ASSERT_EQ(c.hosts.size(), 1u);
  const HostClassConfig& h = c.hosts[0];
  EXPECT_EQ(h.name, "std");
  EXPECT_EQ(h.count, 40);
  EXPECT_EQ(h.availability_zone, "az1");
  EXPECT_EQ(h.vcpus, 64);
  EXPECT_EQ(h.memory_bytes, 512LL << 30);
  EXPECT_EQ(h.disk_bytes, 4LL << 40);
  EXPECT_FALSE(h.cpu_allocation_ratio);
  EXPECT_FALSE(h.ram_allocation_ratio);
  EXPECT_FALSE(h.disk_allocation_ratio);
  EXPECT_EQ(h.origin.file, path);
  EXPECT_EQ(h.origin.line, 6);
  EXPECT_EQ(h.origin.column, 5);
  EXPECT_EQ(h.origin.path, "hosts[0]");

  ASSERT_EQ(c.flavors.size(), 2u);
  EXPECT_EQ(c.flavors[0].name, "m1.small");
  EXPECT_EQ(c.flavors[0].vcpus, 1);
  EXPECT_EQ(c.flavors[0].ram_mb, 2048);
  EXPECT_EQ(c.flavors[0].disk_gb, 20);
  EXPECT_EQ(c.flavors[0].ephemeral_gb, 0);
  EXPECT_EQ(c.flavors[0].swap_mb, 0);
  EXPECT_EQ(c.flavors[1].name, "m1.large");
  EXPECT_EQ(c.flavors[1].vcpus, 4);
  EXPECT_EQ(c.flavors[1].ram_mb, 8192);
  EXPECT_EQ(c.flavors[1].disk_gb, 80);
  EXPECT_EQ(c.flavors[1].origin.line, 9);
  EXPECT_EQ(c.flavors[1].origin.path, "flavors[1]");

  EXPECT_EQ(c.nova.DEFAULT.cpu_allocation_ratio, 16.0);
  EXPECT_EQ(c.nova.DEFAULT.ram_allocation_ratio, 1.5);
  EXPECT_EQ(c.nova.DEFAULT.disk_allocation_ratio, 1.0);
  EXPECT_EQ(c.nova.DEFAULT.reserved_host_memory_mb, 512);
  EXPECT_EQ(c.nova.DEFAULT.reserved_host_cpus, 0);
  EXPECT_EQ(c.nova.DEFAULT.reserved_host_disk_mb, 0);

  ASSERT_EQ(c.workload.size(), 1u);
  const WorkloadConfig& w = c.workload[0];
  EXPECT_EQ(w.kind, "poisson");
  EXPECT_DOUBLE_EQ(w.arrival_rate_per_s, 30.0 / 3600.0);
  EXPECT_EQ(w.lifetime.mean(), 43200.0);
  EXPECT_EQ(w.lifetime_text, "exponential(mean=43200)");
  EXPECT_EQ(w.lifetime_spec.kind, "exponential");
  ASSERT_EQ(w.lifetime_spec.params.size(), 1u);
  EXPECT_EQ(w.lifetime_spec.params[0].first, "mean");
  EXPECT_EQ(std::get<sim::Duration>(w.lifetime_spec.params[0].second), sim::hours(12));
  ASSERT_EQ(w.flavors.size(), 2u);
  EXPECT_EQ(w.flavors[0], (std::pair<std::string, double>{"m1.small", 0.7}));
  EXPECT_EQ(w.flavors[1], (std::pair<std::string, double>{"m1.large", 0.3}));
  ASSERT_EQ(w.flavor_origins.size(), 2u);
  EXPECT_EQ(w.flavor_origins[1].line, 17);
  EXPECT_EQ(w.flavor_origins[1].column, 30);
  EXPECT_EQ(w.flavor_origins[1].path, "workload[0].flavors");
  EXPECT_EQ(w.availability_zone, "");
  EXPECT_EQ(w.start, sim::Time::zero());
  EXPECT_FALSE(w.end);
  EXPECT_EQ(w.origin.line, 14);
  EXPECT_EQ(w.origin.column, 5);

  ASSERT_EQ(c.events.size(), 2u);
  EXPECT_EQ(c.events[0].at, sim::Time::zero() + sim::days(10));
  EXPECT_EQ(c.events[0].action, "fail_hosts");
  EXPECT_EQ(c.events[0].host_class, "std");
  EXPECT_EQ(c.events[0].count, 4);
  EXPECT_EQ(c.events[0].origin.line, 19);
  EXPECT_EQ(c.events[1].at, sim::Time::zero() + sim::days(15));
  EXPECT_EQ(c.events[1].action, "add_hosts");
  EXPECT_EQ(c.events[1].count, 8);

  // Where each value came from, as written.
  const Origin& vcpus = c.value_origins.at("hosts[0].vcpus");
  EXPECT_EQ(vcpus.line, 6);
  EXPECT_EQ(vcpus.column, 59);
  EXPECT_EQ(vcpus.text, "64");
  EXPECT_EQ(c.value_origins.at("duration").text, "30d");
}

TEST(ScenarioLoader, DefaultsFillEveryOmittedKey) {
  const ScenarioConfig c = load_scenario_text(
      "name: tiny\n"
      "duration: 2d\n"
      "hosts: [{name: std, vcpus: 8, memory: 64GiB, disk: 0}]\n"
      "flavors: [{name: f, vcpus: 1, ram: 512}]\n"
      "workload:\n"
      "  - {kind: poisson, arrival_rate: 1/h, lifetime: {distribution: constant, value: 1h},"
      " flavors: {f: 1}}\n"
      "events: [{at: 1d, action: fail_hosts, class: std}]\n",
      "tiny.yaml");
  EXPECT_EQ(c.seed, 1u);
  EXPECT_EQ(c.output.file, "tiny.h5");
  EXPECT_EQ(c.output.sample_interval, sim::hours(1));
  EXPECT_EQ(c.hosts[0].count, 1);
  EXPECT_EQ(c.hosts[0].availability_zone, "nova");
  EXPECT_EQ(c.hosts[0].disk_bytes, 0);
  EXPECT_FALSE(c.hosts[0].cpu_allocation_ratio);
  EXPECT_EQ(c.flavors[0].disk_gb, 0);
  EXPECT_EQ(c.flavors[0].ephemeral_gb, 0);
  EXPECT_EQ(c.flavors[0].swap_mb, 0);
  EXPECT_EQ(c.nova.DEFAULT.cpu_allocation_ratio, 16.0);
  EXPECT_EQ(c.nova.DEFAULT.ram_allocation_ratio, 1.5);
  EXPECT_EQ(c.nova.DEFAULT.disk_allocation_ratio, 1.0);
  EXPECT_EQ(c.nova.DEFAULT.reserved_host_memory_mb, 512);
  EXPECT_EQ(c.nova.DEFAULT.reserved_host_cpus, 0);
  EXPECT_EQ(c.nova.DEFAULT.reserved_host_disk_mb, 0);
  EXPECT_EQ(c.workload[0].start, sim::Time::zero());
  EXPECT_FALSE(c.workload[0].end);
  EXPECT_EQ(c.workload[0].availability_zone, "");
  EXPECT_EQ(c.events[0].count, 1);
  // Defaults have no origin: they were not written anywhere.
  EXPECT_EQ(c.value_origins.count("seed"), 0u);
}

TEST(ScenarioLoader, EmptySectionsAndListsMayBeNull) {
  const ScenarioConfig c = load_scenario_text(
      "name: n\nduration: 1d\nhosts: [{name: h, vcpus: 1, memory: 1GiB, disk: 0}]\n"
      "flavors: [{name: f, vcpus: 1, ram: 1}]\noutput:\nnova: ~\nworkload:\nevents: []\n",
      "n.yaml");
  EXPECT_EQ(c.output.file, "n.h5");
  EXPECT_EQ(c.nova.DEFAULT.cpu_allocation_ratio, 16.0);
  EXPECT_TRUE(c.workload.empty());
  EXPECT_TRUE(c.events.empty());
}

TEST(ScenarioLoader, SetOverridesFileValue) {
  const ScenarioConfig c =
      load_scenario_text(kBase, "q.yaml", {"hosts[0].count=10", "seed=7", "workload[0].arrival_rate=60/h"});
  EXPECT_EQ(c.hosts[0].count, 10);
  EXPECT_EQ(c.seed, 7u);
  EXPECT_DOUBLE_EQ(c.workload[0].arrival_rate_per_s, 60.0 / 3600.0);
  EXPECT_EQ(c.overrides, (std::vector<std::string>{"hosts[0].count=10", "seed=7",
                                                    "workload[0].arrival_rate=60/h"}));
  const Origin& o = c.value_origins.at("hosts[0].count");
  EXPECT_EQ(o.file, "--set");
  EXPECT_EQ(o.override_text, "hosts[0].count=10");
  EXPECT_EQ(o.text, "10");
}

TEST(ScenarioLoader, SetOverridesDefault) {
  // The file has no nova section: the path is created, the default overridden.
  const ScenarioConfig c = load_scenario_text(kBase, "q.yaml",
                                              {"nova.DEFAULT.cpu_allocation_ratio=4"});
  EXPECT_EQ(c.nova.DEFAULT.cpu_allocation_ratio, 4.0);
  EXPECT_EQ(c.nova.DEFAULT.ram_allocation_ratio, 1.5);
}

TEST(ScenarioLoader, SetAddsOptionalKeys) {
  const ScenarioConfig c = load_scenario_text(
      kBase, "q.yaml",
      {"hosts[0].cpu_allocation_ratio=2.5", "workload[0].end=20d",
       "workload[0].availability_zone=az1"});
  EXPECT_EQ(c.hosts[0].cpu_allocation_ratio, 2.5);
  EXPECT_EQ(c.workload[0].end, sim::Time::zero() + sim::days(20));
  EXPECT_EQ(c.workload[0].availability_zone, "az1");
}

TEST(ScenarioLoader, SetLaterOverrideWins) {
  const ScenarioConfig c = load_scenario_text(kBase, "q.yaml", {"seed=7", "seed=9"});
  EXPECT_EQ(c.seed, 9u);
}

TEST(ScenarioLoader, SetQuotedKeyAndFlowValues) {
  const ScenarioConfig c = load_scenario_text(
      kBase, "q.yaml",
      {"workload[0].flavors[\"m1.small\"]=0.5", "output={file: x.h5, sample_interval: 5m}",
       "workload[0].lifetime={distribution: lognormal, median: 2h, p99: 3d}",
       "events[0]={at: 1d, action: repair_hosts, class: std}"});
  EXPECT_EQ(c.workload[0].flavors[0], (std::pair<std::string, double>{"m1.small", 0.5}));
  EXPECT_EQ(c.output.file, "x.h5");
  EXPECT_EQ(c.output.sample_interval, sim::minutes(5));
  EXPECT_EQ(c.workload[0].lifetime_spec.kind, "lognormal");
  EXPECT_EQ(c.events[0].action, "repair_hosts");
  EXPECT_EQ(c.events[0].count, 1);
}

TEST(ScenarioLoader, DistributionsBuildInSeconds) {
  auto lifetime = [](const std::string& spec) {
    return load_scenario_text(replace(kBase, "{distribution: exponential, mean: 12h}", spec),
                              "q.yaml")
        .workload[0];
  };
  EXPECT_EQ(lifetime("{distribution: constant, value: 90m}").lifetime_text, "constant(value=5400)");
  EXPECT_EQ(lifetime("{distribution: exponential, mean: 1d}").lifetime.mean(), 86400.0);
  const WorkloadConfig ln = lifetime("{distribution: lognormal, median: 2h, p99: 3d}");
  EXPECT_EQ(ln.lifetime_text, sim::Distribution::lognormal_median_p99(7200, 259200).describe());
  const WorkloadConfig mu = lifetime("{distribution: lognormal, mu: 8.5, sigma: 1.25}");
  EXPECT_EQ(mu.lifetime_text, "lognormal(mu=8.5, sigma=1.25)");
  EXPECT_EQ(lifetime("{distribution: normal, mean: 1h, stddev: 10m}").lifetime_text,
            "normal(mean=3600, stddev=600)");
  EXPECT_EQ(lifetime("{distribution: uniform, min: 0s, max: 2h}").lifetime_text,
            "uniform(min=0, max=7200)");
  EXPECT_EQ(lifetime("{distribution: gamma, shape: 2, scale: 30m}").lifetime_text,
            "gamma(shape=2, scale=1800)");
  EXPECT_EQ(lifetime("{distribution: weibull, shape: 0.8, scale: 1d}").lifetime_text,
            "weibull(shape=0.8, scale=86400)");
  const WorkloadConfig emp = lifetime("{distribution: empirical, samples: [1h, 30m, 2h]}");
  EXPECT_EQ(emp.lifetime_text, "empirical(n=3)");
  EXPECT_DOUBLE_EQ(emp.lifetime.mean(), (1800 + 3600) / 2.0 / 2 + (3600 + 7200) / 2.0 / 2);
}

constexpr const char* kQuickstartResolved = R"(name: quickstart
seed: 42
duration: 30d
output:
  file: quickstart.h5
  sample_interval: 1h
hosts:
  - name: std
    count: 40
    availability_zone: az1
    vcpus: 64
    memory: 512GiB
    disk: 4TiB
    aggregates: []
aggregates: []
flavors:
  - name: m1.small
    vcpus: 1
    ram: 2048
    disk: 20
    ephemeral: 0
    swap: 0
    extra_specs: {}
  - name: m1.large
    vcpus: 4
    ram: 8192
    disk: 80
    ephemeral: 0
    swap: 0
    extra_specs: {}
nova:
  DEFAULT:
    cpu_allocation_ratio: 16
    ram_allocation_ratio: 1.5
    disk_allocation_ratio: 1
    reserved_host_memory_mb: 512
    reserved_host_cpus: 0
    reserved_host_disk_mb: 0
  filter_scheduler:
    enabled_filters: [ComputeFilter, ComputeCapabilitiesFilter, ImagePropertiesFilter, ServerGroupAntiAffinityFilter, ServerGroupAffinityFilter]
    weight_classes: []
    host_subset_size: 1
    shuffle_best_same_weighed_hosts: false
    max_io_ops_per_host: 8
    max_instances_per_host: 50
    ram_weight_multiplier: 1
    cpu_weight_multiplier: 1
    disk_weight_multiplier: 1
    io_ops_weight_multiplier: -1
    pci_weight_multiplier: 1
    soft_affinity_weight_multiplier: 1
    soft_anti_affinity_weight_multiplier: 1
    build_failure_weight_multiplier: 1e+06
  scheduler:
    driver: filter_scheduler
    max_attempts: 3
    max_placement_results: 1000
workload:
  - kind: poisson
    arrival_rate: 30/h
    lifetime:
      distribution: exponential
      mean: 12h
    flavors:
      m1.small: 0.7
      m1.large: 0.3
    start: 0s
events:
  - at: 10d
    action: fail_hosts
    class: std
    count: 4
  - at: 15d
    action: add_hosts
    class: std
    count: 8
)";

TEST(ScenarioResolved, QuickstartText) {
  EXPECT_EQ(resolved_yaml(load_scenario(data_path("quickstart.yaml"), {})), kQuickstartResolved);
}

void expect_round_trip(const ScenarioConfig& c) {
  const std::string first = resolved_yaml(c);
  const ScenarioConfig again = load_scenario_text(first, "resolved.yaml");
  EXPECT_EQ(resolved_yaml(again), first);
  ASSERT_EQ(again.workload.size(), c.workload.size());
  for (std::size_t i = 0; i < c.workload.size(); ++i)
    EXPECT_EQ(again.workload[i].lifetime_text, c.workload[i].lifetime_text);
}

TEST(ScenarioResolved, RoundTripQuickstart) {
  expect_round_trip(load_scenario(data_path("quickstart.yaml"), {}));
}

TEST(ScenarioResolved, RoundTripEveryKindOfValue) {
  const ScenarioConfig c = load_scenario_text(
      "name: 'odd name: yes'\n"
      "seed: 18446744073709551615\n"
      "duration: 1.5h\n"
      "output: {file: \"out dir/r.h5\", sample_interval: 250ms}\n"
      "hosts:\n"
      "  - {name: 'yes', count: 0, availability_zone: '42', vcpus: 3, memory: 1.5GiB,"
      " disk: 20GB, cpu_allocation_ratio: 0.1, ram_allocation_ratio: 3, disk_allocation_ratio: 2}\n"
      "  - {name: big, vcpus: 1, memory: 1000001, disk: 1}\n"
      "flavors: [{name: m1.small, vcpus: 1, ram: 1, disk: 2, ephemeral: 3, swap: 4}]\n"
      "nova: {DEFAULT: {cpu_allocation_ratio: 0.333, reserved_host_cpus: 2}}\n"
      "workload:\n"
      "  - {kind: poisson, arrival_rate: 7/min, flavors: {m1.small: 1e-3}, start: 90s, end: 1h,"
      " availability_zone: '42', lifetime: {distribution: lognormal, median: 2h, p99: 3d}}\n"
      "  - {kind: poisson, arrival_rate: 0.123/s, flavors: {m1.small: 2},"
      " lifetime: {distribution: lognormal, mu: -1.5, sigma: 0.7}}\n"
      "  - {kind: poisson, arrival_rate: 1/d, flavors: {m1.small: 2},"
      " lifetime: {distribution: empirical, samples: [1ns, 2.5s, 3d]}}\n"
      "  - {kind: poisson, arrival_rate: 1/d, flavors: {m1.small: 2},"
      " lifetime: {distribution: weibull, shape: 0.5, scale: 40000000s}}\n"
      "events: [{at: 0s, action: add_hosts, class: big, count: 3}]\n",
      "odd.yaml");
  EXPECT_EQ(c.name, "odd name: yes");
  EXPECT_EQ(c.seed, 18446744073709551615u);
  EXPECT_EQ(c.hosts[0].name, "yes");
  EXPECT_EQ(c.hosts[0].availability_zone, "42");
  EXPECT_EQ(c.hosts[0].memory_bytes, 1536LL << 20);
  EXPECT_EQ(c.hosts[0].disk_bytes, 20'000'000'000);
  expect_round_trip(c);
  const std::string text = resolved_yaml(c);
  EXPECT_NE(text.find("name: 'odd name: yes'\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  - name: 'yes'\n"), std::string::npos) << text;
  EXPECT_NE(text.find("    arrival_rate: 7/min\n"), std::string::npos) << text;
  EXPECT_NE(text.find("      samples: [1ns, 2500ms, 3d]\n"), std::string::npos) << text;
}

TEST(ScenarioResolved, LoadsBackWithoutTheDefaultsFile) {
  // The resolved text holds everything: loading it needs no defaults, and the origins point
  // into it.
  const ScenarioConfig c = load_scenario_text(resolved_yaml(load_scenario_text(kBase, "q.yaml")),
                                              "meta.yaml");
  EXPECT_EQ(c.value_origins.at("seed").file, "meta.yaml");
  EXPECT_EQ(c.output.file, "q.h5");
}

}  // namespace
}  // namespace stacktwin::io
