// Hand-worked cases for the hint, config and column filters (NOVA_NOTES.md §2), and the
// simplified NUMATopologyFilter / PciPassthroughFilter.
#include <gtest/gtest.h>

#include "models/nova/filters/all_hosts_filter.h"
#include "models/nova/filters/different_host_filter.h"
#include "models/nova/filters/filter_error.h"
#include "models/nova/filters/io_ops_filter.h"
#include "models/nova/filters/isolated_hosts_filter.h"
#include "models/nova/filters/json_filter.h"
#include "models/nova/filters/metrics_filter.h"
#include "models/nova/filters/num_instances_filter.h"
#include "models/nova/filters/numa_topology_filter.h"
#include "models/nova/filters/pci_passthrough_filter.h"
#include "models/nova/filters/same_host_filter.h"
#include "models/nova/filters/simple_cidr_affinity_filter.h"

namespace stacktwin::nova {
namespace {

const RequestSpec kNoRequest;  // a named object: GCC 12 warns on RequestSpec{} temporaries

TEST(IoOpsFilter, StrictlyBelowMax) {
  HostStates hosts;
  for (int i = 0; i < 4; ++i) hosts.add("h" + std::to_string(i), "n");
  hosts.num_io_ops = {0, 7, 8, 9};
  const IoOpsFilter filter{SchedulerConfig{}};
  std::vector<HostIndex> candidates{3, 2, 1, 0};
  filter.filter_all(hosts, kNoRequest, candidates);
  EXPECT_EQ(candidates, (std::vector<HostIndex>{1, 0}));
  SchedulerConfig config;
  config.max_io_ops_per_host = 9;
  EXPECT_TRUE(IoOpsFilter{config}.host_passes(hosts, 2, kNoRequest));
  EXPECT_FALSE(IoOpsFilter{config}.host_passes(hosts, 3, kNoRequest));
}

TEST(NumInstancesFilter, StrictlyBelowMax) {
  HostStates hosts;
  for (int i = 0; i < 3; ++i) hosts.add("h" + std::to_string(i), "n");
  hosts.num_instances = {49, 50, 51};
  const NumInstancesFilter filter{SchedulerConfig{}};
  std::vector<HostIndex> candidates{0, 1, 2};
  filter.filter_all(hosts, kNoRequest, candidates);
  EXPECT_EQ(candidates, (std::vector<HostIndex>{0}));
  EXPECT_FALSE(filter.host_passes(hosts, 1, kNoRequest));
}

TEST(IsolatedHostsFilter, FourCombinationsBothWays) {
  HostStates hosts;
  const auto iso = hosts.add("iso", "n");
  const auto plain = hosts.add("plain", "n");
  SchedulerConfig config;
  config.isolated_images = {"iso-img"};
  config.isolated_hosts = {"iso"};
  RequestSpec iso_image, plain_image, no_image;
  iso_image.image_id = "iso-img";
  plain_image.image_id = "other-img";
  {
    const IsolatedHostsFilter f{config};  // restrict = true (default)
    EXPECT_TRUE(f.host_passes(hosts, iso, iso_image));
    EXPECT_FALSE(f.host_passes(hosts, iso, plain_image));
    EXPECT_FALSE(f.host_passes(hosts, plain, iso_image));
    EXPECT_TRUE(f.host_passes(hosts, plain, plain_image));
    EXPECT_FALSE(f.host_passes(hosts, iso, no_image));  // volume-backed: not an isolated image
    EXPECT_TRUE(f.host_passes(hosts, plain, no_image));
  }
  config.restrict_isolated_hosts_to_isolated_images = false;
  {
    const IsolatedHostsFilter f{config};
    EXPECT_TRUE(f.host_passes(hosts, iso, iso_image));
    EXPECT_TRUE(f.host_passes(hosts, iso, plain_image));
    EXPECT_FALSE(f.host_passes(hosts, plain, iso_image));
    EXPECT_TRUE(f.host_passes(hosts, plain, plain_image));
  }
  // No isolated images: only "restrict and isolated host" fails.
  config.isolated_images.clear();
  EXPECT_TRUE(IsolatedHostsFilter{config}.host_passes(hosts, iso, plain_image));
  config.restrict_isolated_hosts_to_isolated_images = true;
  EXPECT_FALSE(IsolatedHostsFilter{config}.host_passes(hosts, iso, plain_image));
  EXPECT_TRUE(IsolatedHostsFilter{config}.host_passes(hosts, plain, iso_image));
}

TEST(DifferentAndSameHostFilter, InstanceUuidOverlap) {
  HostStates hosts;
  const auto a = hosts.add("a", "n");
  const auto b = hosts.add("b", "n");
  hosts.instances[a] = {"u1", "u2"};
  hosts.instances[b] = {"u3"};
  RequestSpec spec;
  const DifferentHostFilter different{SchedulerConfig{}};
  const SameHostFilter same{SchedulerConfig{}};
  EXPECT_TRUE(different.host_passes(hosts, a, spec));  // no hint
  EXPECT_TRUE(same.host_passes(hosts, b, spec));
  spec.scheduler_hints["different_host"] = {"u2", "zz"};
  spec.scheduler_hints["same_host"] = {"u2", "zz"};
  EXPECT_FALSE(different.host_passes(hosts, a, spec));
  EXPECT_TRUE(different.host_passes(hosts, b, spec));
  EXPECT_TRUE(same.host_passes(hosts, a, spec));
  EXPECT_FALSE(same.host_passes(hosts, b, spec));
  spec.scheduler_hints["same_host"] = {""};  // falsy hint: passes
  EXPECT_TRUE(same.host_passes(hosts, b, spec));
}

TEST(SimpleCIDRAffinityFilter, HostIpInsideNetwork) {
  HostStates hosts;
  const auto near = hosts.add("near", "n");
  const auto far = hosts.add("far", "n");
  const auto v6 = hosts.add("v6", "n");
  hosts.host_ip = {"10.0.0.200", "10.0.1.5", "fd00::5"};
  const SimpleCIDRAffinityFilter filter{SchedulerConfig{}};
  RequestSpec spec;
  EXPECT_TRUE(filter.host_passes(hosts, far, spec));  // no hint
  spec.scheduler_hints["build_near_host_ip"] = {"10.0.0.1"};  // default cidr /24
  EXPECT_TRUE(filter.host_passes(hosts, near, spec));
  EXPECT_FALSE(filter.host_passes(hosts, far, spec));
  EXPECT_FALSE(filter.host_passes(hosts, v6, spec));  // other IP version
  spec.scheduler_hints["cidr"] = {"/23"};
  EXPECT_TRUE(filter.host_passes(hosts, far, spec));
  spec.scheduler_hints["cidr"] = {"/255.255.255.0"};
  EXPECT_FALSE(filter.host_passes(hosts, far, spec));
  spec.scheduler_hints["build_near_host_ip"] = {"fd00::1"};
  spec.scheduler_hints["cidr"] = {"/64"};
  EXPECT_TRUE(filter.host_passes(hosts, v6, spec));
  spec.scheduler_hints["build_near_host_ip"] = {"not-an-ip"};
  EXPECT_THROW(filter.host_passes(hosts, near, spec), FilterError);
}

TEST(AllHostsFilter, EveryHostPasses) {
  HostStates hosts;
  const auto h = hosts.add("h", "n");
  hosts.service_disabled[h] = 1;
  EXPECT_TRUE(AllHostsFilter{SchedulerConfig{}}.host_passes(hosts, h, kNoRequest));
}

TEST(MetricsFilter, EveryConfiguredMetricMustBeReported) {
  HostStates hosts;
  const auto full = hosts.add("full", "n");
  const auto partial = hosts.add("partial", "n");
  hosts.metrics[full] = {{"cpu.percent", 0.5}, {"cpu.user.percent", 0.2}};
  hosts.metrics[partial] = {{"cpu.percent", 0.5}};
  SchedulerConfig config;
  EXPECT_TRUE(MetricsFilter{config}.host_passes(hosts, partial, kNoRequest));  // nothing required
  config.metrics_weight_setting = {"cpu.percent=1.0", "cpu.user.percent=-1", "broken", "=2", "x=abc"};
  EXPECT_TRUE(MetricsFilter{config}.host_passes(hosts, full, kNoRequest));
  EXPECT_FALSE(MetricsFilter{config}.host_passes(hosts, partial, kNoRequest));
}

class JsonFilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    big = hosts.add("big", "big");
    small = hosts.add("small", "small");
    hosts.free_ram_mb = {8192, 1024};
    hosts.vcpus_total = {32, 4};
    hosts.stats[big]["rack"] = "r1";
  }
  bool passes(HostIndex h, const std::string& query) {
    RequestSpec spec;
    spec.scheduler_hints["query"] = {query};
    return JsonFilter{SchedulerConfig{}}.host_passes(hosts, h, spec);
  }
  HostStates hosts;
  HostIndex big = 0, small = 0;
};

