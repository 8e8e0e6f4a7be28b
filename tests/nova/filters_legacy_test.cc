// Hand-worked cases for the legacy (Queens/Rocky, removed in Train) capacity filters.
#include <gtest/gtest.h>

#include "models/nova/filters/aggregate_core_filter.h"
#include "models/nova/filters/aggregate_disk_filter.h"
#include "models/nova/filters/aggregate_ram_filter.h"
#include "models/nova/filters/core_filter.h"
#include "models/nova/filters/disk_filter.h"
#include "models/nova/filters/ram_filter.h"

namespace stacktwin::nova {
namespace {

void add_aggregate(HostStates& hosts, std::map<std::string, std::string> metadata, HostIndex member) {
  hosts.aggregates[member].push_back(static_cast<std::uint32_t>(hosts.all_aggregates.size()));
  hosts.all_aggregates.push_back(Aggregate{"agg", "", std::move(metadata)});
}

RequestSpec flavor(std::int64_t vcpus, std::int64_t ram_mb, std::int64_t root_gb, std::int64_t ephemeral_gb = 0,
                   std::int64_t swap_mb = 0) {
  RequestSpec spec;
  spec.flavor.sizes = {"f", vcpus, ram_mb, root_gb, ephemeral_gb, swap_mb};
  return spec;
}

TEST(RamFilter, UsableIsTotalTimesRatioMinusUsed) {
  HostStates hosts;
  const auto h = hosts.add("h", "n");
  hosts.total_usable_ram_mb[h] = 4096;
  hosts.free_ram_mb[h] = 1024;  // used 3072
  hosts.ram_allocation_ratio[h] = 1.5;  // limit 6144, usable 3072
  const RamFilter filter{SchedulerConfig{}};
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(1, 3072, 0)));
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(1, 3073, 0)));
  hosts.ram_allocation_ratio[h] = 10.0;
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(1, 4097, 0)));  // bigger than the host itself
  EXPECT_FALSE(filter.run_on_rebuild());
}

TEST(AggregateRamFilter, MinimumAggregateRatioElseHost) {
  HostStates hosts;
  const auto h = hosts.add("h", "n");
  hosts.total_usable_ram_mb[h] = 4096;
  hosts.free_ram_mb[h] = 1024;
  hosts.ram_allocation_ratio[h] = 1.5;
  const AggregateRamFilter filter{SchedulerConfig{}};
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(1, 3072, 0)));  // host ratio 1.5
  add_aggregate(hosts, {{"ram_allocation_ratio", "2.0"}}, h);
  add_aggregate(hosts, {{"ram_allocation_ratio", "1.0"}}, h);
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(1, 1025, 0)));  // min 1.0: usable 1024
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(1, 1024, 0)));
  hosts.all_aggregates[1].metadata["ram_allocation_ratio"] = "lots";  // ValueError: host ratio
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(1, 3072, 0)));
}

TEST(CoreFilter, VcpusUnderRatio) {
  HostStates hosts;
  const auto h = hosts.add("h", "n");
  const auto broken = hosts.add("broken", "n");
  hosts.vcpus_total[h] = 4;
  hosts.vcpus_used[h] = 10;
  hosts.cpu_allocation_ratio[h] = 4.0;  // limit 16, free 6
  const CoreFilter filter{SchedulerConfig{}};
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(4, 1, 0)));
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(5, 1, 0)));  // more than vcpus_total itself
  hosts.vcpus_used[h] = 13;
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(4, 1, 0)));
  EXPECT_TRUE(filter.host_passes(hosts, broken, flavor(64, 1, 0)));  // vcpus_total 0 passes
}

TEST(AggregateCoreFilter, MinimumAggregateRatio) {
  HostStates hosts;
  const auto h = hosts.add("h", "n");
  hosts.vcpus_total[h] = 4;
  hosts.vcpus_used[h] = 6;
  hosts.cpu_allocation_ratio[h] = 16.0;
  const AggregateCoreFilter filter{SchedulerConfig{}};
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(4, 1, 0)));
  add_aggregate(hosts, {{"cpu_allocation_ratio", "2"}}, h);  // limit 8, free 2
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(4, 1, 0)));
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(2, 1, 0)));
}

TEST(DiskFilter, RootEphemeralAndSwapUnderRatio) {
  HostStates hosts;
  const auto h = hosts.add("h", "n");
  hosts.total_usable_disk_gb[h] = 100;
  hosts.free_disk_mb[h] = 20 * 1024;  // used 80 GB
  hosts.disk_allocation_ratio[h] = 1.0;
  const DiskFilter filter{SchedulerConfig{}};
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(1, 1, 10, 9, 1024)));   // 20480 MB
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(1, 1, 10, 9, 1025)));
  hosts.disk_allocation_ratio[h] = 2.0;  // limit 200 GB, usable 120 GB
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(1, 1, 100)));
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(1, 1, 101)));  // bigger than the disk itself
}

TEST(AggregateDiskFilter, MinimumAggregateRatio) {
  HostStates hosts;
  const auto h = hosts.add("h", "n");
  hosts.total_usable_disk_gb[h] = 100;
  hosts.free_disk_mb[h] = 20 * 1024;
  hosts.disk_allocation_ratio[h] = 2.0;
  const AggregateDiskFilter filter{SchedulerConfig{}};
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(1, 1, 50)));
  add_aggregate(hosts, {{"disk_allocation_ratio", "1.0"}}, h);
  EXPECT_FALSE(filter.host_passes(hosts, h, flavor(1, 1, 50)));
  EXPECT_TRUE(filter.host_passes(hosts, h, flavor(1, 1, 20)));
}

}  // namespace
}  // namespace stacktwin::nova
