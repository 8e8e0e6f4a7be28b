// The raw value, bounds and multiplier of each of Nova Zed's ten weighers
// (nova/scheduler/weights/*.py), with hand-worked numbers.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>

#include "models/nova/host_weigher.h"
#include "models/nova/weighers/cross_cell_weigher.h"
#include "models/nova/weighers/metrics_weigher.h"

namespace stacktwin::nova {
namespace {

class WeigherTest : public ::testing::Test {
 protected:
  std::unique_ptr<HostWeigher> make(const std::string& name) { return weigher_registry().create(name, config); }
  HostIndex add_host(const std::string& name) {
    const HostIndex h = hosts.add(name, name);
    hosts.cpu_allocation_ratio[h] = 16.0;
    hosts.ram_allocation_ratio[h] = 1.5;
    hosts.disk_allocation_ratio[h] = 1.0;
    return h;
  }
  void join(HostIndex h, std::map<std::string, std::string> metadata) {
    hosts.all_aggregates.push_back({"agg" + std::to_string(hosts.all_aggregates.size()), "", std::move(metadata)});
    hosts.aggregates[h].push_back(static_cast<std::uint32_t>(hosts.all_aggregates.size() - 1));
  }

  SchedulerConfig config;
  HostStates hosts;
  RequestSpec spec;
};

TEST_F(WeigherTest, RegistryHoldsTheTenZedWeighersWithDescriptions) {
  const auto& entries = weigher_registry().entries();
  EXPECT_EQ(entries.size(), 10u);
  for (const char* name : {"RAMWeigher", "CPUWeigher", "DiskWeigher", "IoOpsWeigher", "BuildFailureWeigher",
                           "CrossCellWeigher", "PCIWeigher", "MetricsWeigher", "ServerGroupSoftAffinityWeigher",
                           "ServerGroupSoftAntiAffinityWeigher"}) {
    ASSERT_TRUE(entries.count(name)) << name;
    EXPECT_FALSE(entries.at(name).description.empty()) << name;
  }
  EXPECT_THROW(weigher_registry().create("RamWeigher", config), UnknownNameError);
}

TEST_F(WeigherTest, RamIsFreeRamMbNotScaledByAllocationRatioWithMinvalZero) {
  const HostIndex h = add_host("c1");
  hosts.free_ram_mb[h] = 131072 - 16896;  // memory_mb - memory_mb_used
  auto w = make("RAMWeigher");
  EXPECT_EQ(w->weigh(hosts, h, spec), 114176.0);
  EXPECT_EQ(w->minval(), 0.0);
  EXPECT_EQ(w->maxval(), std::nullopt);
  hosts.free_ram_mb[h] = -3000;  // overcommitted: raw stays negative, weighing clamps it
  EXPECT_EQ(w->weigh(hosts, h, spec), -3000.0);
  EXPECT_EQ(w->weight_multiplier(hosts, h), 1.0);
  config.ram_weight_multiplier = -1.0;
  EXPECT_EQ(make("RAMWeigher")->weight_multiplier(hosts, h), -1.0);
}

TEST_F(WeigherTest, CpuIsVcpusTimesRatioMinusUsed) {
  const HostIndex h = add_host("c1");
  hosts.vcpus_total[h] = 32;
  hosts.vcpus_used[h] = 8;
  auto w = make("CPUWeigher");
  EXPECT_EQ(w->weigh(hosts, h, spec), 504.0);  // 32 * 16.0 - 8
  hosts.cpu_allocation_ratio[h] = 1.5;
  hosts.vcpus_used[h] = 50;
  EXPECT_EQ(w->weigh(hosts, h, spec), -2.0);  // 48 - 50: overcommitted beyond the ratio
  EXPECT_EQ(w->minval(), 0.0);
}

TEST_F(WeigherTest, DiskIsFreeDiskMb) {
  const HostIndex h = add_host("c1");
  hosts.free_disk_mb[h] = (1000 - 160) * 1024;
  auto w = make("DiskWeigher");
  EXPECT_EQ(w->weigh(hosts, h, spec), 860160.0);
  EXPECT_EQ(w->minval(), 0.0);
  EXPECT_EQ(w->weight_multiplier(hosts, h), 1.0);
}

TEST_F(WeigherTest, IoOpsIsNumIoOpsWithNegativeDefaultMultiplier) {
  const HostIndex h = add_host("c1");
  hosts.num_io_ops[h] = 3;
  auto w = make("IoOpsWeigher");
  EXPECT_EQ(w->weigh(hosts, h, spec), 3.0);
  EXPECT_EQ(w->minval(), 0.0);
  EXPECT_EQ(w->weight_multiplier(hosts, h), -1.0);
}

TEST_F(WeigherTest, BuildFailureMultiplierIsNegatedIncludingAggregateOverride) {
  const HostIndex a = add_host("c1"), b = add_host("c2");
  hosts.failed_builds[a] = 4;
  join(b, {{"build_failure_weight_multiplier", "2.5"}});
  auto w = make("BuildFailureWeigher");
  EXPECT_EQ(w->weigh(hosts, a, spec), 4.0);
  EXPECT_EQ(w->minval(), std::nullopt);
  EXPECT_EQ(w->weight_multiplier(hosts, a), -1000000.0);
  EXPECT_EQ(w->weight_multiplier(hosts, b), -2.5);
}

TEST_F(WeigherTest, CrossCellIsZeroWithoutACrossCellMove) {
  const HostIndex h = add_host("c1");
  hosts.cell_uuid[h] = "cell1";
  spec.requested_destination = Destination{"c1", std::nullopt};
  auto w = make("CrossCellWeigher");
  EXPECT_EQ(w->weigh(hosts, h, spec), 0.0);
  EXPECT_EQ(w->weight_multiplier(hosts, h), 1000000.0);
  // Nova's rule, for when requests carry a preferred cell.
  EXPECT_EQ(cross_cell_raw("cell1", "cell1", true), 1.0);
  EXPECT_EQ(cross_cell_raw("cell2", "cell1", true), -1.0);
  EXPECT_EQ(cross_cell_raw("cell2", "cell1", false), 0.0);
  EXPECT_EQ(cross_cell_raw("cell2", std::nullopt, true), 0.0);
}

TEST_F(WeigherTest, PciIsHundredMinusFreeDevicesCappedAt99) {
  const HostIndex h = add_host("c1");
  auto w = make("PCIWeigher");
  EXPECT_EQ(w->weigh(hosts, h, spec), 100.0);  // no PCI at all
  hosts.pci_pools[h].push_back({"8086", "1520", 2, 0, {}});
  hosts.pci_pools[h].push_back({"15b3", "1018", 5, 1, {}});
  EXPECT_EQ(w->weigh(hosts, h, spec), 93.0);  // 100 - 7
  hosts.pci_pools[h][0].count = 500;
  EXPECT_EQ(w->weigh(hosts, h, spec), 1.0);  // 100 - min(505, 99)
  EXPECT_EQ(w->minval(), std::nullopt);
}

TEST_F(WeigherTest, SoftAffinityCountsDistinctGroupMembersOnTheHost) {
  const HostIndex h = add_host("c1");
  hosts.instances[h] = {"i1", "i2", "x"};
  spec.instance_group = InstanceGroup{"g", "soft-affinity", {}, {"i1", "i2", "i3", "i1"}, {}};
  auto aff = make("ServerGroupSoftAffinityWeigher");
  auto anti = make("ServerGroupSoftAntiAffinityWeigher");
  EXPECT_EQ(aff->weigh(hosts, h, spec), 2.0);
  EXPECT_EQ(anti->weigh(hosts, h, spec), 0.0);  // policy is not soft-anti-affinity
  spec.instance_group->policy = "soft-anti-affinity";
  EXPECT_EQ(aff->weigh(hosts, h, spec), 0.0);
  EXPECT_EQ(anti->weigh(hosts, h, spec), -2.0);
  spec.instance_group.reset();
  EXPECT_EQ(anti->weigh(hosts, h, spec), 0.0);
  EXPECT_FALSE(std::signbit(anti->weigh(hosts, h, spec)));
  join(h, {{"soft_affinity_weight_multiplier", "3"}, {"soft_anti_affinity_weight_multiplier", "0.5"}});
  EXPECT_EQ(aff->weight_multiplier(hosts, h), 3.0);
  EXPECT_EQ(anti->weight_multiplier(hosts, h), 0.5);
}

TEST_F(WeigherTest, AggregateOverrideTakesTheMinimumAndIgnoresNonNumbers) {
  const HostIndex h = add_host("c1"), g = add_host("c2");
  join(h, {{"ram_weight_multiplier", "2.5"}});
  join(h, {{"ram_weight_multiplier", "-1.0"}});
  join(h, {{"ram_weight_multiplier", "0.5"}, {"cpu_weight_multiplier", "abc"}});
  join(g, {{"cpu_weight_multiplier", "7"}});
  join(g, {{"cpu_weight_multiplier", "x7"}});
  config.cpu_weight_multiplier = 2.0;
  EXPECT_EQ(make("RAMWeigher")->weight_multiplier(hosts, h), -1.0);  // min(2.5, -1.0, 0.5)
  EXPECT_EQ(make("CPUWeigher")->weight_multiplier(hosts, h), 2.0);   // "abc": the nova.conf value
  EXPECT_EQ(make("CPUWeigher")->weight_multiplier(hosts, g), 2.0);   // one bad value spoils the lot
  EXPECT_EQ(make("DiskWeigher")->weight_multiplier(hosts, h), 1.0);  // key not set
}

TEST(PythonFloat, AcceptsWhatPythonFloatAccepts) {
  EXPECT_EQ(python_float("1.5"), 1.5);
  EXPECT_EQ(python_float(" -2 "), -2.0);
  EXPECT_EQ(python_float("1_0e-3"), 0.01);
  EXPECT_EQ(python_float(".5"), 0.5);
  EXPECT_EQ(python_float("5."), 5.0);
  EXPECT_EQ(python_float("+1E2"), 100.0);
  EXPECT_EQ(python_float("-Infinity"), -std::numeric_limits<double>::infinity());
  EXPECT_TRUE(std::isnan(*python_float("NaN")));
  for (const char* bad : {"", " ", ".", "x", "1e", "1__0", "_1", "1_", "0x10", "1.5.", "--1", "1 2", "inf1"})
    EXPECT_EQ(python_float(bad), std::nullopt) << bad;
}

TEST(ParseMetricsWeightSetting, DropsBadEntriesKeepsDuplicatesAndUnstrippedKeys) {
  // utils.parse_options(opts, sep='=', converter=float).
  const auto s = parse_metrics_weight_setting(
      {"cpu.percent=-0.5", "bad", "=3", "load=x", "cpu.frequency= 1_0e-3 ", "cpu.percent=0.25", "a =1", "b=", "c==1"});
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], (std::pair<std::string, double>{"cpu.percent", -0.5}));
  EXPECT_EQ(s[1], (std::pair<std::string, double>{"cpu.frequency", 0.01}));
  EXPECT_EQ(s[2], (std::pair<std::string, double>{"cpu.percent", 0.25}));
  EXPECT_EQ(s[3], (std::pair<std::string, double>{"a ", 1.0}));
}

