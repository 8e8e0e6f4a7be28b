// ChanceScheduler (models/nova/chance_scheduler.h): a fixed sequence of randbelow values gives
// choices worked out by hand from the header's algorithm.
#include <gtest/gtest.h>

#include <deque>

#include "models/nova/chance_scheduler.h"
#include "sim/engine/python_random.h"

namespace stacktwin::nova {
namespace {

// Placement's capacity rule over the host columns, ratios 1.0: a candidate iff RAM and vCPU fit;
// `refuse` lists hosts whose claim fails although they are candidates (a concurrent claim).
class TestPlacement : public PlacementClient {
 public:
  std::vector<HostIndex> refuse;
  std::vector<HostIndex> allocation_candidates(const HostStates& hosts, const RequestSpec& spec,
                                               std::optional<std::int64_t> limit) override {
    EXPECT_FALSE(limit.has_value());  // the chance scheduler wants every candidate
    std::vector<HostIndex> out;
    for (HostIndex h = 0; h < hosts.size(); ++h)
      if (fits(hosts, h, spec)) out.push_back(h);
    return out;
  }
  bool claim(HostIndex h, const RequestSpec&) override {
    return std::find(refuse.begin(), refuse.end(), h) == refuse.end();
  }
  static bool fits(const HostStates& hosts, HostIndex h, const RequestSpec& spec) {
    return hosts.free_ram_mb[h] >= spec.flavor.sizes.ram_mb &&
           hosts.vcpus_used[h] + spec.flavor.sizes.vcpus <= hosts.vcpus_total[h];
  }
};

// randbelow that returns the scripted values and records the bounds it was asked for.
struct ScriptedRandom {
  std::deque<std::uint64_t> values;
  std::vector<std::uint64_t> asked;
  std::function<std::uint64_t(std::uint64_t)> fn() {
    return [this](std::uint64_t n) {
      asked.push_back(n);
      EXPECT_FALSE(values.empty()) << "unexpected draw randbelow(" << n << ")";
      if (values.empty()) return std::uint64_t{0};
      const std::uint64_t v = values.front();
      values.pop_front();
      EXPECT_LT(v, n);
      return v;
    };
  }
};

// h0 fits, h1 is full, h2 fits but its service is disabled, h3 and h4 fit.
HostStates five_hosts() {
  HostStates hosts;
  for (int i = 0; i < 5; ++i) {
    const HostIndex h = hosts.add("h" + std::to_string(i), "h" + std::to_string(i));
    hosts.total_usable_ram_mb[h] = 8192;
    hosts.free_ram_mb[h] = 8192;
    hosts.vcpus_total[h] = 8;
    hosts.cpu_allocation_ratio[h] = 1.0;
  }
  hosts.free_ram_mb[1] = 1024;
  hosts.service_disabled[2] = 1;
  return hosts;
}

RequestSpec request(std::int64_t num_instances) {
  RequestSpec spec;
  spec.flavor.sizes = Flavor{"m1.small", 2, 2048, 20, 0, 0};
  spec.num_instances = num_instances;
  return spec;
}

std::vector<HostIndex> hosts_of(const ScheduleResult& r) {
  std::vector<HostIndex> out;
  for (const auto& s : r.selections) out.push_back(s.host);
  return out;
}

TEST(ChanceScheduler, ScriptedDrawsPickDistinctHostsThenAlternates) {
  HostStates hosts = five_hosts();
  RequestSpec spec = request(2);
  TestPlacement placement;
  ScriptedRandom rnd{{2, 0, 0, 0}, {}};
  const ChanceScheduler scheduler{SchedulerConfig{}};  // max_attempts 3 -> up to 2 alternates
  const ScheduleResult r = scheduler.select_destinations(hosts, spec, &placement, rnd.fn());
  ASSERT_FALSE(r.no_valid_host);
  // Placement: h0, h2, h3, h4 (h1 lacks RAM); h2 is down, so candidates [h0, h3, h4].
  EXPECT_EQ(r.candidates, (std::vector<HostIndex>{0, 2, 3, 4}));
  // Instance 0: pool [h0, h3, h4], draw 2 -> h4. Instance 1: pool [h0, h3], draw 0 -> h0.
  EXPECT_EQ(hosts_of(r), (std::vector<HostIndex>{4, 0}));
  // Alternates: only h3 is neither selected nor down; one draw of randbelow(1) each.
  EXPECT_EQ(r.selections[0].alternates, (std::vector<HostIndex>{3}));
  EXPECT_EQ(r.selections[1].alternates, (std::vector<HostIndex>{3}));
  EXPECT_EQ(rnd.asked, (std::vector<std::uint64_t>{3, 2, 1, 1}));
  // consume_from_request on both.
  EXPECT_EQ(hosts.free_ram_mb[4], 6144);
  EXPECT_EQ(hosts.vcpus_used[4], 2);
  EXPECT_EQ(hosts.num_instances[0], 1);
  EXPECT_EQ(spec.instance_uuids, (std::vector<std::string>{"instance-0", "instance-1"}));
}

TEST(ChanceScheduler, RefusedClaimDropsTheHostAndDrawsAgain) {
  HostStates hosts = five_hosts();
  RequestSpec spec = request(1);
  TestPlacement placement;
  placement.refuse = {3};
  ScriptedRandom rnd{{1, 1, 0}, {}};
  const ScheduleResult r = ChanceScheduler{SchedulerConfig{}}.select_destinations(hosts, spec, &placement, rnd.fn());
  // Pool [h0, h3, h4]: draw 1 -> h3, refused; pool [h0, h4]: draw 1 -> h4.
  ASSERT_EQ(hosts_of(r), (std::vector<HostIndex>{4}));
  // Alternates from [h0] (h3 refused, h4 selected).
  EXPECT_EQ(r.selections[0].alternates, (std::vector<HostIndex>{0}));
  EXPECT_EQ(rnd.asked, (std::vector<std::uint64_t>{3, 2, 1}));
  EXPECT_EQ(hosts.free_ram_mb[3], 8192);
}

TEST(ChanceScheduler, MoreInstancesThanHostsReusesHostsOnceAllAreSelected) {
  HostStates hosts = five_hosts();
  hosts.service_disabled[0] = 1;
  hosts.service_disabled[4] = 1;
  hosts.service_disabled[2] = 0;  // up candidates: h2, h3
  RequestSpec spec = request(3);
  spec.ignore_hosts = {"h9"};
  TestPlacement placement;
  ScriptedRandom rnd{{1, 0, 1}, {}};
  SchedulerConfig config;
  config.max_attempts = 1;  // no alternates, no draws for them
  const ScheduleResult r = ChanceScheduler{config}.select_destinations(hosts, spec, &placement, rnd.fn());
  // Candidates [h2, h3]. 0: [h2, h3] draw 1 -> h3; 1: [h2] draw 0 -> h2; 2: all selected, so
  // [h2, h3] again, draw 1 -> h3.
  EXPECT_EQ(hosts_of(r), (std::vector<HostIndex>{3, 2, 3}));
  EXPECT_EQ(rnd.asked, (std::vector<std::uint64_t>{2, 1, 2}));
  EXPECT_EQ(hosts.free_ram_mb[3], 8192 - 2 * 2048);
  for (const auto& s : r.selections) EXPECT_TRUE(s.alternates.empty());
}

TEST(ChanceScheduler, IgnoreHostsAndGroupBookkeeping) {
  HostStates hosts = five_hosts();
  RequestSpec spec = request(1);
  spec.ignore_hosts = {"h0", "h4"};
  spec.instance_uuids = {"vm-a"};
  spec.instance_group = InstanceGroup{"g", "anti-affinity", {}, {"vm-a"}, {}};
  TestPlacement placement;
  ScriptedRandom rnd{{0}, {}};
  SchedulerConfig config;
  config.max_attempts = 1;
  const ScheduleResult r = ChanceScheduler{config}.select_destinations(hosts, spec, &placement, rnd.fn());
  EXPECT_EQ(hosts_of(r), (std::vector<HostIndex>{3}));
  EXPECT_EQ(spec.instance_group->hosts, (std::vector<std::string>{"h3"}));
  EXPECT_EQ(hosts.instances[3], (std::vector<std::string>{"vm-a"}));
}

TEST(ChanceScheduler, NoValidHostWhenNoHostIsUpWithCapacity) {
  HostStates hosts = five_hosts();
  for (HostIndex h : {0u, 3u, 4u}) hosts.seconds_since_heartbeat[h] = 61;  // service_down_time 60 s
  RequestSpec spec = request(1);
  TestPlacement placement;
  ScriptedRandom rnd;
  const ScheduleResult r = ChanceScheduler{SchedulerConfig{}}.select_destinations(hosts, spec, &placement, rnd.fn());
  EXPECT_TRUE(r.no_valid_host);
  EXPECT_TRUE(r.selections.empty());
  EXPECT_TRUE(rnd.asked.empty());

  // Every candidate refuses its claim: NoValidHost after one draw per candidate.
  HostStates fresh = five_hosts();
  placement.refuse = {0, 3, 4};
  ScriptedRandom all_refused{{0, 0, 0}, {}};
  RequestSpec again = request(1);
  const ScheduleResult r2 =
      ChanceScheduler{SchedulerConfig{}}.select_destinations(fresh, again, &placement, all_refused.fn());
  EXPECT_TRUE(r2.no_valid_host);
  EXPECT_EQ(all_refused.asked, (std::vector<std::uint64_t>{3, 2, 1}));
}

TEST(ChanceScheduler, NeverPicksAHostWithoutCapacityAndFillsTheCloudExactly) {
  // Three up hosts of 8 GiB / 8 vCPU; 2 GiB / 2 vCPU instances: exactly 12 fit, the 13th does not.
  HostStates hosts;
  for (int i = 0; i < 3; ++i) {
    const HostIndex h = hosts.add("c" + std::to_string(i), "c" + std::to_string(i));
    hosts.total_usable_ram_mb[h] = hosts.free_ram_mb[h] = 8192;
    hosts.vcpus_total[h] = 8;
  }
  TestPlacement placement;
  sim::PythonRandom rng(42);
  const ChanceScheduler scheduler{SchedulerConfig{}};
  for (int i = 0; i < 12; ++i) {
    RequestSpec spec = request(1);
    const HostStates before = hosts;
    const ScheduleResult r =
        scheduler.select_destinations(hosts, spec, &placement, [&](std::uint64_t n) { return rng.randbelow(n); });
    ASSERT_FALSE(r.no_valid_host) << "placement " << i;
    EXPECT_TRUE(TestPlacement::fits(before, r.selections[0].host, spec));
    for (HostIndex alt : r.selections[0].alternates) EXPECT_TRUE(TestPlacement::fits(before, alt, spec));
  }
  for (HostIndex h = 0; h < 3; ++h) EXPECT_EQ(hosts.free_ram_mb[h], 0) << h;
  RequestSpec spec = request(1);
  const ScheduleResult r =
      scheduler.select_destinations(hosts, spec, &placement, [&](std::uint64_t n) { return rng.randbelow(n); });
  EXPECT_TRUE(r.no_valid_host);
}

}  // namespace
}  // namespace stacktwin::nova
