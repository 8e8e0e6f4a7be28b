// The capacity model's VM lifecycle, host events and accounting, step by step.
#include <gtest/gtest.h>

#include "models/capacity/capacity_sampler.h"
#include "models/capacity/cloud.h"
#include "models/capacity/host_events.h"
#include "sim/engine/rng.h"

namespace stacktwin::capacity {
namespace {

using placement::ResourceClass;
using sim::hours;

placement::Inventories small_host() {
  placement::Inventories inv{};
  inv[0] = {4, 0, 1, 4, 1, 1.0};         // 4 VCPU
  inv[1] = {8192, 0, 1, 8192, 1, 1.0};   // 8 GiB
  inv[2] = {100, 0, 1, 100, 1, 1.0};     // 100 GB
  return inv;
}

struct CloudTest : ::testing::Test {
  sim::Engine engine;
  Cloud cloud{engine, {{"m1.small", 1, 2048, 10, 0, 0}, {"m1.large", 4, 4096, 40, 0, 0}}, {"az1", "az2"}};
  std::uint32_t a = cloud.add_host_class({"a", 0, small_host()});
  std::uint32_t b = cloud.add_host_class({"b", 1, small_host()});
};

TEST_F(CloudTest, PlacesOnFirstCandidateAndDeletesAtEndOfLifetime) {
  cloud.add_host(a);
  cloud.add_host(a);
  EXPECT_EQ(cloud.providers().name(0), "a-0001");
  EXPECT_EQ(cloud.providers().name(1), "a-0002");
  const VmId v0 = cloud.request_vm(0, hours(2), std::nullopt);
  const VmId v1 = cloud.request_vm(1, hours(1), std::nullopt);  // 4 VCPU: host 0 has 3 left
  EXPECT_EQ(cloud.vms()[v0].host, 0);
  EXPECT_EQ(cloud.vms()[v1].host, 1);
  EXPECT_EQ(cloud.used(0, ResourceClass::VCPU), 5);
  EXPECT_EQ(cloud.used(0, ResourceClass::MEMORY_MB), 6144);
  EXPECT_EQ(cloud.capacity(0, ResourceClass::VCPU), 8);
  engine.run_until(sim::Time::zero() + hours(1));
  EXPECT_EQ(cloud.vms()[v1].outcome, VmOutcome::deleted);
  EXPECT_EQ(cloud.vms()[v1].ended, sim::Time::zero() + hours(1));
  EXPECT_EQ(cloud.used(0, ResourceClass::VCPU), 1);
  engine.run();
  EXPECT_EQ(cloud.vms_active(), 0u);
  EXPECT_EQ(cloud.counters().deleted, 2u);
  EXPECT_EQ(cloud.used(0, ResourceClass::DISK_GB), 0);
  // Time-weighted: 5 VCPU for 1h then 1 VCPU for 1h over [0, 2h] -> mean 3, peak 5.
  EXPECT_DOUBLE_EQ(cloud.used_over_time(ResourceClass::VCPU).mean(sim::Time::zero() + hours(2)), 3.0);
  EXPECT_DOUBLE_EQ(cloud.used_over_time(ResourceClass::VCPU).peak(), 5.0);
}

TEST_F(CloudTest, RejectsWithNoValidHostWhenNothingFits) {
  cloud.add_host(a);
  cloud.request_vm(1, hours(1), std::nullopt);
  const VmId r = cloud.request_vm(1, hours(1), std::nullopt);
  EXPECT_EQ(cloud.vms()[r].outcome, VmOutcome::rejected);
  EXPECT_EQ(cloud.vms()[r].host, -1);
  EXPECT_EQ(cloud.counters().rejected, 1u);
  EXPECT_EQ(cloud.counters().placed, 1u);
}

TEST_F(CloudTest, AvailabilityZoneRequestsOnlyLandInThatZone) {
  cloud.add_host(a);
  cloud.add_host(b);
  const VmId v = cloud.request_vm(0, hours(1), AzId{1});
  EXPECT_EQ(cloud.vms()[v].host, 1);
  EXPECT_EQ(cloud.used(1, ResourceClass::VCPU), 1);
  EXPECT_EQ(cloud.used(0, ResourceClass::VCPU), 0);
}

TEST_F(CloudTest, FailedHostLosesItsVmsAndIsNoCandidateUntilRepaired) {
  cloud.add_host(a);
  cloud.add_host(a);
  const VmId v0 = cloud.request_vm(0, hours(5), std::nullopt);
  const VmId v1 = cloud.request_vm(0, hours(5), std::nullopt);
  engine.run_until(sim::Time::zero() + hours(1));
  cloud.fail_host(0);
  EXPECT_EQ(cloud.vms()[v0].outcome, VmOutcome::lost);
  EXPECT_EQ(cloud.vms()[v1].outcome, VmOutcome::lost);
  EXPECT_EQ(cloud.vms()[v0].ended, sim::Time::zero() + hours(1));
  EXPECT_EQ(cloud.counters().lost, 2u);
  EXPECT_EQ(cloud.hosts_up(), 1u);
  EXPECT_EQ(cloud.capacity(0, ResourceClass::VCPU), 4);
  EXPECT_EQ(cloud.used(0, ResourceClass::VCPU), 0);
  EXPECT_EQ(cloud.providers().used(0, ResourceClass::VCPU), 0);
  EXPECT_EQ(cloud.vms()[cloud.request_vm(0, hours(1), std::nullopt)].host, 1);
  cloud.repair_host(0);
  EXPECT_EQ(cloud.vms()[cloud.request_vm(0, hours(1), std::nullopt)].host, 0);
  EXPECT_EQ(cloud.capacity(0, ResourceClass::VCPU), 8);
  engine.run();
  EXPECT_EQ(cloud.counters().deleted, 2u);  // the lost VMs' deletions were cancelled
}

TEST_F(CloudTest, HostEventsFailRepairAndAddByClass) {
  for (int i = 0; i < 6; ++i) cloud.add_host(a);
  cloud.add_host(b);
  sim::RngStream rng(1, "events.fail_hosts");
  EXPECT_EQ(fail_hosts(cloud, a, 4, rng), 4);
  EXPECT_EQ(cloud.hosts_up(), 3u);
  EXPECT_EQ(fail_hosts(cloud, a, 4, rng), 2);  // only 2 left up
  EXPECT_TRUE(cloud.host_up(6));               // class b untouched
  EXPECT_EQ(repair_hosts(cloud, a, 3), 3);
  EXPECT_TRUE(cloud.host_up(0) && cloud.host_up(1) && cloud.host_up(2));
  EXPECT_FALSE(cloud.host_up(3));
  add_hosts(cloud, b, 2);
  EXPECT_EQ(cloud.host_count(), 9u);
  EXPECT_EQ(cloud.providers().name(8), "b-0003");
}

TEST_F(CloudTest, SamplerRecordsPerIntervalCountsAndTotals) {
  cloud.add_host(a);
  CapacitySampler sampler(engine, cloud, hours(1), sim::Time::zero() + hours(3));
  sampler.start();
  engine.at(sim::Time::zero() + sim::minutes(30), [&] {
    cloud.request_vm(1, hours(2), std::nullopt);
    cloud.request_vm(1, hours(2), std::nullopt);  // rejected
  });
  engine.run();
  const auto& s = sampler.series();
  ASSERT_EQ(s[0].name, "vms/active");
  EXPECT_EQ(s[0].values, (std::vector<double>{0, 1, 1, 0}));
  EXPECT_EQ(s[1].values, (std::vector<double>{0, 2, 0, 0}));  // requested per interval
  EXPECT_EQ(s[2].values, (std::vector<double>{0, 1, 0, 0}));  // rejected per interval
  EXPECT_EQ(s[0].time_ns.back(), hours(3).ns());
  ASSERT_EQ(s[5].name, "resources/VCPU/used");
  EXPECT_EQ(s[5].values, (std::vector<double>{0, 4, 4, 0}));
  EXPECT_EQ(s[6].values, (std::vector<double>{4, 4, 4, 4}));
  EXPECT_EQ(s[11].name, "az/az1/resources/VCPU/used");
}

}  // namespace
}  // namespace stacktwin::capacity