TEST_F(JsonFilterTest, ComparisonsAgainstHostAttributes) {
  EXPECT_TRUE(passes(big, R"([">=", "$free_ram_mb", 4096])"));
  EXPECT_FALSE(passes(small, R"([">=", "$free_ram_mb", 4096])"));
  EXPECT_TRUE(passes(small, R"(["<", "$free_ram_mb", 2048, 4096])"));   // first vs all others
  EXPECT_FALSE(passes(small, R"(["<", "$free_ram_mb", 2048, 512])"));
  EXPECT_TRUE(passes(big, R"(["=", "$stats.rack", "r1"])"));
  EXPECT_FALSE(passes(small, R"(["=", "$stats.rack", "r1"])"));        // None dropped: 1 arg
  EXPECT_TRUE(passes(big, R"(["in", "$host", "a", "big"])"));
  EXPECT_FALSE(passes(small, R"(["in", "$host", "a", "big"])"));
  EXPECT_TRUE(passes(big, R"(["=", "$vcpus_total", 32.0])"));          // 32 == 32.0
}

TEST_F(JsonFilterTest, BooleanOperators) {
  EXPECT_TRUE(passes(big, R"(["and", [">=", "$free_ram_mb", 4096], [">", "$vcpus_total", 8]])"));
  EXPECT_FALSE(passes(small, R"(["and", [">=", "$free_ram_mb", 4096], [">", "$vcpus_total", 2]])"));
  EXPECT_TRUE(passes(small, R"(["or", [">=", "$free_ram_mb", 4096], [">", "$vcpus_total", 2]])"));
  EXPECT_FALSE(passes(big, R"(["not", [">=", "$free_ram_mb", 4096]])"));
  EXPECT_TRUE(passes(small, R"(["not", [">=", "$free_ram_mb", 4096]])"));
  // "not" returns a list, and a non-empty list is truthy inside "or"/"and".
  EXPECT_TRUE(passes(big, R"(["and", ["not", [">=", "$free_ram_mb", 4096]]])"));
  EXPECT_TRUE(passes(big, ""));
  EXPECT_TRUE(passes(big, "[]"));
}

