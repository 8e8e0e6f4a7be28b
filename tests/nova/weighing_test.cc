// Nova's weight handler (nova/weights.py BaseWeightHandler.get_weighed_objects, Zed):
// clamping, normalisation, per-host multipliers, stable descending sort, and two cases checked
// against the real Nova code run by /work/shared/tools/oracles/nova_oracle.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "models/nova/host_weigher.h"
#include "models/nova/weighers/metrics_weigher.h"
#include "models/nova/weighing.h"

namespace stacktwin::nova {
namespace {

// A weigher with given raw values per host, for the normalisation rules.
class FixedWeigher : public HostWeigher {
 public:
  FixedWeigher(std::vector<double> raw, std::optional<double> minval = std::nullopt,
               std::optional<double> maxval = std::nullopt, double multiplier = 1.0)
      : raw_(std::move(raw)), minval_(minval), maxval_(maxval), multiplier_(multiplier) {}
  double weigh(const HostStates&, HostIndex h, const RequestSpec&) const override {
    ++calls;
    return raw_[h];
  }
  std::optional<double> minval() const override { return minval_; }
  std::optional<double> maxval() const override { return maxval_; }
  double weight_multiplier(const HostStates&, HostIndex) const override { return multiplier_; }
  mutable int calls = 0;

 private:
  std::vector<double> raw_;
  std::optional<double> minval_, maxval_;
  double multiplier_;
};

// The configured weighers, built from the registry under their names.
struct Weighers {
  Weighers(const std::vector<std::string>& names_, const SchedulerConfig& config) : names(names_) {
    for (const auto& n : names) {
      owned.push_back(weigher_registry().create(n, config));
      ptrs.push_back(owned.back().get());
    }
  }
  std::vector<std::string> names;
  std::vector<std::unique_ptr<HostWeigher>> owned;
  std::vector<const HostWeigher*> ptrs;
};

HostStates plain_hosts(std::size_t n) {
  HostStates hosts;
  for (std::size_t i = 0; i < n; ++i) hosts.add("h" + std::to_string(i), "h" + std::to_string(i));
  return hosts;
}

std::vector<HostIndex> all_of(const HostStates& hosts) {
  std::vector<HostIndex> v;
  for (HostIndex h = 0; h < hosts.size(); ++h) v.push_back(h);
  return v;
}

WeighedHosts weigh_fixed(const HostStates& hosts, std::vector<const HostWeigher*> ws) {
  std::vector<std::string> names(ws.size(), "Fixed");
  return weigh_hosts(hosts, all_of(hosts), RequestSpec{}, ws, names, true);
}

TEST(Weighing, NoHostOrOneHostWeighsZeroWithoutCallingWeighers) {
  FixedWeigher w({5.0});
  const HostStates none = plain_hosts(0), one = plain_hosts(1);
  auto r0 = weigh_fixed(none, {&w});
  EXPECT_TRUE(r0.hosts.empty());
  auto r1 = weigh_fixed(one, {&w});
  ASSERT_EQ(r1.hosts.size(), 1u);
  EXPECT_EQ(r1.weights[0], 0.0);
  EXPECT_TRUE(r1.steps.empty());
  EXPECT_EQ(w.calls, 0);
}

TEST(Weighing, MinvalZeroNormalisesAsRawOverMaxAndClampsNegatives) {
  const HostStates hosts = plain_hosts(3);
  FixedWeigher w({-500.0, 1000.0, 4000.0}, 0.0);
  auto r = weigh_fixed(hosts, {&w});
  ASSERT_EQ(r.steps.size(), 1u);
  EXPECT_EQ(r.steps[0].raw, (std::vector<double>{0.0, 1000.0, 4000.0}));  // -500 clamped to minval
  EXPECT_EQ(r.steps[0].normalized, (std::vector<double>{0.0, 0.25, 1.0}));
  EXPECT_EQ(r.hosts, (std::vector<HostIndex>{2, 1, 0}));
}

TEST(Weighing, WithoutBoundsNormalisesMinMax) {
  const HostStates hosts = plain_hosts(3);
  FixedWeigher w({-2.0, 2.0, 0.0});
  auto r = weigh_fixed(hosts, {&w});
  EXPECT_EQ(r.steps[0].normalized, (std::vector<double>{0.0, 1.0, 0.5}));
  EXPECT_EQ(r.weights, (std::vector<double>{1.0, 0.5, 0.0}));
}

TEST(Weighing, MaxvalClampsAndBoundsTheRange) {
  const HostStates hosts = plain_hosts(3);
  FixedWeigher w({1.0, 3.0, 9.0}, std::nullopt, 5.0);
  auto r = weigh_fixed(hosts, {&w});
  EXPECT_EQ(r.steps[0].raw, (std::vector<double>{1.0, 3.0, 5.0}));
  EXPECT_EQ(r.steps[0].normalized, (std::vector<double>{0.0, 0.5, 1.0}));
}

TEST(Weighing, AllEqualNormalisesToZero) {
  const HostStates hosts = plain_hosts(3);
  FixedWeigher a({7.0, 7.0, 7.0}), b({0.0, 0.0, 0.0}, 0.0), c({-4.0, -1.0, -9.0}, 0.0);  // c clamps to all 0
  auto r = weigh_fixed(hosts, {&a, &b, &c});
  for (const auto& step : r.steps) EXPECT_EQ(step.normalized, (std::vector<double>{0.0, 0.0, 0.0}));
  EXPECT_EQ(r.hosts, (std::vector<HostIndex>{0, 1, 2}));  // ties keep the input order
}

TEST(Weighing, MultipliersScaleAndTiesKeepInputOrder) {
  const HostStates hosts = plain_hosts(4);
  FixedWeigher ram({10.0, 20.0, 20.0, 10.0}, 0.0, std::nullopt, -1.0);  // stacking
  auto r = weigh_fixed(hosts, {&ram});
  EXPECT_EQ(r.hosts, (std::vector<HostIndex>{0, 3, 1, 2}));
  EXPECT_EQ(r.weights, (std::vector<double>{-0.5, -0.5, -1.0, -1.0}));
  EXPECT_EQ(contribution(r.steps[0], 1), -1.0);
  // Candidate order, not host index, breaks ties.
  WeighedHosts out;
  const std::vector<HostIndex> reversed{3, 2, 1, 0};
  const std::vector<std::string> names{"Fixed"};
  const std::vector<const HostWeigher*> ws{&ram};
  weigh_hosts(hosts, reversed, RequestSpec{}, ws, names, out);
  EXPECT_EQ(out.hosts, (std::vector<HostIndex>{3, 0, 2, 1}));
  EXPECT_EQ(out.candidates, reversed);
  EXPECT_EQ(out.order, (std::vector<std::uint32_t>{0, 3, 1, 2}));
}

TEST(Weighing, AggregateMultiplierOverridesPerHost) {
  // RAMWeigher on two hosts with equal free RAM ratios: the aggregate sets the sign per host.
  HostStates hosts = plain_hosts(3);
  hosts.free_ram_mb = {1000, 1000, 500};
  hosts.all_aggregates.push_back({"stack", "", {{"ram_weight_multiplier", "-2"}}});
  hosts.all_aggregates.push_back({"spread", "", {{"ram_weight_multiplier", "3"}}});
  hosts.all_aggregates.push_back({"junk", "", {{"ram_weight_multiplier", "fast"}}});
  hosts.aggregates[0] = {0, 1};  // min(-2, 3) = -2
  hosts.aggregates[1] = {2};     // not a number: nova.conf's 1.0
  hosts.aggregates[2] = {1};     // 3
  Weighers w({"RAMWeigher"}, SchedulerConfig{});
  auto r = weigh_hosts(hosts, all_of(hosts), RequestSpec{}, w.ptrs, w.names, true);
  EXPECT_EQ(r.steps[0].multiplier, (std::vector<double>{-2.0, 1.0, 3.0}));
  EXPECT_EQ(r.totals, (std::vector<double>{-2.0, 1.0, 1.5}));
  EXPECT_EQ(r.hosts, (std::vector<HostIndex>{2, 1, 0}));
}

TEST(Weighing, MissingRequiredMetricAbortsWeighingOnlyWithTwoOrMoreHosts) {
  SchedulerConfig config;
  config.metrics_weight_setting = {"cpu.percent=1.0"};
  HostStates hosts = plain_hosts(2);
  hosts.metrics[0] = {{"cpu.percent", 50.0}};
  Weighers w({"MetricsWeigher"}, config);
  const std::vector<HostIndex> both{0, 1}, only_missing{1};
  EXPECT_THROW(weigh_hosts(hosts, both, RequestSpec{}, w.ptrs, w.names, false), ComputeHostMetricNotFound);
  auto r = weigh_hosts(hosts, only_missing, RequestSpec{}, w.ptrs, w.names, false);
  EXPECT_EQ(r.hosts, only_missing);
  EXPECT_EQ(r.weights[0], 0.0);
}

// Hosts as nova_oracle.py builds HostState from its JSON: free_ram_mb = memory_mb -
// memory_mb_used, free_disk_mb = (local_gb - local_gb_used) * 1024, allocation ratios 16/1.5/1.0
// unless given, cpu.*percent metrics * 100 as MonitorMetricList.from_json does.
struct OracleHost {
  std::string name;
  std::int64_t vcpus, vcpus_used, memory_mb, memory_mb_used, local_gb, local_gb_used;
  std::int64_t num_instances = 0, num_io_ops = 0, failed_builds = 0;
  double cpu_allocation_ratio = 16.0, ram_allocation_ratio = 1.5;
  std::vector<std::uint32_t> aggregates = {};
  std::vector<std::string> instances = {};
  std::map<std::string, double> metrics = {};
  std::int64_t pci_free = 0;
};

HostStates oracle_hosts(const std::vector<OracleHost>& spec, std::vector<Aggregate> aggregates = {}) {
  HostStates hosts;
  hosts.all_aggregates = std::move(aggregates);
  for (const auto& o : spec) {
    const HostIndex h = hosts.add(o.name, o.name);
    hosts.vcpus_total[h] = o.vcpus;
    hosts.vcpus_used[h] = o.vcpus_used;
    hosts.free_ram_mb[h] = o.memory_mb - o.memory_mb_used;
    hosts.free_disk_mb[h] = (o.local_gb - o.local_gb_used) * 1024;
    hosts.cpu_allocation_ratio[h] = o.cpu_allocation_ratio;
    hosts.ram_allocation_ratio[h] = o.ram_allocation_ratio;
    hosts.disk_allocation_ratio[h] = 1.0;
    hosts.num_instances[h] = o.num_instances;
    hosts.num_io_ops[h] = o.num_io_ops;
    hosts.failed_builds[h] = o.failed_builds;
    hosts.aggregates[h] = o.aggregates;
    hosts.instances[h] = o.instances;
    hosts.metrics[h] = o.metrics;
    if (o.pci_free) hosts.pci_pools[h].push_back({"8086", "1520", o.pci_free, std::nullopt, {}});
  }
  return hosts;
}

TEST(WeighingOracle, NovaEx1) {
  // /work/shared/tools/oracles/examples/nova_ex1.json: cmp3 (az2) and cmp4 (disabled) are
  // filtered out; cmp1 and cmp2 are weighed by all ten weighers with nova.conf defaults.
  const HostStates hosts = oracle_hosts({
      {"cmp1", 32, 8, 131072, 16896, 1000, 160, 4, 1},
      {"cmp2", 32, 30, 131072, 4608, 1000, 40, 2, 0},
  });
  Weighers w(all_weigher_names(), SchedulerConfig{});
  auto r = weigh_hosts(hosts, all_of(hosts), RequestSpec{}, w.ptrs, w.names, true);
  // Oracle "weighed": cmp2 2.9563492063492065, cmp1 1.777834008097166.
  ASSERT_EQ(r.hosts, (std::vector<HostIndex>{1, 0}));
  EXPECT_DOUBLE_EQ(r.weights[0], 2.9563492063492065);
  EXPECT_DOUBLE_EQ(r.weights[1], 1.777834008097166);
  EXPECT_EQ(r.weights[0], 2.9563492063492065);  // bit for bit
  EXPECT_EQ(r.weights[1], 1.777834008097166);
  // Breakdown: RAM 114176 / 126464, CPU 504 / 482 (minval 0: raw / max).
  const auto& ram = r.steps[6];
  ASSERT_EQ(ram.weigher, "RAMWeigher");
  EXPECT_EQ(ram.normalized[0], 0.902834008097166);
  const auto& cpu = r.steps[2];
  ASSERT_EQ(cpu.weigher, "CPUWeigher");
  EXPECT_EQ(cpu.raw, (std::vector<double>{504.0, 482.0}));
  EXPECT_EQ(cpu.normalized[1], 0.9563492063492064);
  EXPECT_EQ(r.steps[3].multiplier[0], -1000000.0);  // BuildFailureWeigher, negated
}

TEST(WeighingOracle, AggregatesMetricsPciAndSoftAntiAffinity) {
  // Oracle input (run: nova_oracle.py < in.json), all ten weighers in the oracle's order:
  // {"config": {"filter_scheduler": {"ram_weight_multiplier": 1.5, "build_failure_weight_multiplier": 10.0},
  //   "metrics": {"weight_setting": ["cpu.percent=-0.5", "bad", "=3", "load=x", "cpu.frequency= 1_0e-3 ",
  //                                  "cpu.percent=0.25"], "required": false}},
  //  "hosts": [
  //   {"host": "h1", "vcpus": 16, "vcpus_used": 4, "memory_mb": 65536, "memory_mb_used": 70000, "local_gb": 500,
  //    "local_gb_used": 100, "num_io_ops": 2, "failed_builds": 0, "aggregates": ["fast", "slow"],
  //    "instances": ["i1", "i2"], "metrics": [{"name": "cpu.percent", "value": 0.4}, {"name": "cpu.frequency", "value": 1000}],
  //    "pci_pools": [{"vendor_id": "8086", "product_id": "1520", "count": 3}]},
  //   {"host": "h2", "vcpus": 32, "vcpus_used": 40, "cpu_allocation_ratio": 4.0, "memory_mb": 131072,
  //    "memory_mb_used": 20000, "local_gb": 1000, "local_gb_used": 900, "num_io_ops": 0, "failed_builds": 2,
  //    "aggregates": ["fast"], "instances": ["i3"],
  //    "metrics": [{"name": "cpu.percent", "value": 0.9}, {"name": "cpu.frequency", "value": 5000}]},
  //   {"host": "h3", "vcpus": 8, "vcpus_used": 1, "memory_mb": 32768, "memory_mb_used": 1024, "local_gb": 200,
  //    "local_gb_used": 0, "num_io_ops": 5, "failed_builds": 1, "aggregates": ["odd"],
  //    "metrics": [{"name": "cpu.percent", "value": 0.1}]},
  //   {"host": "h4", "vcpus": 24, "vcpus_used": 0, "ram_allocation_ratio": 1.0, "memory_mb": 98304,
  //    "memory_mb_used": 512, "local_gb": 800, "local_gb_used": 10, "num_io_ops": 1, "instances": ["i4"],
  //    "metrics": [{"name": "cpu.percent", "value": 0.2}, {"name": "cpu.frequency", "value": 800}],
  //    "pci_pools": [{"vendor_id": "8086", "product_id": "1520", "count": 150}]}],
  //  "aggregates": [
  //   {"name": "fast", "metadata": {"ram_weight_multiplier": "2.5", "io_ops_weight_multiplier": "-3",
  //                                 "soft_anti_affinity_weight_multiplier": "4"}, "hosts": []},
  //   {"name": "slow", "metadata": {"ram_weight_multiplier": "-1.0", "cpu_weight_multiplier": "0.5",
  //                                 "build_failure_weight_multiplier": "2"}, "hosts": []},
  //   {"name": "odd", "metadata": {"cpu_weight_multiplier": "abc", "metrics_weight_multiplier": "0",
  //                                "disk_weight_multiplier": "3"}, "hosts": []}],
  //  "request": {"flavor": {"name": "m1.small", "vcpus": 1, "memory_mb": 1024, "root_gb": 10},
  //              "instance_group": {"policy": "soft-anti-affinity", "members": ["i1", "i2", "i3", "i1"],
  //                                 "hosts": ["h1", "h2"]}},
  //  "filters": [], "placement": false, "seed": 0}
  // h3 misses cpu.frequency, but its metrics multiplier is 0 (aggregate "odd"), so that setting
  // is skipped rather than making the raw -10000.
  SchedulerConfig config;
  config.ram_weight_multiplier = 1.5;
  config.build_failure_weight_multiplier = 10.0;
  config.metrics_weight_setting = {"cpu.percent=-0.5", "bad", "=3", "load=x", "cpu.frequency= 1_0e-3 ",
                                   "cpu.percent=0.25"};
  config.metrics_required = false;
  std::vector<Aggregate> aggregates{
      {"fast", "", {{"ram_weight_multiplier", "2.5"}, {"io_ops_weight_multiplier", "-3"},
                    {"soft_anti_affinity_weight_multiplier", "4"}}},
      {"slow", "", {{"ram_weight_multiplier", "-1.0"}, {"cpu_weight_multiplier", "0.5"},
                    {"build_failure_weight_multiplier", "2"}}},
      {"odd", "", {{"cpu_weight_multiplier", "abc"}, {"metrics_weight_multiplier", "0"},
                   {"disk_weight_multiplier", "3"}}},
  };
  const HostStates hosts = oracle_hosts(
      {
          {"h1", 16, 4, 65536, 70000, 500, 100, 0, 2, 0, 16.0, 1.5, {0, 1}, {"i1", "i2"},
           {{"cpu.percent", 40.0}, {"cpu.frequency", 1000.0}}, 3},
          {"h2", 32, 40, 131072, 20000, 1000, 900, 0, 0, 2, 4.0, 1.5, {0}, {"i3"},
           {{"cpu.percent", 90.0}, {"cpu.frequency", 5000.0}}},
          {"h3", 8, 1, 32768, 1024, 200, 0, 0, 5, 1, 16.0, 1.5, {2}, {}, {{"cpu.percent", 10.0}}},
          {"h4", 24, 0, 98304, 512, 800, 10, 0, 1, 0, 16.0, 1.0, {}, {"i4"},
           {{"cpu.percent", 20.0}, {"cpu.frequency", 800.0}}, 150},
      },
      aggregates);
  RequestSpec spec;
  spec.instance_group = InstanceGroup{"g", "soft-anti-affinity", {}, {"i1", "i2", "i3", "i1"}, {"h1", "h2"}};
  Weighers w(all_weigher_names(), config);
  auto r = weigh_hosts(hosts, all_of(hosts), spec, w.ptrs, w.names, true);

  // Oracle weigher_breakdown (raw, normalized, multiplier per host h1..h4).
  const auto step = [&](const std::string& name) -> const WeigherStep& {
    for (const auto& s : r.steps)
      if (s.weigher == name) return s;
    throw std::logic_error(name);
  };
  using V = std::vector<double>;
  EXPECT_EQ(step("MetricsWeigher").raw, (V{0.0, 27.5, -2.5, 3.0}));
  EXPECT_EQ(step("MetricsWeigher").normalized, (V{0.08333333333333333, 1.0, 0.0, 0.18333333333333332}));
  EXPECT_EQ(step("MetricsWeigher").multiplier, (V{1.0, 1.0, 0.0, 1.0}));
  EXPECT_EQ(step("CPUWeigher").raw, (V{252.0, 88.0, 127.0, 384.0}));
  EXPECT_EQ(step("CPUWeigher").normalized, (V{0.65625, 0.22916666666666666, 0.3307291666666667, 1.0}));
  EXPECT_EQ(step("CPUWeigher").multiplier, (V{0.5, 1.0, 1.0, 1.0}));
  EXPECT_EQ(step("BuildFailureWeigher").normalized, (V{0.0, 1.0, 0.5, 0.0}));
  EXPECT_EQ(step("BuildFailureWeigher").multiplier, (V{-2.0, -10.0, -10.0, -10.0}));
  EXPECT_EQ(step("ServerGroupSoftAntiAffinityWeigher").raw, (V{-2.0, -1.0, 0.0, 0.0}));
  EXPECT_EQ(step("ServerGroupSoftAntiAffinityWeigher").normalized, (V{0.0, 0.5, 1.0, 1.0}));
  EXPECT_EQ(step("ServerGroupSoftAntiAffinityWeigher").multiplier, (V{4.0, 4.0, 1.0, 1.0}));
  EXPECT_EQ(step("RAMWeigher").raw, (V{0.0, 111072.0, 31744.0, 97792.0}));  // h1's -4464 clamped
  EXPECT_EQ(step("RAMWeigher").normalized, (V{0.0, 1.0, 0.285796600403342, 0.8804379141457793}));
  EXPECT_EQ(step("RAMWeigher").multiplier, (V{-1.0, 2.5, 1.5, 1.5}));
  EXPECT_EQ(step("DiskWeigher").normalized, (V{0.5063291139240507, 0.12658227848101267, 0.25316455696202533, 1.0}));
  EXPECT_EQ(step("DiskWeigher").multiplier, (V{1.0, 1.0, 3.0, 1.0}));
  EXPECT_EQ(step("PCIWeigher").raw, (V{97.0, 100.0, 100.0, 1.0}));
  EXPECT_EQ(step("PCIWeigher").normalized, (V{0.9696969696969697, 1.0, 1.0, 0.0}));
  EXPECT_EQ(step("IoOpsWeigher").normalized, (V{0.4, 0.0, 1.0, 0.2}));
  EXPECT_EQ(step("IoOpsWeigher").multiplier, (V{-3.0, -3.0, -1.0, -1.0}));

  // Oracle "weighed".
  ASSERT_EQ(r.hosts, (std::vector<HostIndex>{3, 0, 2, 1}));
  EXPECT_DOUBLE_EQ(r.weights[0], 4.303990204552003);
  EXPECT_DOUBLE_EQ(r.weights[1], 0.6874844169543535);
  EXPECT_DOUBLE_EQ(r.weights[2], -2.481082261842244);
  EXPECT_DOUBLE_EQ(r.weights[3], -3.1442510548523215);
  EXPECT_EQ(r.weights, (V{4.303990204552003, 0.6874844169543535, -2.481082261842244, -3.1442510548523215}));

  // The explain print names every weigher and host.
  std::ostringstream os;
  print_weighing(os, hosts, r);
  for (const char* s : {"RAMWeigher", "IoOpsWeigher", "h4", "4.303990204552003"})
    EXPECT_NE(os.str().find(s), std::string::npos) << s;

  // The weigher order is part of the arithmetic: alphabetical order (the registry's) sums the
  // same terms in another order and moves the last bits of h3 and h2.
  std::vector<std::string> sorted_names = all_weigher_names();
  std::sort(sorted_names.begin(), sorted_names.end());
  Weighers alphabetical(sorted_names, config);
  auto a = weigh_hosts(hosts, all_of(hosts), spec, alphabetical.ptrs, alphabetical.names, false);
  EXPECT_EQ(a.hosts, r.hosts);
  EXPECT_EQ(a.weights[0], r.weights[0]);
  EXPECT_NE(a.weights[2], r.weights[2]);
  EXPECT_NE(a.weights[3], r.weights[3]);
  EXPECT_DOUBLE_EQ(a.weights[3], r.weights[3]);

  // A reused result gives the same answer.
  WeighedHosts again = r;
  weigh_hosts(hosts, all_of(hosts), spec, w.ptrs, w.names, again);
  EXPECT_EQ(again.weights, r.weights);
  EXPECT_EQ(again.hosts, r.hosts);
}

}  // namespace
}  // namespace stacktwin::nova
