// The Nova scheduler keys: nova.filter_scheduler, nova.scheduler, aggregates, hosts[].aggregates
// and flavors[].extra_specs — every key loaded, defaults, --set, the resolved YAML, and each
// error form as the exact full message. sim/io cannot see models/nova, so these tests install
// ScenarioChecks of their own (the CLI installs the models' registries; tests/cli covers that).
#include <gtest/gtest.h>

#include "scenario_test_util.h"
#include "sim/io/scenario_loader.h"

namespace stacktwin::io {
namespace {

using testing::error_of;
using testing::kBase;
using testing::replace;

// A stand-in for nova::extra_specs_ops::extra_spec_error: flags a first word of '>'.
std::optional<std::string> fake_extra_spec_error(const std::string& value) {
  if (value.rfind("> ", 0) == 0) return std::string("'>' is not an operator");
  if (value.rfind("<or>", 0) == 0) return "no alternative in '" + value + "'";
  return std::nullopt;
}

constexpr const char* kFilters =
    "AggregateInstanceExtraSpecsFilter, ComputeCapabilitiesFilter, ComputeFilter, "
    "ImagePropertiesFilter, RamFilter, ServerGroupAffinityFilter, ServerGroupAntiAffinityFilter";
constexpr const char* kWeighers = "CPUWeigher, DiskWeigher, RAMWeigher";

// Installs the test's checks for each test and restores the previous ones after it.
class NovaKeys : public ::testing::Test {
 protected:
  void SetUp() override {
    ScenarioChecks checks;
    checks.filters = std::vector<std::string>{"ComputeFilter",
                                              "ComputeCapabilitiesFilter",
                                              "ImagePropertiesFilter",
                                              "ServerGroupAntiAffinityFilter",
                                              "ServerGroupAffinityFilter",
                                              "RamFilter",
                                              "AggregateInstanceExtraSpecsFilter"};
    checks.weighers = std::vector<std::string>{"RAMWeigher", "CPUWeigher", "DiskWeigher"};
    checks.extra_spec_error = fake_extra_spec_error;
    previous_ = set_scenario_checks(std::move(checks));
  }
  void TearDown() override { set_scenario_checks(std::move(previous_)); }

