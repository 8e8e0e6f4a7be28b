// Every scenario under scenarios/ is a golden test (STYLE.md rules 12 and 13): it runs, its
// summary equals the expected one in scenarios/expected/, two runs give byte-identical results
// files, and another seed gives different ones.
//
// Regenerate the expected summaries (never edit them by hand): tools/regen-expected.sh
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "models/nova/examples/register_example_policies.h"
#include "sim/cli/capacity_run.h"
#include "sim/cli/results_file.h"
#include "sim/io/scenario_loader.h"

namespace stacktwin::cli {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> scenario_files() {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(STACKTWIN_SOURCE_DIR "/scenarios"))
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// The summary without the keys that depend on the machine or the output path.
std::string deterministic_summary(Summary s) {
  Summary out;
  for (const auto& [k, v] : s.entries())
    if (k != "engine.wall_s" && k != "engine.events_per_s" && k != "results.file") out.set(k, v);
  return out.to_json();
}

std::string test_name(const std::string& path) {
  std::string rel = fs::relative(path, STACKTWIN_SOURCE_DIR "/scenarios").replace_extension().string();
  for (char& ch : rel)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return rel;
}

class GoldenScenario : public ::testing::TestWithParam<std::string> {
 protected:
  fs::path tmp(const std::string& leaf) {
    const fs::path dir = fs::path(STACKTWIN_BINARY_DIR) / "test-output" / "golden";
    fs::create_directories(dir);
    return dir / (test_name(GetParam()) + leaf);
  }
};

TEST_P(GoldenScenario, SummaryMatchesExpectedAndResultsAreByteIdentical) {
  nova::examples::register_example_policies();  // as the CLI does: scenarios may name them
  const std::string path = GetParam();
  const auto config = io::load_scenario(path, {});
  const RunResult first = run_capacity_scenario(config);
  const RunResult second = run_capacity_scenario(config);

  const std::string summary = deterministic_summary(first.summary);
  EXPECT_EQ(summary, deterministic_summary(second.summary));
  const fs::path expected_file = fs::path(STACKTWIN_SOURCE_DIR) / "scenarios" / "expected" /
                                 (test_name(path) + ".summary.json");
  if (std::getenv("STACKTWIN_REGEN_EXPECTED")) {
    fs::create_directories(expected_file.parent_path());
    std::ofstream(expected_file, std::ios::binary) << summary;
  }
  ASSERT_TRUE(fs::exists(expected_file)) << expected_file << " is missing: run tools/regen-expected.sh";
  EXPECT_EQ(summary, slurp(expected_file)) << "summary changed: if intended, run tools/regen-expected.sh";

  const fs::path a = tmp("-a.h5"), b = tmp("-b.h5"), c = tmp("-c.h5");
  write_results(a.string(), config, first);
  write_results(b.string(), config, second);
  const std::string bytes_a = slurp(a);
  ASSERT_GT(bytes_a.size(), 1000u);
  EXPECT_TRUE(bytes_a == slurp(b)) << "two runs of " << path << " gave different results files";

  const auto reseeded = io::load_scenario(path, {"seed=" + std::to_string(config.seed + 1)});
  write_results(c.string(), reseeded, run_capacity_scenario(reseeded));
  EXPECT_FALSE(bytes_a == slurp(c)) << "a different seed must change the results";
  for (const auto& f : {a, b, c}) fs::remove(f);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, GoldenScenario, ::testing::ValuesIn(scenario_files()),
                         [](const auto& info) { return test_name(info.param); });

}  // namespace
}  // namespace stacktwin::cli