TEST_F(WeigherTest, MetricsSumsValueTimesRatioInSettingOrder) {
  const HostIndex h = add_host("c1");
  hosts.metrics[h] = {{"cpu.percent", 40.0}, {"cpu.frequency", 1000.0}};
  config.metrics_weight_setting = {"cpu.percent=-0.5", "cpu.frequency=0.01", "cpu.percent=0.25"};
  auto w = make("MetricsWeigher");
  EXPECT_EQ(w->weigh(hosts, h, spec), 0.0);  // -20 + 10 + 10
  EXPECT_EQ(w->minval(), std::nullopt);
  config.metrics_weight_setting = {};
  EXPECT_EQ(make("MetricsWeigher")->weigh(hosts, h, spec), 0.0);
}

TEST_F(WeigherTest, MetricsMissingAndRequiredRaisesComputeHostMetricNotFound) {
  const HostIndex h = add_host("c1");
  hosts.metrics[h] = {{"cpu.percent", 40.0}};
  config.metrics_weight_setting = {"cpu.percent=1", "cpu.frequency=1"};
  auto w = make("MetricsWeigher");
  try {
    w->weigh(hosts, h, spec);
    FAIL() << "no exception";
  } catch (const ComputeHostMetricNotFound& e) {
    EXPECT_EQ(e.metric, "cpu.frequency");
    EXPECT_STREQ(e.what(), "Metric cpu.frequency could not be found on the compute host node c1.c1.");
  }
}

TEST_F(WeigherTest, MetricsMissingNotRequiredIsWeightOfUnavailableUnlessRatioTimesMultiplierIsZero) {
  const HostIndex h = add_host("c1");
  hosts.metrics[h] = {{"cpu.percent", 40.0}};
  config.metrics_required = false;
  config.metrics_weight_setting = {"cpu.percent=1", "cpu.frequency=1", "cpu.percent=1"};
  EXPECT_EQ(make("MetricsWeigher")->weigh(hosts, h, spec), -10000.0);  // earlier 40 discarded
  config.metrics_weight_setting = {"cpu.percent=1", "cpu.frequency=0", "cpu.percent=1"};
  EXPECT_EQ(make("MetricsWeigher")->weigh(hosts, h, spec), 80.0);  // ratio 0: skipped
  config.metrics_weight_setting = {"cpu.percent=1", "cpu.frequency=2", "cpu.percent=1"};
  join(h, {{"metrics_weight_multiplier", "0"}});
  auto w = make("MetricsWeigher");
  EXPECT_EQ(w->weight_multiplier(hosts, h), 0.0);
  EXPECT_EQ(w->weigh(hosts, h, spec), 80.0);  // host multiplier 0: skipped
}

}  // namespace
}  // namespace stacktwin::nova