TEST_F(JsonFilterTest, PythonErrorsRaise) {
  EXPECT_THROW(passes(big, R"([">", "$host", 3])"), FilterError);       // str > int: TypeError
  EXPECT_THROW(passes(big, R"(["~", 1, 2])"), FilterError);             // KeyError
  EXPECT_THROW(passes(big, "[not json"), FilterError);
  EXPECT_THROW(passes(big, R"(["=", "$host.x", 1])"), FilterError);     // str has no .get
  EXPECT_FALSE(passes(big, R"(["=", "$host", 3])"));                    // == across types: False
}

TEST(NUMATopologyFilter, SimplifiedFit) {
  HostStates hosts;
  const auto h = hosts.add("h", "n");
  hosts.vcpus_total[h] = 8;
  hosts.vcpus_used[h] = 6;
  hosts.cpu_allocation_ratio[h] = 4.0;
  hosts.ram_allocation_ratio[h] = 1.5;
  hosts.total_usable_ram_mb[h] = 8192;
  hosts.free_ram_mb[h] = 2048;
  const NUMATopologyFilter filter{SchedulerConfig{}};
  RequestSpec spec;
  spec.flavor.sizes.vcpus = 4;
  spec.flavor.sizes.ram_mb = 4096;
  EXPECT_TRUE(filter.host_passes(hosts, h, spec));  // no NUMA request: passes whatever the host
  spec.flavor.extra_specs["hw:numa_nodes"] = "1";
  EXPECT_TRUE(filter.host_passes(hosts, h, spec));  // 32-6 >= 4 CPUs; 12288-6144 >= 4096 MB
  spec.flavor.extra_specs["hw:cpu_policy"] = "dedicated";
  EXPECT_FALSE(filter.host_passes(hosts, h, spec));  // 8-6 < 4 pinned CPUs
  hosts.vcpus_used[h] = 4;
  EXPECT_TRUE(filter.host_passes(hosts, h, spec));
  spec.flavor.extra_specs["hw:mem_page_size"] = "large";
  EXPECT_FALSE(filter.host_passes(hosts, h, spec));  // huge pages: free 2048 < 4096
  spec.flavor.extra_specs.erase("hw:mem_page_size");
  spec.flavor.extra_specs["hw:numa_nodes"] = "2";
  hosts.stats[h]["numa_nodes"] = "1";
  EXPECT_FALSE(filter.host_passes(hosts, h, spec));  // more guest nodes than host nodes
  hosts.stats[h]["numa_nodes"] = "2";
  EXPECT_TRUE(filter.host_passes(hosts, h, spec));
}

TEST(PciPassthroughFilter, SimplifiedAliasPools) {
  HostStates hosts;
  const auto gpu = hosts.add("gpu", "n");
  const auto none = hosts.add("none", "n");
  hosts.pci_pools[gpu] = {PciPool{"10de", "1db4", 2, 0, {{"alias", "v100"}}}, PciPool{"8086", "1520", 1, 0, {}}};
  const PciPassthroughFilter filter{SchedulerConfig{}};
  RequestSpec spec;
  EXPECT_TRUE(filter.host_passes(hosts, none, spec));
  spec.flavor.extra_specs["pci_passthrough:alias"] = "v100:2";
  EXPECT_TRUE(filter.host_passes(hosts, gpu, spec));
  EXPECT_FALSE(filter.host_passes(hosts, none, spec));
  spec.flavor.extra_specs["pci_passthrough:alias"] = "v100:3";
  EXPECT_FALSE(filter.host_passes(hosts, gpu, spec));
  spec.flavor.extra_specs["pci_passthrough:alias"] = "v100:1, 8086:1520:1";
  EXPECT_THROW(filter.host_passes(hosts, gpu, spec), FilterError);  // "8086:1520:1" is not alias:count
  spec.flavor.extra_specs["pci_passthrough:alias"] = "v100:1,nic:1";
  EXPECT_FALSE(filter.host_passes(hosts, gpu, spec));
}

}  // namespace
}  // namespace stacktwin::nova
