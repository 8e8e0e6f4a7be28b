// The filter scheduler end to end on the real-Nova oracle's example 1
// (../shared/tools/oracles/examples/nova_ex1.json; NOVA_NOTES.md §6): the same filter chain,
// the same weights to the last bit, the same selection and alternates as Nova Zed.
#include <gtest/gtest.h>

#include "models/nova/filter_scheduler.h"
#include "sim/cli/input_placement.h"
#include "sim/cli/schedule_input.h"
#include "sim/engine/python_random.h"

namespace stacktwin::cli {
namespace {

std::vector<std::string> names(const nova::HostStates& hosts, const std::vector<nova::HostIndex>& list) {
  std::vector<std::string> out;
  for (auto h : list) out.push_back(hosts.host[h]);
  return out;
}

TEST(SchedulePipeline, OracleExample1) {
  ScheduleInput in = load_schedule_input(STACKTWIN_SOURCE_DIR "/tests/cli/data/nova_ex1.json");
  nova::SchedulerConfig config = in.config;
  config.enabled_filters = in.filters;
  if (in.weighers) config.weight_classes = *in.weighers;
  const nova::FilterScheduler scheduler(config);
  InputPlacement placement(in);
  sim::PythonRandom rng(in.seed);
  const auto result = scheduler.select_destinations(
      in.hosts, in.request, &placement, [&](std::uint64_t n) { return rng.randbelow(n); }, true);

  // Placement: cmp3 is not in az1's aggregate, cmp4's service is disabled.
  EXPECT_EQ(names(in.hosts, result.candidates), (std::vector<std::string>{"cmp1", "cmp2"}));
  ASSERT_FALSE(result.no_valid_host);
  ASSERT_EQ(result.traces.size(), 1u);
  const auto& trace = result.traces[0];
  ASSERT_EQ(trace.filters.size(), 6u);
  EXPECT_EQ(trace.filters[0].filter, "AvailabilityZoneFilter");
  EXPECT_EQ(names(in.hosts, trace.filtered), (std::vector<std::string>{"cmp1", "cmp2"}));
  // The oracle's "weighed": exact doubles.
  EXPECT_EQ(names(in.hosts, trace.weighed), (std::vector<std::string>{"cmp2", "cmp1"}));
  ASSERT_EQ(trace.weights.size(), 2u);
  EXPECT_EQ(trace.weights[0], 2.9563492063492065);
  EXPECT_EQ(trace.weights[1], 1.777834008097166);
  ASSERT_EQ(result.selections.size(), 1u);
  EXPECT_EQ(in.hosts.host[result.selections[0].host], "cmp2");
  EXPECT_EQ(names(in.hosts, result.selections[0].alternates), (std::vector<std::string>{"cmp1"}));
  // hosts_after: consume_from_request on cmp2 (4096 MB, 40 GB, 2 vCPU, +1 instance and io op).
  const nova::HostIndex cmp2 = result.selections[0].host;
  EXPECT_EQ(in.hosts.free_ram_mb[cmp2], 122368);
  EXPECT_EQ(in.hosts.free_disk_mb[cmp2], 942080);
  EXPECT_EQ(in.hosts.vcpus_used[cmp2], 32);
  EXPECT_EQ(in.hosts.num_instances[cmp2], 3);
  EXPECT_EQ(in.hosts.num_io_ops[cmp2], 1);
}

TEST(SchedulePipeline, UnknownFilterNameListsTheValidOnes) {
  nova::SchedulerConfig config;
  config.enabled_filters = {"ComputeFilter", "RamFiltr"};
  try {
    nova::FilterScheduler scheduler(config);
    FAIL() << "no error";
  } catch (const nova::UnknownNameError& e) {
    const std::string what = e.what();
    EXPECT_EQ(what.rfind("unknown filter 'RamFiltr'; valid filters: AggregateCoreFilter, ", 0), 0u) << what;
    EXPECT_NE(what.find(", RamFilter, "), std::string::npos) << what;
  }
}

}  // namespace
}  // namespace stacktwin::cli
