// Every kind of bad input through the real binary: one line on stderr naming file:line:column,
// the YAML path, the bad value and what was expected; exit code 2; no output file left behind.
// (tests/io/scenario_errors_test.cc covers each message form in depth at the library level.)
#include <gtest/gtest.h>

#include "models/nova/examples/register_example_policies.h"

#include "models/nova/host_filter.h"
#include "models/nova/host_weigher.h"
#include "sim/cli/scenario_checks.h"
#include "tests/cli/cli_run.h"

namespace stacktwin::testing {
namespace {

namespace fs = std::filesystem;

struct BadCase {
  std::string name;
  std::string find, replace;  // applied to scenarios/quickstart.yaml
  std::string message;        // the whole of stderr
};

std::string replaced(std::string text, const std::string& find, const std::string& replace) {
  const auto at = text.find(find);
  if (at == std::string::npos) throw std::runtime_error("fixture text not found: " + find);
  return text.replace(at, find.size(), replace);
}

class BadScenario : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadScenario, OneLineErrorExit2AndNoOutput) {
  const BadCase& c = GetParam();
  const fs::path dir = fs::path(STACKTWIN_BINARY_DIR) / "test-output" / "bad-input" / c.name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string base = read_file(STACKTWIN_SOURCE_DIR "/scenarios/quickstart.yaml");
  std::ofstream(dir / "bad.yaml", std::ios::binary) << replaced(base, c.find, c.replace);

