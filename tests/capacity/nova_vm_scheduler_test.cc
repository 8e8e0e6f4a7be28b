// Nova's filter scheduler driving the capacity model: spreading by default, packing with a
// negative RAM multiplier, failed hosts never chosen, NoValidHost causes recorded.
#include <gtest/gtest.h>

#include <algorithm>

#include "models/capacity/nova_vm_scheduler.h"

namespace stacktwin::capacity {
namespace {

using sim::hours;

placement::Inventories host(std::int64_t vcpus, std::int64_t ram_mb) {
  placement::Inventories inv{};
  inv[0] = {vcpus, 0, 1, vcpus, 1, 16.0};
  inv[1] = {ram_mb, 512, 1, ram_mb, 1, 1.0};
  inv[2] = {1000, 0, 1, 1000, 1, 1.0};
  return inv;
}

struct Fixture {
  sim::Engine engine;
  Cloud cloud{engine, {{"small", 1, 2048, 10, 0, 0}}, {"az1"}};
  sim::RngStream rng{7, "nova.scheduler"};
  std::unique_ptr<NovaVmScheduler> scheduler;

  explicit Fixture(NovaVmSchedulerParams params) {
    const auto cls = cloud.add_host_class({"c", 0, host(8, 16384 + 512)});
    scheduler = std::make_unique<NovaVmScheduler>(cloud, rng, std::move(params));
    cloud.set_scheduler(scheduler.get());
    for (int i = 0; i < 3; ++i) cloud.add_host(cls);
  }
  std::vector<std::int32_t> place(int n) {
    std::vector<std::int32_t> hosts;
    for (int i = 0; i < n; ++i) hosts.push_back(cloud.vms()[cloud.request_vm(0, hours(10), std::nullopt)].host);
    return hosts;
  }
};

TEST(NovaVmScheduler, DefaultWeighersSpreadAcrossHosts) {
  Fixture f({});
  // All equal at first: ties keep host order (c-0001); then the emptiest host wins each time.
  EXPECT_EQ(f.place(6), (std::vector<std::int32_t>{0, 1, 2, 0, 1, 2}));
  EXPECT_EQ(f.scheduler->host_states().free_ram_mb[0], 16384 - 2 * 2048);
  EXPECT_EQ(f.scheduler->host_states().num_instances[1], 2);
}

TEST(NovaVmScheduler, NegativeRamMultiplierPacks) {
  NovaVmSchedulerParams p;
  p.config.ram_weight_multiplier = -1.0;
  p.config.cpu_weight_multiplier = 0.0;
  p.config.disk_weight_multiplier = 0.0;
  Fixture f(p);
  // 16384 MiB usable per host (ram ratio 1.0): 8 small VMs, then the next host.
  const auto hosts = f.place(10);
  EXPECT_EQ(hosts, (std::vector<std::int32_t>{0, 0, 0, 0, 0, 0, 0, 0, 1, 1}));
}

TEST(NovaVmScheduler, FailedHostIsNeverChosenAndCausesAreRecorded) {
  Fixture f({});
  f.cloud.fail_host(0);
  for (auto h : f.place(4)) EXPECT_NE(h, 0);
  f.cloud.fail_host(1);
  f.cloud.fail_host(2);
  EXPECT_EQ(f.place(1), (std::vector<std::int32_t>{-1}));
  EXPECT_EQ(f.scheduler->no_valid_host_causes().at("placement"), 1u);
}

TEST(NovaVmScheduler, FilterThatEmptiesTheListIsTheCause) {
  NovaVmSchedulerParams p;
  p.config.enabled_filters = {"ComputeFilter", "AggregateInstanceExtraSpecsFilter"};
  p.flavor_extra_specs = {{{"aggregate_instance_extra_specs:ssd", "true"}}};
  Fixture f(p);
  EXPECT_EQ(f.place(2), (std::vector<std::int32_t>{-1, -1}));
  EXPECT_EQ(f.scheduler->no_valid_host_causes().at("AggregateInstanceExtraSpecsFilter"), 2u);
  EXPECT_EQ(f.scheduler->removed_by_filter()[0], 0u);
  EXPECT_EQ(f.scheduler->removed_by_filter()[1], 6u);  // 3 hosts, twice
}

TEST(NovaVmScheduler, ChanceSchedulerPicksRandomUpHostsWithCapacity) {
  NovaVmSchedulerParams p;
  p.chance = true;
  Fixture f(p);
  f.cloud.fail_host(1);
  const auto hosts = f.place(16);  // 2 up hosts x 8 small VMs fill them exactly
  EXPECT_EQ(std::count(hosts.begin(), hosts.end(), 0), 8);
  EXPECT_EQ(std::count(hosts.begin(), hosts.end(), 2), 8);
  EXPECT_NE(hosts, (std::vector<std::int32_t>{0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2}));  // not in order
  EXPECT_EQ(f.place(1), (std::vector<std::int32_t>{-1}));
  EXPECT_EQ(f.scheduler->no_valid_host_causes().at("placement"), 1u);
}

}  // namespace
}  // namespace stacktwin::capacity
