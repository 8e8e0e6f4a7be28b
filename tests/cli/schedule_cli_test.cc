// `stacktwin schedule` end to end: the --explain breakdown pinned on a 5-host example, --json
// equal to the real Nova oracle's answer on it, and one-line errors for bad input.
//
// Regenerate the pinned --explain text (never by hand): tools/regen-expected.sh
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_run.h"

namespace stacktwin::testing {
namespace {

namespace fs = std::filesystem;

const std::string kFiveHosts = STACKTWIN_SOURCE_DIR "/tests/cli/data/schedule_5hosts.json";

fs::path dir(const std::string& name) {
  const fs::path d = fs::path(STACKTWIN_BINARY_DIR) / "test-output" / "schedule" / name;
  fs::create_directories(d);
  return d;
}

TEST(ScheduleCli, ExplainBreakdownIsPinned) {
  const CliResult r = run_cli("schedule '" + kFiveHosts + "' --explain", dir("explain"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const fs::path expected = STACKTWIN_SOURCE_DIR "/tests/cli/data/schedule_5hosts.explain.txt";
  if (std::getenv("STACKTWIN_REGEN_EXPECTED")) std::ofstream(expected, std::ios::binary) << r.out;
  EXPECT_EQ(r.out, read_file(expected)) << "if intended, run tools/regen-expected.sh";
  // What an operator reads from it: why node3 and node1 were dropped, why node2 won.
  EXPECT_NE(r.out.find("ComputeFilter                      4 -> 3   removed: node3"), std::string::npos);
  EXPECT_NE(r.out.find("AggregateInstanceExtraSpecsFilter  3 -> 2   removed: node1"), std::string::npos);
  EXPECT_NE(r.out.find("node5: not in required aggregates"), std::string::npos);
  EXPECT_NE(r.out.find("instance 0 -> node2   alternates: node4"), std::string::npos);
}

// The real Nova (../shared/tools/oracles/nova_oracle.py < schedule_5hosts.json) answered:
//   weighed    [{"host": "node2", "weight": 4.0}, {"host": "node4", "weight": -999997.3914857068}]
//   selections node2 (alternates node4), node2 (alternates node4); no_valid_host false
TEST(ScheduleCli, JsonMatchesTheRealNovaOnTheFiveHostExample) {
  const CliResult r = run_cli("schedule '" + kFiveHosts + "' --json", dir("json"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["filtered"], nlohmann::json({"node2", "node4"}));
  ASSERT_EQ(j["weighed"].size(), 2u);
  EXPECT_EQ(j["weighed"][0]["host"], "node2");
  EXPECT_EQ(j["weighed"][0]["weight"].get<double>(), 4.0);
  EXPECT_EQ(j["weighed"][1]["host"], "node4");
  EXPECT_EQ(j["weighed"][1]["weight"].get<double>(), -999997.3914857068);
  ASSERT_EQ(j["selections"].size(), 2u);
  for (const auto& s : j["selections"]) {
    EXPECT_EQ(s["host"], "node2");
    EXPECT_EQ(s["alternates"], nlohmann::json({"node4"}));
  }
  EXPECT_EQ(j["selections"][0]["instance_uuid"], "c3f386d1-2fd8-55e2-ad7d-8cfd6cd6a512");
  EXPECT_EQ(j["no_valid_host"], false);
  EXPECT_EQ(j["per_filter_pass"]["ComputeFilter"], nlohmann::json({"node1", "node2", "node4", "node5"}));
  EXPECT_EQ(j["filter_chain"][2]["filter"], "AggregateInstanceExtraSpecsFilter");
  EXPECT_EQ(j["filter_chain"][2]["remaining"], nlohmann::json({"node2", "node4"}));
}

struct BadSchedule {
  std::string name, json, message;
};

class BadScheduleFile : public ::testing::TestWithParam<BadSchedule> {};

TEST_P(BadScheduleFile, OneLineErrorAndExit2) {
  const auto& c = GetParam();
  const fs::path d = dir("bad-" + c.name);
  std::ofstream(d / "in.json") << c.json;
  const CliResult r = run_cli("schedule in.json", d);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "stacktwin: error: " + c.message + "\n");
  EXPECT_EQ(r.out, "");
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, BadScheduleFile,
    ::testing::Values(
        BadSchedule{"missing_field", R"({"hosts":[{"vcpus":4}],"request":{"flavor":{"vcpus":1}}})",
                    "in.json: hosts[0].host: required field is missing"},
        BadSchedule{"unknown_weigher", R"({"hosts":[{"host":"a"}],"weighers":["RAMWeigher","RamWeigher"]})",
                    "in.json: weighers[1]: unknown weigher 'RamWeigher'; valid weighers: BestFitWeigher, BuildFailureWeigher, "
                    "CPUWeigher, CrossCellWeigher, DiskWeigher, IoOpsWeigher, MetricsWeigher, PCIWeigher, "
                    "RAMWeigher, ServerGroupSoftAffinityWeigher, ServerGroupSoftAntiAffinityWeigher"},
        BadSchedule{"malformed_query_hint", R"({"hosts":[{"host":"a"}],"request":{"scheduler_hints":{"query":"[>= 1"}}})",
                    "in.json: request.scheduler_hints.query: bad value '[>= 1': expected a JSON list such as "
                    "[\">=\", \"$free_ram_mb\", 1024]"},
        BadSchedule{"malformed_ip_hint", R"({"hosts":[{"host":"a"}],"request":{"scheduler_hints":{"build_near_host_ip":"10.0.0.300"}}})",
                    "in.json: request.scheduler_hints.build_near_host_ip: bad value '10.0.0.300': expected an IP address"},
        BadSchedule{"unknown_operator",
                    R"({"hosts":[{"host":"a"}],"request":{"flavor":{"extra_specs":{"capabilities:cpu_info":"> 4"}}}})",
                    "in.json: request.flavor.extra_specs[\"capabilities:cpu_info\"]: bad value '> 4': unknown extra spec "
                    "operator '>' (valid: =, ==, !=, >=, <=, s==, s!=, s<, s<=, s>, s>=, <in>, <all-in>, <or>); Nova "
                    "would compare the whole string '> 4' for equality"}),
    [](const auto& info) { return info.param.name; });

TEST(ScheduleCli, UnknownFilterNameListsValidOnes) {
  const fs::path d = dir("bad-filter");
  std::ofstream(d / "in.json") << R"({"hosts":[{"host":"a"}],"filters":["RamFiltr"]})";
  const CliResult r = run_cli("schedule in.json", d);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("stacktwin: error: in.json: filters[0]: unknown filter 'RamFiltr'; valid filters: "
                        "AggregateCoreFilter, ",
                        0),
            0u)
      << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
}

}  // namespace
}  // namespace stacktwin::testing
