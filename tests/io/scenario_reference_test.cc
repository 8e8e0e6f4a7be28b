// The docs and `stacktwin params` come from the declarations (STYLE.md rule 9).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "sim/io/scenario_schema.h"

namespace stacktwin::io {
namespace {

TEST(ScenarioReference, DocIsUpToDate) {
  const std::string path = std::string(STACKTWIN_SOURCE_DIR) + "/docs/scenario-reference.md";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_TRUE(text.str() == scenario_reference_markdown())
      << path << " is out of date with sim/io/scenario_schema.cc; regenerate it with\n"
      << "  build/sim/cli/stacktwin params --markdown > docs/scenario-reference.md";
}

TEST(ScenarioReference, ParamsListEveryDeclaredKey) {
  const std::string text = params_text();
  for (const char* key :
       {"name ", "seed ", "duration ", "output.file ", "output.sample_interval ", "hosts[] ",
        "hosts[].vcpus ", "hosts[].cpu_allocation_ratio ", "flavors[].swap ",
        "nova.DEFAULT.reserved_host_memory_mb ", "workload[].lifetime ", "workload[].end ",
        "events[].class ", "events[].count ", "hosts[].aggregates ", "aggregates[] ",
        "aggregates[].name ", "aggregates[].metadata ", "flavors[].extra_specs ",
        "nova.filter_scheduler.enabled_filters ", "nova.filter_scheduler.weight_classes ",
        "nova.filter_scheduler.shuffle_best_same_weighed_hosts ",
        "nova.filter_scheduler.build_failure_weight_multiplier ", "nova.scheduler.driver ",
        "nova.scheduler.max_placement_results "})
    EXPECT_NE(text.find(std::string("\n") + key), std::string::npos) << key;
  EXPECT_NE(text.find("\nlognormal     p99        duration           > median"), std::string::npos)
      << text;
}

TEST(ScenarioReference, ParamsRowShowsUnitDefaultRangeAndDescription) {
  const std::string text = params_text();
  const auto at = text.find("\nnova.DEFAULT.cpu_allocation_ratio ");
  ASSERT_NE(at, std::string::npos);
  const std::string row = text.substr(at + 1, text.find('\n', at + 1) - at - 1);
  EXPECT_EQ(row,
            "nova.DEFAULT.cpu_allocation_ratio                           ratio         16.0       "
            "            > 0                                                         Virtual CPUs "
            "per physical CPU (Zed's initial_cpu_allocation_ratio)");
}

}  // namespace
}  // namespace stacktwin::io