 private:
  ScenarioChecks previous_;
};

// Every new key written; one key per flow entry so that columns are easy to count.
const std::string kDoc =
    "name: q\n"                                                                              // 1
    "duration: 30d\n"                                                                        // 2
    "hosts:\n"                                                                               // 3
    "  - {name: std, vcpus: 64, memory: 512GiB, disk: 4TiB, aggregates: [ssd, fast]}\n"      // 4
    "aggregates:\n"                                                                          // 5
    "  - {name: ssd, metadata: {ssd: \"true\", ram_weight_multiplier: -1.0, n: 3, e: ''}}\n"  // 6
    "  - name: fast\n"                                                                       // 7
    "flavors:\n"                                                                             // 8
    "  - name: m1.small\n"                                                                   // 9
    "    vcpus: 1\n"                                                                         // 10
    "    ram: 2048\n"                                                                        // 11
    "    extra_specs: {\"aggregate_instance_extra_specs:ssd\": \"true\", \"hw:cpu_policy\": "
    "shared, \"capabilities:cpu_info:vcpus\": \">= 4\", b: true, x: 1.0}\n"                 // 12
    "nova:\n"                                                                                // 13
    "  filter_scheduler:\n"                                                                  // 14
    "    enabled_filters: [ComputeFilter, RamFilter, AggregateInstanceExtraSpecsFilter]\n"   // 15
    "    weight_classes: [RAMWeigher, CPUWeigher]\n"                                         // 16
    "    host_subset_size: 2\n"                                                              // 17
    "    shuffle_best_same_weighed_hosts: true\n"                                            // 18
    "    max_io_ops_per_host: 0\n"                                                           // 19
    "    max_instances_per_host: 7\n"                                                        // 20
    "    ram_weight_multiplier: -2.5\n"                                                      // 21
    "    cpu_weight_multiplier: 0\n"                                                         // 22
    "    disk_weight_multiplier: 3\n"                                                        // 23
    "    io_ops_weight_multiplier: 1e-3\n"                                                   // 24
    "    pci_weight_multiplier: 0.5\n"                                                       // 25
    "    soft_affinity_weight_multiplier: 2\n"                                               // 26
    "    soft_anti_affinity_weight_multiplier: 4\n"                                          // 27
    "    build_failure_weight_multiplier: -1\n"                                              // 28
    "  scheduler:\n"                                                                         // 29
    "    driver: chance_scheduler\n"                                                         // 30
    "    max_attempts: 1\n"                                                                  // 31
    "    max_placement_results: 50\n";                                                       // 32

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST_F(NovaKeys, EveryKeyLoaded) {
  const ScenarioConfig c = load_scenario_text(kDoc, "q.yaml");
  ASSERT_EQ(c.hosts.size(), 1u);
  EXPECT_EQ(c.hosts[0].aggregates, (std::vector<std::string>{"ssd", "fast"}));

  ASSERT_EQ(c.aggregates.size(), 2u);
  EXPECT_EQ(c.aggregates[0].name, "ssd");
  // Values are text as written, whatever their YAML type; order is the file's.
  EXPECT_EQ(c.aggregates[0].metadata,
            (Pairs{{"ssd", "true"}, {"ram_weight_multiplier", "-1.0"}, {"n", "3"}, {"e", ""}}));
  EXPECT_EQ(c.aggregates[0].origin.line, 6);
  EXPECT_EQ(c.aggregates[0].origin.path, "aggregates[0]");
  EXPECT_EQ(c.aggregates[1].name, "fast");
  EXPECT_TRUE(c.aggregates[1].metadata.empty());

  ASSERT_EQ(c.flavors.size(), 1u);
  EXPECT_EQ(c.flavors[0].extra_specs, (Pairs{{"aggregate_instance_extra_specs:ssd", "true"},
                                             {"hw:cpu_policy", "shared"},
                                             {"capabilities:cpu_info:vcpus", ">= 4"},
                                             {"b", "true"},
                                             {"x", "1.0"}}));
  const Origin& spec = c.value_origins.at("flavors[0].extra_specs[\"hw:cpu_policy\"]");
  EXPECT_EQ(spec.line, 12);
  EXPECT_EQ(spec.text, "shared");

  const NovaFilterSchedulerConfig& fs = c.nova.filter_scheduler;
  EXPECT_EQ(fs.enabled_filters, (std::vector<std::string>{"ComputeFilter", "RamFilter",
                                                          "AggregateInstanceExtraSpecsFilter"}));
  EXPECT_EQ(fs.weight_classes, (std::vector<std::string>{"RAMWeigher", "CPUWeigher"}));
  EXPECT_EQ(fs.host_subset_size, 2);
  EXPECT_TRUE(fs.shuffle_best_same_weighed_hosts);
  EXPECT_EQ(fs.max_io_ops_per_host, 0);
  EXPECT_EQ(fs.max_instances_per_host, 7);
  EXPECT_EQ(fs.ram_weight_multiplier, -2.5);
  EXPECT_EQ(fs.cpu_weight_multiplier, 0.0);
  EXPECT_EQ(fs.disk_weight_multiplier, 3.0);
  EXPECT_EQ(fs.io_ops_weight_multiplier, 1e-3);
  EXPECT_EQ(fs.pci_weight_multiplier, 0.5);
  EXPECT_EQ(fs.soft_affinity_weight_multiplier, 2.0);
  EXPECT_EQ(fs.soft_anti_affinity_weight_multiplier, 4.0);
  EXPECT_EQ(fs.build_failure_weight_multiplier, -1.0);
  const Origin& second = c.value_origins.at("nova.filter_scheduler.enabled_filters[1]");
  EXPECT_EQ(second.line, 15);
  EXPECT_EQ(second.column, 38);
  EXPECT_EQ(second.text, "RamFilter");

  EXPECT_EQ(c.nova.scheduler.driver, "chance_scheduler");
  EXPECT_EQ(c.nova.scheduler.max_attempts, 1);
  EXPECT_EQ(c.nova.scheduler.max_placement_results, 50);
}

TEST_F(NovaKeys, DefaultsAreZeds) {
  const ScenarioConfig c = load_scenario_text(kBase, "q.yaml");
  EXPECT_TRUE(c.aggregates.empty());
  EXPECT_TRUE(c.hosts[0].aggregates.empty());
  EXPECT_TRUE(c.flavors[0].extra_specs.empty());
  const NovaFilterSchedulerConfig& fs = c.nova.filter_scheduler;
  EXPECT_EQ(fs.enabled_filters,
            (std::vector<std::string>{"ComputeFilter", "ComputeCapabilitiesFilter",
                                      "ImagePropertiesFilter", "ServerGroupAntiAffinityFilter",
                                      "ServerGroupAffinityFilter"}));
  EXPECT_TRUE(fs.weight_classes.empty());
  EXPECT_EQ(fs.host_subset_size, 1);
  EXPECT_FALSE(fs.shuffle_best_same_weighed_hosts);
  EXPECT_EQ(fs.max_io_ops_per_host, 8);
  EXPECT_EQ(fs.max_instances_per_host, 50);
  EXPECT_EQ(fs.ram_weight_multiplier, 1.0);
  EXPECT_EQ(fs.cpu_weight_multiplier, 1.0);
  EXPECT_EQ(fs.disk_weight_multiplier, 1.0);
  EXPECT_EQ(fs.io_ops_weight_multiplier, -1.0);
  EXPECT_EQ(fs.pci_weight_multiplier, 1.0);
  EXPECT_EQ(fs.soft_affinity_weight_multiplier, 1.0);
  EXPECT_EQ(fs.soft_anti_affinity_weight_multiplier, 1.0);
  EXPECT_EQ(fs.build_failure_weight_multiplier, 1000000.0);
  EXPECT_EQ(c.nova.scheduler.driver, "filter_scheduler");
  EXPECT_EQ(c.nova.scheduler.max_attempts, 3);
  EXPECT_EQ(c.nova.scheduler.max_placement_results, 1000);
}

TEST_F(NovaKeys, EmptyAndNullCollections) {
  const ScenarioConfig c = load_scenario_text(
      replace(kBase, "disk: 4TiB}", "disk: 4TiB, aggregates: ~}") +
          "aggregates:\n  - {name: a, metadata: {}}\n"
          "nova: {filter_scheduler: {enabled_filters: [], weight_classes: ~}}\n",
      "q.yaml");
  EXPECT_TRUE(c.hosts[0].aggregates.empty());
  EXPECT_TRUE(c.aggregates[0].metadata.empty());
  EXPECT_TRUE(c.nova.filter_scheduler.enabled_filters.empty());
  EXPECT_TRUE(c.nova.filter_scheduler.weight_classes.empty());
}

TEST_F(NovaKeys, SetOverrides) {
  const ScenarioConfig c = load_scenario_text(
      kDoc, "q.yaml",
      {"nova.filter_scheduler.host_subset_size=3",
       "nova.filter_scheduler.weight_classes=[RAMWeigher]",
       "nova.filter_scheduler.shuffle_best_same_weighed_hosts=false",
       "nova.scheduler.driver=first_candidate",
       "flavors[0].extra_specs[\"hw:cpu_policy\"]=dedicated",
       "flavors[0].extra_specs[\"capabilities:hypervisor_type\"]=s== QEMU",
       "aggregates[0].metadata.ssd=false", "hosts[0].aggregates=[fast]"});
  EXPECT_EQ(c.nova.filter_scheduler.host_subset_size, 3);
  EXPECT_EQ(c.nova.filter_scheduler.weight_classes, (std::vector<std::string>{"RAMWeigher"}));
  EXPECT_FALSE(c.nova.filter_scheduler.shuffle_best_same_weighed_hosts);
  EXPECT_EQ(c.nova.scheduler.driver, "first_candidate");
  EXPECT_EQ(c.flavors[0].extra_specs[1],
            (std::pair<std::string, std::string>{"hw:cpu_policy", "dedicated"}));
  EXPECT_EQ(c.flavors[0].extra_specs.back(),
            (std::pair<std::string, std::string>{"capabilities:hypervisor_type", "s== QEMU"}));
  EXPECT_EQ(c.aggregates[0].metadata[0], (std::pair<std::string, std::string>{"ssd", "false"}));
  EXPECT_EQ(c.hosts[0].aggregates, (std::vector<std::string>{"fast"}));
  const Origin& o = c.value_origins.at("nova.filter_scheduler.weight_classes[0]");
  EXPECT_EQ(o.file, "--set");
  EXPECT_EQ(o.override_text, "nova.filter_scheduler.weight_classes=[RAMWeigher]");

  // Onto a file without a nova section: the path is created, the rest keeps its defaults.
  const ScenarioConfig d =
      load_scenario_text(kBase, "q.yaml", {"nova.filter_scheduler.host_subset_size=2"});
  EXPECT_EQ(d.nova.filter_scheduler.host_subset_size, 2);
  EXPECT_EQ(d.nova.filter_scheduler.enabled_filters.size(), 5u);
}

constexpr const char* kResolvedNova = R"(hosts:
  - name: std
    count: 1
    availability_zone: nova
    vcpus: 64
    memory: 512GiB
    disk: 4TiB
    aggregates: [ssd, fast]
aggregates:
  - name: ssd
    metadata:
      ssd: 'true'
      ram_weight_multiplier: '-1.0'
      'n': '3'
      e: ''
  - name: fast
    metadata: {}
flavors:
  - name: m1.small
    vcpus: 1
    ram: 2048
    disk: 0
    ephemeral: 0
    swap: 0
    extra_specs:
      'aggregate_instance_extra_specs:ssd': 'true'
      'hw:cpu_policy': shared
      'capabilities:cpu_info:vcpus': '>= 4'
      b: 'true'
      x: '1.0'
nova:
  DEFAULT:
    cpu_allocation_ratio: 16
    ram_allocation_ratio: 1.5
    disk_allocation_ratio: 1
    reserved_host_memory_mb: 512
    reserved_host_cpus: 0
    reserved_host_disk_mb: 0
  filter_scheduler:
    enabled_filters: [ComputeFilter, RamFilter, AggregateInstanceExtraSpecsFilter]
    weight_classes: [RAMWeigher, CPUWeigher]
    host_subset_size: 2
    shuffle_best_same_weighed_hosts: true
    max_io_ops_per_host: 0
    max_instances_per_host: 7
    ram_weight_multiplier: -2.5
    cpu_weight_multiplier: 0
    disk_weight_multiplier: 3
    io_ops_weight_multiplier: 0.001
    pci_weight_multiplier: 0.5
    soft_affinity_weight_multiplier: 2
    soft_anti_affinity_weight_multiplier: 4
    build_failure_weight_multiplier: -1
  scheduler:
    driver: chance_scheduler
    max_attempts: 1
    max_placement_results: 50
workload: []
)";

TEST_F(NovaKeys, ResolvedYamlWritesEveryKeyAndRoundTrips) {
  const ScenarioConfig c = load_scenario_text(kDoc, "q.yaml");
  const std::string text = resolved_yaml(c);
  const auto from = text.find("hosts:\n"), to = text.find("events:");
  ASSERT_NE(from, std::string::npos);
  EXPECT_EQ(text.substr(from, to - from), kResolvedNova);
  const ScenarioConfig again = load_scenario_text(text, "resolved.yaml");
  EXPECT_EQ(resolved_yaml(again), text);
  EXPECT_EQ(again.aggregates[0].metadata, c.aggregates[0].metadata);
  EXPECT_EQ(again.flavors[0].extra_specs, c.flavors[0].extra_specs);
  EXPECT_EQ(again.nova.filter_scheduler.enabled_filters, c.nova.filter_scheduler.enabled_filters);
  EXPECT_EQ(again.nova.filter_scheduler.io_ops_weight_multiplier, 1e-3);
  // Odd texts survive too: quotes, control characters, leading spaces, YAML keywords.
  const ScenarioConfig odd = load_scenario_text(
      kBase + "aggregates:\n  - {name: 'a b', metadata: {\"it's\": \"x\\ty\", ' k': ' v', "
              "'null': 'null', '~': yes}}\n",
      "q.yaml");
  const ScenarioConfig odd_again = load_scenario_text(resolved_yaml(odd), "resolved.yaml");
  EXPECT_EQ(odd_again.aggregates[0].metadata,
            (Pairs{{"it's", "x\ty"}, {" k", " v"}, {"null", "null"}, {"~", "yes"}}));
  EXPECT_EQ(resolved_yaml(odd_again), resolved_yaml(odd));
}

// --- errors -------------------------------------------------------------------------------

TEST_F(NovaKeys, BooleanIsTrueOrFalseOnly) {
  for (const char* bad : {"yes", "no", "1", "True", "on"})
    EXPECT_EQ(error_of(replace(kDoc, "shuffle_best_same_weighed_hosts: true",
                               std::string("shuffle_best_same_weighed_hosts: ") + bad)),
              std::string("q.yaml:18:38: nova.filter_scheduler.shuffle_best_same_weighed_hosts: "
                          "bad value '") + bad + "': expected true or false");
  EXPECT_EQ(error_of(kBase, {"nova.filter_scheduler.shuffle_best_same_weighed_hosts=yes"}),
            "--set nova.filter_scheduler.shuffle_best_same_weighed_hosts=yes: "
            "nova.filter_scheduler.shuffle_best_same_weighed_hosts: bad value 'yes': expected "
            "true or false");
}

TEST_F(NovaKeys, UnknownFilterWithDidYouMean) {
  EXPECT_EQ(error_of(replace(kDoc, "[ComputeFilter, RamFilter,", "[ComputeFilter, RamFiltr,")),
            std::string("q.yaml:15:38: nova.filter_scheduler.enabled_filters[1]: unknown filter "
                        "'RamFiltr' (did you mean 'RamFilter'?); valid filters: ") + kFilters);
  EXPECT_EQ(error_of(replace(kDoc, "[ComputeFilter, RamFilter,", "[ComputeFilter, Bogus,")),
            std::string("q.yaml:15:38: nova.filter_scheduler.enabled_filters[1]: unknown filter "
                        "'Bogus'; valid filters: ") + kFilters);
  EXPECT_EQ(error_of(kBase, {"nova.filter_scheduler.enabled_filters=[RamFiltr]"}),
            std::string("--set nova.filter_scheduler.enabled_filters=[RamFiltr]: "
                        "nova.filter_scheduler.enabled_filters[0]: unknown filter 'RamFiltr' (did "
                        "you mean 'RamFilter'?); valid filters: ") + kFilters);
}

TEST_F(NovaKeys, DuplicateFilter) {
  EXPECT_EQ(error_of(replace(kDoc, "AggregateInstanceExtraSpecsFilter]", "RamFilter]")),
            "q.yaml:15:49: nova.filter_scheduler.enabled_filters[2]: duplicate filter "
            "'RamFilter' (first at line 15)");
}

TEST_F(NovaKeys, UnknownAndDuplicateWeigher) {
  EXPECT_EQ(error_of(replace(kDoc, "[RAMWeigher, CPUWeigher]", "[RAMWeigher, CPUWeighr]")),
            std::string("q.yaml:16:34: nova.filter_scheduler.weight_classes[1]: unknown weigher "
                        "'CPUWeighr' (did you mean 'CPUWeigher'?); valid weighers: ") + kWeighers);
  EXPECT_EQ(error_of(replace(kDoc, "[RAMWeigher, CPUWeigher]", "[RAMWeigher, RAMWeigher]")),
            "q.yaml:16:34: nova.filter_scheduler.weight_classes[1]: duplicate weigher "
            "'RAMWeigher' (first at line 16)");
}

TEST_F(NovaKeys, NamesUncheckedWithoutInstalledChecks) {
  const ScenarioChecks mine = set_scenario_checks({});
  const std::string doc = replace(replace(kDoc, "RamFilter,", "MyFilter,"),
                                  "hw:cpu_policy\": shared", "capabilities:x\": \"> 4\"");
  EXPECT_EQ(error_of(doc), "no error");
  // Duplicates and aggregates are sim/io's own checks: still made.
  EXPECT_EQ(error_of(replace(kDoc, "AggregateInstanceExtraSpecsFilter]", "RamFilter]")),
            "q.yaml:15:49: nova.filter_scheduler.enabled_filters[2]: duplicate filter "
            "'RamFilter' (first at line 15)");
  set_scenario_checks(mine);
  EXPECT_NE(error_of(doc), "no error");
}

TEST_F(NovaKeys, NamesListWrongTypes) {
  EXPECT_EQ(error_of(replace(kDoc, "weight_classes: [RAMWeigher, CPUWeigher]",
                             "weight_classes: RAMWeigher")),
            "q.yaml:16:21: nova.filter_scheduler.weight_classes: bad value 'RAMWeigher': "
            "expected a list of weigher names");
  EXPECT_EQ(error_of(replace(kDoc, "[ComputeFilter, RamFilter,", "[ComputeFilter, {a: 1},")),
            "q.yaml:15:38: nova.filter_scheduler.enabled_filters[1]: bad value (a map): "
            "expected a string");
  EXPECT_EQ(error_of(replace(kDoc, "[ComputeFilter, RamFilter,", "[ComputeFilter, '',")),
            "q.yaml:15:38: nova.filter_scheduler.enabled_filters[1]: bad value '': expected a "
            "non-empty string");
  EXPECT_EQ(error_of(replace(kDoc, "aggregates: [ssd, fast]", "aggregates: {ssd: 1}")),
            "q.yaml:4:68: hosts[0].aggregates: bad value (a map): expected a list of aggregate "
            "names");
}

TEST_F(NovaKeys, WrongRanges) {
  EXPECT_EQ(error_of(replace(kDoc, "host_subset_size: 2", "host_subset_size: 0")),
            "q.yaml:17:23: nova.filter_scheduler.host_subset_size: bad value '0': expected an "
            "integer >= 1");
  EXPECT_EQ(error_of(replace(kDoc, "max_io_ops_per_host: 0", "max_io_ops_per_host: -1")),
            "q.yaml:19:26: nova.filter_scheduler.max_io_ops_per_host: bad value '-1': expected "
            "an integer >= 0");
  EXPECT_EQ(error_of(replace(kDoc, "max_instances_per_host: 7", "max_instances_per_host: 0")),
            "q.yaml:20:29: nova.filter_scheduler.max_instances_per_host: bad value '0': expected "
            "an integer >= 1");
  EXPECT_EQ(error_of(replace(kDoc, "pci_weight_multiplier: 0.5", "pci_weight_multiplier: -0.5")),
            "q.yaml:25:28: nova.filter_scheduler.pci_weight_multiplier: bad value '-0.5': "
            "expected a number >= 0");
  EXPECT_EQ(error_of(replace(kDoc, "ram_weight_multiplier: -2.5", "ram_weight_multiplier: x")),
            "q.yaml:21:28: nova.filter_scheduler.ram_weight_multiplier: bad value 'x': expected a "
            "number");
  EXPECT_EQ(error_of(replace(kDoc, "max_attempts: 1", "max_attempts: 0")),
            "q.yaml:31:19: nova.scheduler.max_attempts: bad value '0': expected an integer >= 1");
  EXPECT_EQ(error_of(replace(kDoc, "max_placement_results: 50", "max_placement_results: 0")),
            "q.yaml:32:28: nova.scheduler.max_placement_results: bad value '0': expected an "
            "integer >= 1");
}

TEST_F(NovaKeys, UnknownDriver) {
  EXPECT_EQ(error_of(replace(kDoc, "driver: chance_scheduler", "driver: chance")),
            "q.yaml:30:13: nova.scheduler.driver: unknown driver 'chance'; valid drivers: "
            "chance_scheduler, filter_scheduler, first_candidate");
}

TEST_F(NovaKeys, UnknownKeysListTheSection) {
  EXPECT_EQ(error_of(replace(kDoc, "host_subset_size: 2", "host_subset: 2")),
            "q.yaml:17:5: nova.filter_scheduler.host_subset: unknown key 'host_subset'; valid "
            "keys: build_failure_weight_multiplier, "
            "cpu_weight_multiplier, disk_weight_multiplier, enabled_filters, host_subset_size, "
            "io_ops_weight_multiplier, max_instances_per_host, max_io_ops_per_host, "
            "pci_weight_multiplier, ram_weight_multiplier, shuffle_best_same_weighed_hosts, "
            "soft_affinity_weight_multiplier, soft_anti_affinity_weight_multiplier, "
            "weight_classes");
  EXPECT_EQ(error_of(replace(kDoc, "max_attempts: 1", "attempts: 1")),
            "q.yaml:31:5: nova.scheduler.attempts: unknown key 'attempts'; valid keys: driver, "
            "max_attempts, max_placement_results");
  EXPECT_EQ(error_of(replace(kDoc, "  - name: fast\n", "  - name: fast\n    meta: {}\n")),
            "q.yaml:8:5: aggregates[1].meta: unknown key 'meta'; valid keys: metadata, name");
}

TEST_F(NovaKeys, HostAggregateMustBeDeclared) {
  EXPECT_EQ(error_of(replace(kDoc, "aggregates: [ssd, fast]", "aggregates: [sdd, fast]")),
            "q.yaml:4:69: hosts[0].aggregates[0]: unknown aggregate 'sdd' (did you mean "
            "'ssd'?); valid aggregates: fast, ssd");
  EXPECT_EQ(error_of(replace(kBase, "disk: 4TiB}", "disk: 4TiB, aggregates: [ssd]}")),
            "q.yaml:4:103: hosts[0].aggregates[0]: unknown aggregate 'ssd'; no aggregates are "
            "declared");
  EXPECT_EQ(error_of(replace(kDoc, "aggregates: [ssd, fast]", "aggregates: [ssd, ssd]")),
            "q.yaml:4:74: hosts[0].aggregates[1]: duplicate aggregate 'ssd' (first at line 4)");
  EXPECT_EQ(error_of(kDoc, {"hosts[0].aggregates=[gpu]"}),
            "--set hosts[0].aggregates=[gpu]: hosts[0].aggregates[0]: unknown aggregate 'gpu'; "
            "valid aggregates: fast, ssd");
}

TEST_F(NovaKeys, AggregateNamesUnique) {
  EXPECT_EQ(error_of(replace(kDoc, "  - name: fast\n", "  - name: ssd\n")),
            "q.yaml:7:11: aggregates[1].name: duplicate aggregate 'ssd' (first at line 6)");
  EXPECT_EQ(error_of(replace(kDoc, "  - name: fast\n", "  - {}\n")),
            "q.yaml:7:5: aggregates[1]: missing required key 'name'");
}

TEST_F(NovaKeys, TextMapWrongTypes) {
  EXPECT_EQ(error_of(replace(kDoc, "{ssd: \"true\",", "{'': \"true\",")),
            "q.yaml:6:28: aggregates[0].metadata[\"\"]: bad key '': expected a non-empty string");
  EXPECT_EQ(error_of(replace(kDoc, "n: 3,", "n: [3],")),
            "q.yaml:6:73: aggregates[0].metadata[\"n\"]: bad value (a list): expected a string");
  EXPECT_EQ(error_of(replace(kDoc, "n: 3,", "n: ~,")),
            "q.yaml:6:73: aggregates[0].metadata[\"n\"]: bad value (null): expected a string");
  EXPECT_EQ(error_of(replace(kDoc, "  - name: fast\n", "  - {name: fast, metadata: [a]}\n")),
            "q.yaml:7:28: aggregates[1].metadata: bad value (a list): expected a map of keys to "
            "text values");
  EXPECT_EQ(error_of(replace(kBase, "ram: 2048}", "ram: 2048, extra_specs: x}")),
            "q.yaml:6:56: flavors[0].extra_specs: bad value 'x': expected a map of keys to text "
            "values");
}

TEST_F(NovaKeys, ExtraSpecOperatorsChecked) {
  const std::string doc = replace(kDoc, "\"capabilities:cpu_info:vcpus\": \">= 4\"",
                                  "\"capabilities:cpu_info\": \"> 4\"");
  EXPECT_EQ(error_of(doc),
            "q.yaml:12:115: flavors[0].extra_specs[\"capabilities:cpu_info\"]: bad value '> 4': "
            "'>' is not an operator");
  // Unscoped and aggregate_instance_extra_specs: keys are matched by filters too.
  EXPECT_EQ(error_of(replace(kDoc, "b: true", "b: '> 1'")),
            "q.yaml:12:132: flavors[0].extra_specs[\"b\"]: bad value '> 1': '>' is not an "
            "operator");
  EXPECT_EQ(error_of(kDoc,
                     {"flavors[0].extra_specs[\"aggregate_instance_extra_specs:ssd\"]='> 2'"}),
            "--set flavors[0].extra_specs[\"aggregate_instance_extra_specs:ssd\"]='> 2': "
            "flavors[0].extra_specs[\"aggregate_instance_extra_specs:ssd\"]: bad value '> 2': "
            "'>' is not an operator");
  // The checker's text stays on one line even when it quotes the value.
  EXPECT_EQ(error_of(replace(kDoc, "b: true", "b: \"<or>\\n\"")),
            "q.yaml:12:132: flavors[0].extra_specs[\"b\"]: bad value '<or>\\n': no alternative in "
            "'<or>\\n'");
  // Other scopes are not filter operators: any text.
  EXPECT_EQ(error_of(replace(kDoc, "\"hw:cpu_policy\": shared", "\"hw:cpu_policy\": \"> 4\"")),
            "no error");
}

}  // namespace
}  // namespace stacktwin::io
