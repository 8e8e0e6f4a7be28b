// Hand-worked cases for the default-enabled filters (NOVA_NOTES.md §2): ComputeFilter,
// ComputeCapabilitiesFilter, ImagePropertiesFilter, ServerGroup(Anti)AffinityFilter.
#include <gtest/gtest.h>

#include "models/nova/filters/compute_capabilities_filter.h"
#include "models/nova/filters/compute_filter.h"
#include "models/nova/filters/filter_error.h"
#include "models/nova/filters/image_props_filter.h"
#include "models/nova/filters/server_group_affinity_filter.h"
#include "models/nova/filters/server_group_anti_affinity_filter.h"
#include "models/nova/host_filter.h"

namespace stacktwin::nova {
namespace {

const RequestSpec kNoRequest;  // a named object: GCC 12 warns on RequestSpec{} temporaries

std::vector<HostIndex> all_of(const HostStates& hosts) {
  std::vector<HostIndex> v;
  for (HostIndex h = 0; h < hosts.size(); ++h) v.push_back(h);
  return v;
}

TEST(ComputeFilter, DisabledForcedDownAndStaleHeartbeatFail) {
  HostStates hosts;
  const auto up = hosts.add("up", "up");
  const auto disabled = hosts.add("disabled", "disabled");
  const auto forced = hosts.add("forced", "forced");
  const auto edge = hosts.add("edge", "edge");
  const auto stale = hosts.add("stale", "stale");
  hosts.service_disabled[disabled] = 1;
  hosts.service_forced_down[forced] = 1;
  hosts.seconds_since_heartbeat[edge] = 60.0;   // abs(elapsed) <= service_down_time: passes
  hosts.seconds_since_heartbeat[stale] = 60.5;
  const ComputeFilter filter{SchedulerConfig{}};
  const RequestSpec spec;
  EXPECT_TRUE(filter.host_passes(hosts, up, spec));
  EXPECT_FALSE(filter.host_passes(hosts, disabled, spec));
  EXPECT_FALSE(filter.host_passes(hosts, forced, spec));
  EXPECT_TRUE(filter.host_passes(hosts, edge, spec));
  EXPECT_FALSE(filter.host_passes(hosts, stale, spec));
  auto candidates = all_of(hosts);
  filter.filter_all(hosts, spec, candidates);
  EXPECT_EQ(candidates, (std::vector<HostIndex>{up, edge}));
  EXPECT_TRUE(filter.run_filter_once_per_request());
  EXPECT_FALSE(filter.run_on_rebuild());
}

TEST(ComputeFilter, ServiceDownTimeAtOrBelowReportIntervalBecomes25s) {
  HostStates hosts;
  const auto h = hosts.add("h", "h");
  SchedulerConfig config;
  config.service_down_time_s = 5;  // <= report_interval 10 -> int(10 * 2.5) = 25
  const ComputeFilter filter{config};
  hosts.seconds_since_heartbeat[h] = 24;
  EXPECT_TRUE(filter.host_passes(hosts, h, kNoRequest));
  hosts.seconds_since_heartbeat[h] = 26;
  EXPECT_FALSE(filter.host_passes(hosts, h, kNoRequest));
}

TEST(ComputeCapabilitiesFilter, ScopesAttributesStatsAndJson) {
  HostStates hosts;
  const auto h = hosts.add("h", "h");
  hosts.vcpus_total[h] = 16;
  hosts.free_ram_mb[h] = 4096;
  hosts.cpu_allocation_ratio[h] = 16.0;
  hosts.stats[h]["gpu"] = "2";
  hosts.stats[h]["cpu_info"] = R"({"arch": "x86_64", "features": ["avx", "sse"]})";
  const ComputeCapabilitiesFilter filter{SchedulerConfig{}};
  auto passes = [&](std::map<std::string, std::string> specs) {
    RequestSpec spec;
    spec.flavor.extra_specs = std::move(specs);
    return filter.host_passes(hosts, h, spec);
  };
  EXPECT_TRUE(passes({}));
  EXPECT_TRUE(passes({{"vcpus_total", "= 8"}}));        // '=' is >=
  EXPECT_FALSE(passes({{"vcpus_total", "== 8"}}));
  EXPECT_TRUE(passes({{"free_ram_mb", "<= 4096"}}));
  EXPECT_TRUE(passes({{"gpu", ">= 2"}}));               // unscoped stats key
  EXPECT_TRUE(passes({{"no_such_key", "x"}}));          // unscoped and unknown: skipped
  EXPECT_TRUE(passes({{"hw:cpu_policy", "dedicated"}})); // other scope: skipped
  EXPECT_FALSE(passes({{"capabilities:no_such_key", "x"}}));  // scoped and unknown: fails
  EXPECT_TRUE(passes({{"capabilities:stats:gpu", "2"}}));
  EXPECT_TRUE(passes({{"capabilities:cpu_info:arch", "x86_64"}}));  // JSON string walked
  EXPECT_TRUE(passes({{"capabilities:cpu_info:features", "<in> avx"}}));  // str(list)
  EXPECT_TRUE(passes({{"capabilities:cpu_info:features", "['avx', 'sse']"}}));
  EXPECT_TRUE(passes({{"cpu_allocation_ratio", "16.0"}}));  // str(16.0) == "16.0"
  EXPECT_FALSE(passes({{"cpu_allocation_ratio", "16"}}));
  EXPECT_FALSE(passes({{"capabilities:gpu:x", "2"}}));  // "2" parses as JSON 2, no .stats
  EXPECT_THROW(passes({{"gpu", ">= many"}}), FilterError);  // float('many') raises
}

TEST(ComputeCapabilitiesFilter, UnparsableJsonFailsTheHost) {
  HostStates hosts;
  const auto h = hosts.add("h", "h");
  hosts.stats[h]["cpu_info"] = "not json";
  RequestSpec spec;
  spec.flavor.extra_specs["capabilities:cpu_info:arch"] = "x86_64";
  EXPECT_FALSE(ComputeCapabilitiesFilter{SchedulerConfig{}}.host_passes(hosts, h, spec));
}

TEST(ImagePropertiesFilter, CanonicalizedPropertiesMustBeInOneTriple) {
  HostStates hosts;
  const auto x86 = hosts.add("x86", "x86");
  const auto arm = hosts.add("arm", "arm");
  const auto none = hosts.add("none", "none");
  hosts.supported_instances[x86] = {{"x86_64", "qemu", "hvm"}, {"i686", "qemu", "hvm"}};
  hosts.supported_instances[arm] = {{"aarch64", "kvm", "hvm"}};
  const ImagePropertiesFilter filter{SchedulerConfig{}};
  RequestSpec spec;
  EXPECT_TRUE(filter.host_passes(hosts, none, spec));  // no property: every host passes
  spec.image_properties["hw_architecture"] = "AMD64";  // -> x86_64
  EXPECT_TRUE(filter.host_passes(hosts, x86, spec));
  EXPECT_FALSE(filter.host_passes(hosts, arm, spec));
  EXPECT_FALSE(filter.host_passes(hosts, none, spec));  // no supported_instances
  spec.image_properties["hw_architecture"] = "i386";   // -> i686
  spec.image_properties["hw_vm_mode"] = "hv";          // -> hvm
  EXPECT_TRUE(filter.host_passes(hosts, x86, spec));
  spec.image_properties["img_hv_type"] = "kvm";
  EXPECT_FALSE(filter.host_passes(hosts, x86, spec));
  spec.image_properties["hw_architecture"] = "sparc-nope";
  EXPECT_THROW(filter.host_passes(hosts, x86, spec), FilterError);
  EXPECT_TRUE(filter.run_on_rebuild());
  EXPECT_TRUE(filter.run_filter_once_per_request());
}

TEST(ImagePropertiesFilter, DefaultArchitectureFromConfig) {
  HostStates hosts;
  const auto arm = hosts.add("arm", "arm");
  hosts.supported_instances[arm] = {{"aarch64", "kvm", "hvm"}};
  SchedulerConfig config;
  config.image_properties_default_architecture = "x86_64";
  EXPECT_FALSE(ImagePropertiesFilter{config}.host_passes(hosts, arm, kNoRequest));
  EXPECT_TRUE(ImagePropertiesFilter{SchedulerConfig{}}.host_passes(hosts, arm, kNoRequest));
}

TEST(ImagePropertiesFilter, HypervisorVersionPredicate) {
  EXPECT_EQ(convert_version_to_str(6002000), "6.2.0");
  EXPECT_EQ(convert_version_to_str(7000), "7.0");
  EXPECT_TRUE(version_predicate_satisfied_by(">=6.0, <7.0", "6.2.0"));
  EXPECT_FALSE(version_predicate_satisfied_by(">=6.0, <7.0", "7.0"));
  EXPECT_TRUE(version_predicate_satisfied_by("== 6.2", "6.2.0"));
  EXPECT_TRUE(version_predicate_satisfied_by("!=6.2", "6.2.1"));
  EXPECT_TRUE(version_predicate_satisfied_by("<6.2", "6.2a1"));  // pre-release sorts first
  EXPECT_THROW(version_predicate_satisfied_by("6.0", "6.2.0"), FilterError);  // no operator
  EXPECT_THROW(version_predicate_satisfied_by(">=6.0", "1.2.3.4"), FilterError);

  HostStates hosts;
  const auto old_hv = hosts.add("old", "old");
  const auto new_hv = hosts.add("new", "new");
  const auto unknown = hosts.add("unknown", "unknown");
  for (auto h : {old_hv, new_hv, unknown}) hosts.supported_instances[h] = {{"x86_64", "qemu", "hvm"}};
  hosts.hypervisor_version[old_hv] = 5002000;
  hosts.hypervisor_version[new_hv] = 6002000;
  hosts.hypervisor_version[unknown] = 0;  // version test skipped
  RequestSpec spec;
  spec.image_properties = {{"hw_architecture", "x86_64"}, {"img_hv_requested_version", ">=6.0"}};
  const ImagePropertiesFilter filter{SchedulerConfig{}};
  EXPECT_FALSE(filter.host_passes(hosts, old_hv, spec));
  EXPECT_TRUE(filter.host_passes(hosts, new_hv, spec));
  EXPECT_TRUE(filter.host_passes(hosts, unknown, spec));
}

RequestSpec group_spec(const std::string& policy, std::vector<std::string> members, std::vector<std::string> group_hosts,
                       std::map<std::string, std::string> rules = {}) {
  RequestSpec spec;
  InstanceGroup g;
  g.policy = policy;
  g.members = std::move(members);
  g.hosts = std::move(group_hosts);
  g.rules = std::move(rules);
  spec.instance_group = g;
  spec.instance_uuid = "new";
  return spec;
}

TEST(ServerGroupAntiAffinityFilter, MaxServerPerHost) {
  HostStates hosts;
  const auto empty = hosts.add("empty", "empty");
  const auto one = hosts.add("one", "one");
  const auto two = hosts.add("two", "two");
  const auto self = hosts.add("self", "self");
  hosts.instances[one] = {"m1", "stranger"};
  hosts.instances[two] = {"m2", "m3"};
  hosts.instances[self] = {"new", "m4", "m5"};
  const ServerGroupAntiAffinityFilter filter{SchedulerConfig{}};
  auto spec = group_spec("anti-affinity", {"m1", "m2", "m3", "m4", "m5", "new"}, {"one", "two", "self"});
  EXPECT_TRUE(filter.host_passes(hosts, empty, spec));
  EXPECT_FALSE(filter.host_passes(hosts, one, spec));  // default max 1: one member is too many
  EXPECT_FALSE(filter.host_passes(hosts, two, spec));
  EXPECT_TRUE(filter.host_passes(hosts, self, spec));  // the instance itself is there (resize)
  spec.instance_group->rules["max_server_per_host"] = "2";
  EXPECT_TRUE(filter.host_passes(hosts, one, spec));
  EXPECT_FALSE(filter.host_passes(hosts, two, spec));
  spec.instance_group->rules["max_server_per_host"] = "two";
  EXPECT_THROW(filter.host_passes(hosts, one, spec), FilterError);
  // Another policy: the filter does not apply.
  EXPECT_TRUE(filter.host_passes(hosts, two, group_spec("soft-anti-affinity", {"m2", "m3"}, {"two"})));
  EXPECT_TRUE(filter.host_passes(hosts, two, kNoRequest));
  EXPECT_FALSE(filter.run_filter_once_per_request());
}

TEST(ServerGroupAffinityFilter, HostMustBeAGroupHostOnceThereIsOne) {
  HostStates hosts;
  const auto a = hosts.add("a", "a");
  const auto b = hosts.add("b", "b");
  const ServerGroupAffinityFilter filter{SchedulerConfig{}};
  EXPECT_TRUE(filter.host_passes(hosts, b, group_spec("affinity", {"new"}, {})));  // first member
  EXPECT_TRUE(filter.host_passes(hosts, a, group_spec("affinity", {"m1", "new"}, {"a"})));
  EXPECT_FALSE(filter.host_passes(hosts, b, group_spec("affinity", {"m1", "new"}, {"a"})));
  EXPECT_TRUE(filter.host_passes(hosts, b, group_spec("anti-affinity", {"m1", "new"}, {"a"})));
  EXPECT_FALSE(filter.run_filter_once_per_request());
}

TEST(FilterRegistry, EveryZedFilterAndTheLegacyOnesAreRegistered) {
  const std::vector<std::string> zed = {
      "AggregateImagePropertiesIsolation", "AggregateInstanceExtraSpecsFilter", "AggregateIoOpsFilter",
      "AggregateMultiTenancyIsolation", "AggregateNumInstancesFilter", "AggregateTypeAffinityFilter",
      "AllHostsFilter", "AvailabilityZoneFilter", "ComputeCapabilitiesFilter", "ComputeFilter",
      "DifferentHostFilter", "ImagePropertiesFilter", "IoOpsFilter", "IsolatedHostsFilter", "JsonFilter",
      "MetricsFilter", "NUMATopologyFilter", "NumInstancesFilter", "PciPassthroughFilter", "SameHostFilter",
      "ServerGroupAffinityFilter", "ServerGroupAntiAffinityFilter", "SimpleCIDRAffinityFilter"};
  ASSERT_EQ(zed.size(), 23u);
  for (const auto& name : zed) EXPECT_TRUE(filter_registry().contains(name)) << name;
  for (const auto& name : {"RamFilter", "CoreFilter", "DiskFilter", "AggregateRamFilter", "AggregateCoreFilter",
                           "AggregateDiskFilter"})
    EXPECT_TRUE(filter_registry().contains(name)) << name;
  EXPECT_EQ(filter_registry().entries().size(), 29u);
  EXPECT_THROW(filter_registry().create("RetryFilter", SchedulerConfig{}), UnknownNameError);
}

// Nova's class attributes (run_filter_once_per_request, RUN_ON_REBUILD), from
// nova/scheduler/filters/*.py (Zed).
TEST(FilterRegistry, OncePerRequestAndRebuildFlagsAreNovas) {
  const std::map<std::string, std::pair<bool, bool>> flags = {
      {"AllHostsFilter", {true, false}},           {"AvailabilityZoneFilter", {true, false}},
      {"ComputeFilter", {true, false}},            {"ComputeCapabilitiesFilter", {true, false}},
      {"ImagePropertiesFilter", {true, true}},     {"AggregateImagePropertiesIsolation", {true, true}},
      {"AggregateInstanceExtraSpecsFilter", {true, false}}, {"AggregateMultiTenancyIsolation", {true, false}},
      {"AggregateTypeAffinityFilter", {true, false}}, {"AggregateIoOpsFilter", {false, false}},
      {"IoOpsFilter", {false, false}},             {"AggregateNumInstancesFilter", {false, false}},
      {"NumInstancesFilter", {false, false}},      {"IsolatedHostsFilter", {true, true}},
      {"DifferentHostFilter", {true, false}},      {"SameHostFilter", {true, false}},
      {"SimpleCIDRAffinityFilter", {true, false}}, {"JsonFilter", {false, false}},
      {"MetricsFilter", {false, false}},           {"NUMATopologyFilter", {false, false}},
      {"PciPassthroughFilter", {false, false}},    {"ServerGroupAffinityFilter", {false, false}},
      {"ServerGroupAntiAffinityFilter", {false, false}}, {"RamFilter", {false, false}},
      {"CoreFilter", {false, false}},              {"DiskFilter", {false, false}},
      {"AggregateRamFilter", {false, false}},      {"AggregateCoreFilter", {false, false}},
      {"AggregateDiskFilter", {false, false}}};
  ASSERT_EQ(flags.size(), filter_registry().entries().size());
  for (const auto& [name, f] : flags) {
    auto filter = filter_registry().create(name, SchedulerConfig{});
    EXPECT_EQ(filter->run_filter_once_per_request(), f.first) << name;
    EXPECT_EQ(filter->run_on_rebuild(), f.second) << name;
  }
}

}  // namespace
}  // namespace stacktwin::nova