  for (const char* command : {"run", "validate"}) {
    const CliResult r = run_cli(std::string(command) + " bad.yaml", dir);
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_EQ(r.err, "stacktwin: error: " + c.message + "\n") << command;
    EXPECT_EQ(r.out, "") << command;
  }
  for (const auto& entry : fs::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename(), "bad.yaml") << "left behind: " << entry.path();
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, BadScenario,
    ::testing::Values(
        BadCase{"unknown_key", "vcpus: 64", "vcpu: 64",
                "bad.yaml:8:52: hosts[0].vcpu: unknown key 'vcpu' (did you mean 'vcpus'?); valid keys: "
                "aggregates, availability_zone, count, cpu_allocation_ratio, disk, disk_allocation_ratio, memory, "
                "name, ram_allocation_ratio, vcpus"},
        BadCase{"wrong_type", "vcpus: 64", "vcpus: many",
                "bad.yaml:8:59: hosts[0].vcpus: bad value 'many': expected an integer"},
        BadCase{"wrong_unit", "duration: 30d", "duration: 30 days",
                "bad.yaml:5:11: duration: bad value '30 days': expected a duration such as 250us, 30s, "
                "5m, 2h or 7d"},
        BadCase{"out_of_range", "vcpus: 64", "vcpus: 0",
                "bad.yaml:8:59: hosts[0].vcpus: bad value '0': expected an integer >= 1"},
        BadCase{"unknown_flavor", "m1.large: 0.3", "m1.tiny: 0.3",
                "bad.yaml:19:30: workload[0].flavors: unknown flavor 'm1.tiny'; valid flavors: m1.large, "
                "m1.small"},
        BadCase{"unknown_action", "action: add_hosts", "action: explode_hosts",
                "bad.yaml:22:23: events[1].action: unknown action 'explode_hosts'; valid actions: "
                "add_hosts, fail_hosts, repair_hosts"},
        BadCase{"missing_key", ", availability_zone: az1, vcpus: 64", ", availability_zone: az1",
                "bad.yaml:8:5: hosts[0]: missing required key 'vcpus'"},
        BadCase{"bad_extra_spec", "ram: 2048, disk: 20}",
                "ram: 2048, disk: 20, extra_specs: {\"capabilities:cpu_info\": \"> 4\"}}",
                "bad.yaml:10:92: flavors[0].extra_specs[\"capabilities:cpu_info\"]: bad value '> 4': "
                "unknown extra spec operator '>' (valid: =, ==, !=, >=, <=, s==, s!=, s<, s<=, s>, s>=, "
                "<in>, <all-in>, <or>); Nova would compare the whole string '> 4' for equality"},
        BadCase{"unknown_aggregate", "disk: 4TiB}", "disk: 4TiB, aggregates: [ssd]}",
                "bad.yaml:8:104: hosts[0].aggregates[0]: unknown aggregate 'ssd'; no aggregates are "
                "declared"},
        BadCase{"not_a_bool", "nova:\n", "nova:\n  filter_scheduler: {shuffle_best_same_weighed_hosts: yes}\n",
                "bad.yaml:13:55: nova.filter_scheduler.shuffle_best_same_weighed_hosts: bad value 'yes': "
                "expected true or false"},
        BadCase{"malformed_yaml", "hosts:                                  # host classes", "hosts: [",
                "bad.yaml:8:3: malformed YAML: illegal block entry"}),
    [](const auto& info) { return info.param.name; });

// The binary installs the models' registries (sim/cli/scenario_checks.h) before loading:
// unknown filters and weighers list every registered name, sorted.
TEST(BadInput, UnknownFilterAndWeigherListTheRegistries) {
  const fs::path dir = fs::path(STACKTWIN_BINARY_DIR) / "test-output" / "bad-input" / "registries";
  fs::remove_all(dir);
  nova::examples::register_example_policies();  // the binary registers them at start-up
  std::string filters, weighers;  // std::map: sorted
  for (const auto& [name, entry] : nova::filter_registry().entries()) filters += (filters.empty() ? "" : ", ") + name;
  for (const auto& [name, entry] : nova::weigher_registry().entries()) weighers += (weighers.empty() ? "" : ", ") + name;
  const std::string q = "'" STACKTWIN_SOURCE_DIR "/scenarios/quickstart.yaml'";
  CliResult r = run_cli("validate " + q + " --set 'nova.filter_scheduler.enabled_filters=[ComputeFilter, RamFiltr]'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "stacktwin: error: --set nova.filter_scheduler.enabled_filters=[ComputeFilter, RamFiltr]: "
                   "nova.filter_scheduler.enabled_filters[1]: unknown filter 'RamFiltr' (did you mean 'RamFilter'?); "
                   "valid filters: " + filters + "\n");
  r = run_cli("validate " + q + " --set 'nova.filter_scheduler.weight_classes=[RAMWeighr]'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "stacktwin: error: --set nova.filter_scheduler.weight_classes=[RAMWeighr]: "
                   "nova.filter_scheduler.weight_classes[0]: unknown weigher 'RAMWeighr' (did you mean 'RAMWeigher'?); "
                   "valid weighers: " + weighers + "\n");
  // Every registered name is accepted, and the checks come from the registries as they stand.
  const io::ScenarioChecks checks = cli::nova_scenario_checks();
  ASSERT_TRUE(checks.filters && checks.weighers && checks.extra_spec_error);
  EXPECT_EQ(checks.filters->size(), nova::filter_registry().entries().size());
  EXPECT_EQ(checks.weighers->size(), nova::weigher_registry().entries().size());
  EXPECT_FALSE(checks.extra_spec_error(">= 4"));
  EXPECT_TRUE(checks.extra_spec_error("> 4"));
  r = run_cli("validate " + q + " --set 'nova.filter_scheduler.enabled_filters=[AggregateInstanceExtraSpecsFilter, "
              "RamFilter]' --set 'nova.filter_scheduler.weight_classes=[RAMWeigher, CPUWeigher]' "
              "--set 'flavors[0].extra_specs[\"aggregate_instance_extra_specs:ssd\"]=true'",
              dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(BadInput, MissingFile) {
  const fs::path dir = fs::path(STACKTWIN_BINARY_DIR) / "test-output" / "bad-input" / "missing";
  fs::remove_all(dir);
  const CliResult r = run_cli("run missing.yaml", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "stacktwin: error: missing.yaml: cannot read scenario file: No such file or directory\n");
}

TEST(BadInput, BadOverrides) {
  const fs::path dir = fs::path(STACKTWIN_BINARY_DIR) / "test-output" / "bad-input" / "set";
  fs::remove_all(dir);
  const std::string q = "'" STACKTWIN_SOURCE_DIR "/scenarios/quickstart.yaml'";
  struct {
    std::string set, message;
  } cases[] = {
      {"hosts[3].count=1", "--set hosts[3].count=1: no such list element hosts[3] (the list has 1)"},
      {"hosts[0].vcpus=abc", "--set hosts[0].vcpus=abc: hosts[0].vcpus: bad value 'abc': expected an integer"},
      {"foo", "--set foo: expected key.path=value"},
  };
  for (const auto& c : cases) {
    const CliResult r = run_cli("run " + q + " --set '" + c.set + "'", dir);
    EXPECT_EQ(r.exit_code, 2) << c.set;
    EXPECT_EQ(r.err, "stacktwin: error: " + c.message + "\n");
  }
  EXPECT_FALSE(fs::exists(dir / "quickstart.h5"));
}

}  // namespace
}  // namespace stacktwin::testing
