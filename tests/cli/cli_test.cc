// The stacktwin command line end to end: run, validate, params, results layout, exit codes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_run.h"

namespace stacktwin::testing {
namespace {

namespace fs = std::filesystem;

const std::string kQuickstart = STACKTWIN_SOURCE_DIR "/scenarios/quickstart.yaml";

fs::path workdir(const std::string& name) {
  const fs::path d = fs::path(STACKTWIN_BINARY_DIR) / "test-output" / "cli" / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

TEST(Cli, RunWritesResultsAndSummaryJson) {
  const fs::path dir = workdir("run");
  const CliResult r = run_cli("run '" + kQuickstart + "' --summary-json s.json", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir / "quickstart.h5"));  // output.file, relative to the working dir
  EXPECT_NE(r.out.find("vms.requested"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("vms.rejection_rate"), std::string::npos);
  EXPECT_EQ(r.err, "");  // no progress line when stderr is not a terminal

  const auto j = nlohmann::json::parse(read_file(dir / "s.json"));
  for (const char* key : {"requested", "placed", "rejected", "rejection_rate", "lost_to_failures"})
    EXPECT_TRUE(j["vms"].contains(key)) << key;
  for (const char* rc : {"VCPU", "MEMORY_MB", "DISK_GB"}) {
    EXPECT_TRUE(j["resources"][rc].contains("peak_used")) << rc;
    EXPECT_TRUE(j["resources"][rc].contains("mean_utilisation")) << rc;
  }
  for (const char* key : {"events", "wall_s", "events_per_s"}) EXPECT_TRUE(j["engine"].contains(key)) << key;
  EXPECT_EQ(j["seed"], 42);
  const auto requested = j["vms"]["requested"].get<std::int64_t>();
  EXPECT_EQ(requested, j["vms"]["placed"].get<std::int64_t>() + j["vms"]["rejected"].get<std::int64_t>());
  // 30/h for 30 days: about 21600 requests (Poisson, so within 4 sigma = 588).
  EXPECT_NEAR(static_cast<double>(requested), 21600.0, 588.0);
  EXPECT_EQ(j["hosts"]["total"], 48);      // 40, then 8 added on day 15
  EXPECT_EQ(j["hosts"]["up_at_end"], 44);  // 4 failed on day 10
}

TEST(Cli, TwoRunsGiveIdenticalBytesAndOwnOutputIsReplaced) {
  const fs::path dir = workdir("identical");
  ASSERT_EQ(run_cli("run -q '" + kQuickstart + "' -o a.h5", dir).exit_code, 0);
  ASSERT_EQ(run_cli("run -q '" + kQuickstart + "' -o b.h5", dir).exit_code, 0);
  EXPECT_TRUE(read_file(dir / "a.h5") == read_file(dir / "b.h5"));
  ASSERT_EQ(run_cli("run -q '" + kQuickstart + "' -o a.h5 --set seed=43", dir).exit_code, 0);
  EXPECT_FALSE(read_file(dir / "a.h5") == read_file(dir / "b.h5"));
}

TEST(Cli, ResultsLayoutAsShownByH5dump) {
  const fs::path dir = workdir("layout");
  ASSERT_EQ(run_cli("run -q '" + kQuickstart + "' -o q.h5", dir).exit_code, 0);
  const CliResult dump = run_cli("--version", dir);  // keep the binary warm; h5dump below
  ASSERT_EQ(dump.exit_code, 0);
  const std::string listing_file = (dir / "listing.txt").string();
  ASSERT_EQ(std::system(("h5dump -n '" + (dir / "q.h5").string() + "' > '" + listing_file + "'").c_str()), 0);
  const std::string listing = read_file(listing_file);
  for (const char* object :
       {" group      /meta", " dataset    /meta/scenario", " dataset    /meta/resolved_config",
        " dataset    /meta/seed", " dataset    /meta/program_version", " group      /series/vms/active",
        " dataset    /series/vms/active/time", " dataset    /series/vms/active/value",
        " dataset    /series/resources/VCPU/used/value", " dataset    /series/az/az1/resources/MEMORY_MB/capacity/value",
        " group      /events/vm", " dataset    /events/vm/id", " dataset    /events/vm/flavor",
        " dataset    /events/vm/host", " dataset    /events/vm/requested", " dataset    /events/vm/started",
        " dataset    /events/vm/ended", " dataset    /events/vm/outcome"})
    EXPECT_NE(listing.find(std::string(object) + "\n"), std::string::npos) << object << "\n" << listing;
}

TEST(Cli, RefusesToOverwriteAFileItDidNotWrite) {
  const fs::path dir = workdir("overwrite");
  { std::ofstream(dir / "precious.h5") << "my thesis data"; }
  const CliResult r = run_cli("run -q '" + kQuickstart + "' -o precious.h5", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "stacktwin: error: precious.h5: refusing to overwrite a file that is not a stacktwin "
            "results file (use --force, or choose another --output)\n");
  EXPECT_EQ(read_file(dir / "precious.h5"), "my thesis data");
  EXPECT_EQ(run_cli("run -q '" + kQuickstart + "' -o precious.h5 --force", dir).exit_code, 0);
  EXPECT_NE(read_file(dir / "precious.h5"), "my thesis data");
}

TEST(Cli, ValidateChecksWithoutRunning) {
  const fs::path dir = workdir("validate");
  const CliResult r = run_cli("validate '" + kQuickstart + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, kQuickstart + ": ok (1 host classes, 2 flavors, 1 workloads, 2 events)\n");
  EXPECT_FALSE(fs::exists(dir / "quickstart.h5"));
}

TEST(Cli, BadFlagsExitWith2) {
  const fs::path dir = workdir("flags");
  const CliResult r = run_cli("run '" + kQuickstart + "' --frobnicate", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "stacktwin: error: The following argument was not expected: --frobnicate (see stacktwin --help)\n");
  EXPECT_EQ(run_cli("", dir).exit_code, 2);
  EXPECT_EQ(run_cli("explode", dir).exit_code, 2);
}

TEST(Cli, ParamsListsEveryDeclaredKey) {
  const fs::path dir = workdir("params");
  const CliResult r = run_cli("params", dir);
  ASSERT_EQ(r.exit_code, 0);
  for (const char* key : {"seed", "duration", "output.sample_interval", "hosts[].vcpus", "flavors[].ram",
                          "nova.DEFAULT.cpu_allocation_ratio", "workload[].arrival_rate", "events[].action",
                          "nova.filter_scheduler.enabled_filters", "nova.scheduler.driver", "aggregates[].metadata",
                          "hosts[].aggregates", "flavors[].extra_specs"})
    EXPECT_NE(r.out.find(key), std::string::npos) << key;
  const CliResult md = run_cli("params --markdown", dir);
  EXPECT_EQ(md.out, read_file(STACKTWIN_SOURCE_DIR "/docs/scenario-reference.md"));
}

}  // namespace
}  // namespace stacktwin::testing
