// Hand-worked cases for the aggregate-metadata filters (NOVA_NOTES.md §2).
#include <gtest/gtest.h>

#include "models/nova/filters/aggregate_image_properties_isolation.h"
#include "models/nova/filters/aggregate_instance_extra_specs_filter.h"
#include "models/nova/filters/aggregate_io_ops_filter.h"
#include "models/nova/filters/aggregate_multitenancy_isolation.h"
#include "models/nova/filters/aggregate_num_instances_filter.h"
#include "models/nova/filters/aggregate_type_affinity_filter.h"
#include "models/nova/filters/availability_zone_filter.h"
#include "models/nova/filters/filter_error.h"

namespace stacktwin::nova {
namespace {

const RequestSpec kNoRequest;  // a named object: GCC 12 warns on RequestSpec{} temporaries

// Adds an aggregate with `metadata` holding `members`.
void add_aggregate(HostStates& hosts, std::map<std::string, std::string> metadata, std::vector<HostIndex> members) {
  const auto a = static_cast<std::uint32_t>(hosts.all_aggregates.size());
  hosts.all_aggregates.push_back(Aggregate{"agg" + std::to_string(a), "", std::move(metadata)});
  for (auto h : members) hosts.aggregates[h].push_back(a);
}

TEST(AvailabilityZoneFilter, AggregateZonesOrTheDefaultNova) {
  HostStates hosts;
  const auto in_az1 = hosts.add("in_az1", "n");
  const auto multi = hosts.add("multi", "n");
  const auto plain = hosts.add("plain", "n");
  add_aggregate(hosts, {{"availability_zone", "az1"}}, {in_az1});
  add_aggregate(hosts, {{"availability_zone", "az2, az3"}}, {multi});
  const AvailabilityZoneFilter filter{SchedulerConfig{}};
  RequestSpec spec;
  EXPECT_TRUE(filter.host_passes(hosts, in_az1, spec));  // no AZ requested
  spec.availability_zone = "az1";
  EXPECT_TRUE(filter.host_passes(hosts, in_az1, spec));
  EXPECT_FALSE(filter.host_passes(hosts, multi, spec));
  EXPECT_FALSE(filter.host_passes(hosts, plain, spec));
  spec.availability_zone = "az3";  // comma-split and stripped
  EXPECT_TRUE(filter.host_passes(hosts, multi, spec));
  spec.availability_zone = "nova";
  EXPECT_TRUE(filter.host_passes(hosts, plain, spec));
  EXPECT_FALSE(filter.host_passes(hosts, in_az1, spec));
  SchedulerConfig config;
  config.default_availability_zone = "zone0";
  EXPECT_FALSE(AvailabilityZoneFilter{config}.host_passes(hosts, plain, spec));
  spec.availability_zone = "zone0";
  EXPECT_TRUE(AvailabilityZoneFilter{config}.host_passes(hosts, plain, spec));
}

TEST(AggregateInstanceExtraSpecsFilter, ScopedAndUnscopedKeysMustMatchSomeValue) {
  HostStates hosts;
  const auto ssd = hosts.add("ssd", "n");
  const auto both = hosts.add("both", "n");
  const auto bare = hosts.add("bare", "n");
  add_aggregate(hosts, {{"ssd", "true"}, {"cpu_mhz", "2400"}}, {ssd, both});
  add_aggregate(hosts, {{"ssd", "false"}, {"cpu_mhz", "3000"}}, {both});
  const AggregateInstanceExtraSpecsFilter filter{SchedulerConfig{}};
  RequestSpec spec;
  EXPECT_TRUE(filter.host_passes(hosts, bare, spec));  // no extra specs
  spec.flavor.extra_specs = {{"aggregate_instance_extra_specs:ssd", "true"}, {"hw:cpu_policy", "dedicated"}};
  EXPECT_TRUE(filter.host_passes(hosts, ssd, spec));
  EXPECT_TRUE(filter.host_passes(hosts, both, spec));  // one of {true, false} matches
  EXPECT_FALSE(filter.host_passes(hosts, bare, spec));  // key missing
  spec.flavor.extra_specs = {{"cpu_mhz", "= 2500"}};    // '=' is >=
  EXPECT_FALSE(filter.host_passes(hosts, ssd, spec));
  EXPECT_TRUE(filter.host_passes(hosts, both, spec));
  spec.flavor.extra_specs = {{"ssd", "= 1"}};
  EXPECT_THROW(filter.host_passes(hosts, ssd, spec), FilterError);  // float('true') raises
}

TEST(AggregateMultiTenancyIsolation, TenantListsRestrictHosts) {
  HostStates hosts;
  const auto tenant = hosts.add("tenant", "n");
  const auto open = hosts.add("open", "n");
  add_aggregate(hosts, {{"filter_tenant_id", "p1, p2"}}, {tenant});
  add_aggregate(hosts, {{"other", "x"}}, {open});
  const AggregateMultiTenancyIsolation filter{SchedulerConfig{}};
  RequestSpec spec;
  spec.project_id = "p2";
  EXPECT_TRUE(filter.host_passes(hosts, tenant, spec));
  EXPECT_TRUE(filter.host_passes(hosts, open, spec));
  spec.project_id = "p3";
  EXPECT_FALSE(filter.host_passes(hosts, tenant, spec));
  EXPECT_TRUE(filter.host_passes(hosts, open, spec));
}

TEST(AggregateTypeAffinityFilter, FlavorNameMustBeListed) {
  HostStates hosts;
  const auto typed = hosts.add("typed", "n");
  const auto open = hosts.add("open", "n");
  add_aggregate(hosts, {{"instance_type", "m1.small , m1.large"}}, {typed});
  const AggregateTypeAffinityFilter filter{SchedulerConfig{}};
  RequestSpec spec;
  spec.flavor.sizes.name = "m1.large";
  EXPECT_TRUE(filter.host_passes(hosts, typed, spec));
  spec.flavor.sizes.name = "m1.tiny";
  EXPECT_FALSE(filter.host_passes(hosts, typed, spec));
  EXPECT_TRUE(filter.host_passes(hosts, open, spec));
}

TEST(AggregateIoOpsFilter, MinimumAggregateValueElseConfig) {
  HostStates hosts;
  const auto two_aggs = hosts.add("two_aggs", "n");
  const auto bad = hosts.add("bad", "n");
  const auto none = hosts.add("none", "n");
  add_aggregate(hosts, {{"max_io_ops_per_host", "10"}}, {two_aggs});
  add_aggregate(hosts, {{"max_io_ops_per_host", "6"}}, {two_aggs});
  add_aggregate(hosts, {{"max_io_ops_per_host", "12.0"}}, {bad});  // int('12.0') raises: config 8
  const AggregateIoOpsFilter filter{SchedulerConfig{}};
  const RequestSpec spec;
  hosts.num_io_ops = {5, 7, 7};
  EXPECT_TRUE(filter.host_passes(hosts, two_aggs, spec));
  EXPECT_TRUE(filter.host_passes(hosts, bad, spec));
  EXPECT_TRUE(filter.host_passes(hosts, none, spec));
  hosts.num_io_ops = {6, 8, 8};
  EXPECT_FALSE(filter.host_passes(hosts, two_aggs, spec));
  EXPECT_FALSE(filter.host_passes(hosts, bad, spec));
  EXPECT_FALSE(filter.host_passes(hosts, none, spec));
  std::vector<HostIndex> candidates{none, two_aggs, bad};
  hosts.num_io_ops = {5, 9, 7};
  filter.filter_all(hosts, spec, candidates);
  EXPECT_EQ(candidates, (std::vector<HostIndex>{none, two_aggs}));
}

TEST(AggregateNumInstancesFilter, MinimumAggregateValueElseConfig) {
  HostStates hosts;
  const auto small = hosts.add("small", "n");
  const auto none = hosts.add("none", "n");
  add_aggregate(hosts, {{"max_instances_per_host", "3"}}, {small});
  const AggregateNumInstancesFilter filter{SchedulerConfig{}};
  hosts.num_instances = {2, 49};
  EXPECT_TRUE(filter.host_passes(hosts, small, kNoRequest));
  EXPECT_TRUE(filter.host_passes(hosts, none, kNoRequest));
  hosts.num_instances = {3, 50};
  EXPECT_FALSE(filter.host_passes(hosts, small, kNoRequest));
  EXPECT_FALSE(filter.host_passes(hosts, none, kNoRequest));
}

TEST(AggregateImagePropertiesIsolation, ImagePropertiesMustMatchSameNamedMetadata) {
  HostStates hosts;
  const auto linux_hosts = hosts.add("linux", "n");
  const auto plain = hosts.add("plain", "n");
  add_aggregate(hosts, {{"os_distro", "ubuntu, centos"}, {"hw_architecture", "x86_64"}, {"ssd", "true"},
                        {"hw_cpu_cores", "4"}},
                {linux_hosts});
  const AggregateImagePropertiesIsolation filter{SchedulerConfig{}};
  RequestSpec spec;
  EXPECT_TRUE(filter.host_passes(hosts, linux_hosts, spec));
  spec.image_properties = {{"os_distro", "centos"}, {"hw_architecture", "AMD64"}, {"ssd", "false"}};
  EXPECT_TRUE(filter.host_passes(hosts, linux_hosts, spec));  // AMD64 -> x86_64; ssd not a field
  spec.image_properties["hw_cpu_cores"] = "04";                // int('04') -> "4"
  EXPECT_TRUE(filter.host_passes(hosts, linux_hosts, spec));
  spec.image_properties["os_distro"] = "debian";
  EXPECT_FALSE(filter.host_passes(hosts, linux_hosts, spec));
  EXPECT_TRUE(filter.host_passes(hosts, plain, spec));
  // With a namespace only "ns.*" keys count, and those are never ImageMetaProps fields.
  SchedulerConfig config;
  config.aggregate_image_properties_isolation_namespace = "ns";
  EXPECT_TRUE(AggregateImagePropertiesIsolation{config}.host_passes(hosts, linux_hosts, spec));
}

}  // namespace
}  // namespace stacktwin::nova
