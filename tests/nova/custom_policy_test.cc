// The researcher-policy examples (models/nova/examples/): BestFitWeigher and RackSpreadFilter,
// each on hand-worked cases, then through the FilterScheduler by name.
#include <gtest/gtest.h>

#include "models/nova/examples/best_fit_weigher.h"
#include "models/nova/examples/rack_spread_filter.h"
#include "models/nova/examples/register_example_policies.h"
#include "models/nova/filter_scheduler.h"
#include "models/nova/filters/filter_error.h"
#include "sim/engine/python_random.h"

namespace stacktwin::nova {
namespace {

using examples::BestFitWeigher;
using examples::RackSpreadFilter;

// Placement's capacity rule over the host columns with every ratio 1.0.
class TestPlacement : public PlacementClient {
 public:
  std::vector<HostIndex> allocation_candidates(const HostStates& hosts, const RequestSpec& spec,
                                               std::optional<std::int64_t>) override {
    std::vector<HostIndex> out;
    for (HostIndex h = 0; h < hosts.size(); ++h)
      if (hosts.free_ram_mb[h] >= spec.flavor.sizes.ram_mb &&
          hosts.vcpus_used[h] + spec.flavor.sizes.vcpus <= hosts.vcpus_total[h])
        out.push_back(h);
    return out;
  }
  bool claim(HostIndex, const RequestSpec&) override { return true; }
};

HostIndex add_host(HostStates& hosts, const std::string& name, std::int64_t ram_mb, std::int64_t free_ram_mb,
                   std::int64_t vcpus, std::int64_t vcpus_used) {
  const HostIndex h = hosts.add(name, name);
  hosts.total_usable_ram_mb[h] = ram_mb;
  hosts.free_ram_mb[h] = free_ram_mb;
  hosts.vcpus_total[h] = vcpus;
  hosts.vcpus_used[h] = vcpus_used;
  hosts.cpu_allocation_ratio[h] = 1.0;
  hosts.ram_allocation_ratio[h] = 1.0;
  hosts.total_usable_disk_gb[h] = 1000;
  hosts.free_disk_mb[h] = 1000 * 1024;
  return h;
}

RequestSpec request(std::int64_t vcpus, std::int64_t ram_mb) {
  RequestSpec spec;
  spec.flavor.sizes = Flavor{"f", vcpus, ram_mb, 10, 0, 0};
  return spec;
}

TEST(BestFitWeigher, RawIsMinusTheHeadroomFractionsLeftAfterPlacing) {
  HostStates hosts;
  add_host(hosts, "a", 8192, 4096, 4, 2);
  hosts.cpu_allocation_ratio[0] = 2.0;     // 8 schedulable vCPUs
  add_host(hosts, "b", 16384, 2048, 8, 7);
  add_host(hosts, "c", 0, 0, 0, 0);        // no capacity known: both fractions count as 0
  const RequestSpec spec = request(1, 1024);
  const BestFitWeigher w;
  // a: RAM (4096 - 1024) / 8192 = 0.375, vCPU (8 - 3) / 8 = 0.625 -> -1.0
  EXPECT_EQ(w.weigh(hosts, 0, spec), -1.0);
  // b: RAM 1024 / 16384 = 0.0625, vCPU (8 - 8) / 8 = 0 -> -0.0625: the tighter fit
  EXPECT_EQ(w.weigh(hosts, 1, spec), -0.0625);
  EXPECT_EQ(w.weigh(hosts, 2, spec), 0.0);
  EXPECT_EQ(w.weight_multiplier(hosts, 0), 1.0);
  // The multiplier comes from aggregate metadata like Nova's own (the minimum of the values).
  hosts.all_aggregates.push_back(Aggregate{"agg1", "u1", {{"best_fit_weight_multiplier", "-2"}}});
  hosts.all_aggregates.push_back(Aggregate{"agg2", "u2", {{"best_fit_weight_multiplier", "0.5"}}});
  hosts.aggregates[1] = {0, 1};
  EXPECT_EQ(w.weight_multiplier(hosts, 1), -2.0);
  // Weighed as any weigher: normalised over (-1.0, -0.0625, 0.0): b 0.9375, c 1.0 x 1, a 0.
  std::vector<const HostWeigher*> ws{&w};
  const std::vector<std::string> names{"BestFitWeigher"};
  const std::vector<HostIndex> all{0, 1, 2};
  hosts.aggregates[1].clear();
  const WeighedHosts out = weigh_hosts(hosts, all, spec, ws, names, true);
  EXPECT_EQ(out.hosts, (std::vector<HostIndex>{2, 1, 0}));
  EXPECT_EQ(out.weights, (std::vector<double>{1.0, 0.9375, 0.0}));
}

TEST(ExamplePolicies, AreOptInAndNamedInConfiguration) {
  FilterRegistry filters("filter");
  WeigherRegistry weighers("weigher");
  register_nova_filters(filters);
  register_nova_weighers(weighers);
  EXPECT_THROW(weighers.create("BestFitWeigher", SchedulerConfig{}), UnknownNameError);
  EXPECT_THROW(filters.create("RackSpreadFilter", SchedulerConfig{}), UnknownNameError);
  examples::register_example_policies(filters, weighers);
  EXPECT_NE(weighers.create("BestFitWeigher", SchedulerConfig{}), nullptr);
  EXPECT_NE(filters.create("RackSpreadFilter", SchedulerConfig{}), nullptr);
  SchedulerConfig config;
  config.enabled_filters.push_back("RackSpreadFilter");
  config.weight_classes = {"BestFitWeigher"};
  const FilterScheduler scheduler(config, filters, weighers);
  EXPECT_EQ(scheduler.weigher_names(), (std::vector<std::string>{"BestFitWeigher"}));
}

// Four hosts, one flavor (4 GiB, 2 vCPU), five placements one by one:
//   h0 16 GiB / 8 vCPU, empty        h1 16 GiB / 8 vCPU, half used
//   h2 32 GiB / 16 vCPU, empty       h3  8 GiB / 4 vCPU, half used
std::vector<std::string> place_five(const std::vector<std::string>& weight_classes) {
  HostStates hosts;
  add_host(hosts, "h0", 16384, 16384, 8, 0);
  add_host(hosts, "h1", 16384, 8192, 8, 4);
  add_host(hosts, "h2", 32768, 32768, 16, 0);
  add_host(hosts, "h3", 8192, 4096, 4, 2);
  FilterRegistry filters("filter");
  WeigherRegistry weighers("weigher");
  register_nova_filters(filters);
  register_nova_weighers(weighers);
  examples::register_example_policies(filters, weighers);
  SchedulerConfig config;
  config.weight_classes = weight_classes;
  const FilterScheduler scheduler(config, filters, weighers);
  TestPlacement placement;
  sim::PythonRandom rng(7);
  std::vector<std::string> sequence;
  for (int i = 0; i < 5; ++i) {
    RequestSpec spec = request(2, 4096);
    const ScheduleResult r =
        scheduler.select_destinations(hosts, spec, &placement, [&](std::uint64_t n) { return rng.randbelow(n); });
    EXPECT_FALSE(r.no_valid_host);
    if (r.selections.empty()) break;
    sequence.push_back(hosts.host[r.selections[0].host]);
  }
  return sequence;
}

TEST(BestFitWeigher, PacksWhereRamWeigherSpreads) {
  // Best fit, raw -(ram_left + cpu_left): h0 -1.5, h1 -0.5, h2 -1.75, h3 0 -> h3, now full.
  // h1 -0.5 -> h1; then h1 0 -> h1, now full; h0 -1.5 vs h2 -1.75 -> h0; h0 -1.0 -> h0.
  EXPECT_EQ(place_five({"BestFitWeigher"}), (std::vector<std::string>{"h3", "h1", "h1", "h0", "h0"}));
  // RAMWeigher, raw free_ram_mb: h2 32768 -> 28672 -> 24576 -> 20480 -> 16384, each time the
  // most free; at 16384 it ties with h0 and the stable sort keeps h0 (earlier candidate) first.
  EXPECT_EQ(place_five({"RAMWeigher"}), (std::vector<std::string>{"h2", "h2", "h2", "h2", "h0"}));
}

// a1, a2: stats rack r1; b1: aggregate rack r2; b2: aggregate r2 but stats r3 (stats win);
// c1: no rack, a rack of its own.
HostStates racked_hosts() {
  HostStates hosts;
  for (const char* name : {"a1", "a2", "b1", "b2", "c1"}) add_host(hosts, name, 65536, 65536, 32, 0);
  hosts.stats[0]["rack"] = "r1";
  hosts.stats[1]["rack"] = "r1";
  hosts.all_aggregates.push_back(Aggregate{"row-b", "u", {{"rack", "r2"}}});
  hosts.aggregates[2] = {0};
  hosts.aggregates[3] = {0};
  hosts.stats[3]["rack"] = "r3";
  return hosts;
}

std::vector<HostIndex> passing(const HostStates& hosts, const RequestSpec& spec) {
  std::vector<HostIndex> all{0, 1, 2, 3, 4};
  RackSpreadFilter().filter_all(hosts, spec, all);
  // host_passes agrees with filter_all.
  for (HostIndex h = 0; h < 5; ++h)
    EXPECT_EQ(RackSpreadFilter().host_passes(hosts, h, spec), std::find(all.begin(), all.end(), h) != all.end()) << h;
  return all;
}

TEST(RackSpreadFilter, RackComesFromStatsThenAggregatesThenTheHostName) {
  const HostStates hosts = racked_hosts();
  EXPECT_EQ(RackSpreadFilter::rack_of(hosts, 0), "r1");
  EXPECT_EQ(RackSpreadFilter::rack_of(hosts, 2), "r2");
  EXPECT_EQ(RackSpreadFilter::rack_of(hosts, 3), "r3");
  EXPECT_EQ(RackSpreadFilter::rack_of(hosts, 4), "c1");
}

TEST(RackSpreadFilter, KeepsAGroupsMembersOnDistinctRacks) {
  HostStates hosts = racked_hosts();
  hosts.instances[0] = {"m1", "other"};
  RequestSpec spec = request(1, 512);
  spec.instance_uuid = "new";
  spec.instance_group = InstanceGroup{"g", "anti-affinity", {}, {"m1", "m2", "new"}, {"a1"}};
  // m1 is on a1 (rack r1): a1 and a2 fail.
  EXPECT_EQ(passing(hosts, spec), (std::vector<HostIndex>{2, 3, 4}));
  // m2 on b1 (rack r2) too: b1 fails; b2 is in r3 by its stats.
  hosts.instances[2] = {"m2"};
  spec.instance_group->hosts.push_back("b1");
  EXPECT_EQ(passing(hosts, spec), (std::vector<HostIndex>{3, 4}));
  // At most 2 per rack: r1 and r2 hold one each, every host passes.
  spec.instance_group->rules["max_server_per_rack"] = "2";
  EXPECT_EQ(passing(hosts, spec), (std::vector<HostIndex>{0, 1, 2, 3, 4}));
  // The instance being placed does not count itself (a rebuild on its own host).
  spec.instance_group->rules.clear();
  spec.instance_uuid = "m1";
  EXPECT_EQ(passing(hosts, spec), (std::vector<HostIndex>{0, 1, 3, 4}));
  // soft-anti-affinity applies too; affinity and no group pass everything.
  spec.instance_group->policy = "soft-anti-affinity";
  EXPECT_EQ(passing(hosts, spec), (std::vector<HostIndex>{0, 1, 3, 4}));
  spec.instance_group->policy = "affinity";
  EXPECT_EQ(passing(hosts, spec), (std::vector<HostIndex>{0, 1, 2, 3, 4}));
  spec.instance_group.reset();
  EXPECT_EQ(passing(hosts, spec), (std::vector<HostIndex>{0, 1, 2, 3, 4}));
}

TEST(RackSpreadFilter, ABadRuleFailsTheRequest) {
  const HostStates hosts = racked_hosts();
  RequestSpec spec = request(1, 512);
  spec.instance_group = InstanceGroup{"g", "anti-affinity", {{"max_server_per_rack", "two"}}, {}, {}};
  std::vector<HostIndex> all{0, 1};
  EXPECT_THROW(RackSpreadFilter().filter_all(hosts, spec, all), FilterError);
}

// Five hosts in three racks (h0 h1: r1, h2 h3: r2, h4: r3), free RAM 40, 36, 32, 28, 24 GiB, so
// RAMWeigher ranks them in index order; one anti-affinity group of three instances.
std::vector<std::string> place_group(bool rack_spread) {
  HostStates hosts;
  const std::int64_t free_gib[] = {40, 36, 32, 28, 24};
  const char* racks[] = {"r1", "r1", "r2", "r2", "r3"};
  for (int i = 0; i < 5; ++i) {
    const HostIndex h = add_host(hosts, "h" + std::to_string(i), 65536, free_gib[i] * 1024, 32, 0);
    hosts.stats[h]["rack"] = racks[i];
  }
  FilterRegistry filters("filter");
  WeigherRegistry weighers("weigher");
  register_nova_filters(filters);
  register_nova_weighers(weighers);
  examples::register_example_policies(filters, weighers);
  SchedulerConfig config;
  if (rack_spread) config.enabled_filters.push_back("RackSpreadFilter");
  config.weight_classes = {"RAMWeigher"};
  const FilterScheduler scheduler(config, filters, weighers);
  RequestSpec spec = request(2, 4096);
  spec.num_instances = 3;
  spec.instance_uuids = {"i0", "i1", "i2"};
  spec.instance_group = InstanceGroup{"g", "anti-affinity", {}, {"i0", "i1", "i2"}, {}};
  TestPlacement placement;
  sim::PythonRandom rng(1);
  const ScheduleResult r =
      scheduler.select_destinations(hosts, spec, &placement, [&](std::uint64_t n) { return rng.randbelow(n); });
  std::vector<std::string> out;
  for (const auto& s : r.selections) out.push_back(hosts.host[s.host]);
  return out;
}

TEST(RackSpreadFilter, ThroughTheFilterSchedulerByName) {
  // Host anti-affinity alone: the three most free hosts, two of them in rack r1.
  EXPECT_EQ(place_group(false), (std::vector<std::string>{"h0", "h1", "h2"}));
  // With RackSpreadFilter: i0 on h0 (r1); r1 is then closed, i1 on h2 (r2); i2 on h4 (r3).
  EXPECT_EQ(place_group(true), (std::vector<std::string>{"h0", "h2", "h4"}));
}

}  // namespace
}  // namespace stacktwin::nova
