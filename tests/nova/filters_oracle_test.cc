// Filters against the real Nova Zed code: each case below is an input of
// /work/shared/tools/oracles/nova_oracle.py (run as `nova_oracle.py < case.json`) and the
// expected lists are its output's "per_filter_pass" (each filter alone against all hosts,
// host order kept). The test builds HostStates / RequestSpec / SchedulerConfig from the same
// JSON the way the oracle builds Nova's HostState and RequestSpec, runs each filter through
// the registry and compares.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {
namespace {

using nlohmann::json;

struct Item {
  std::string k;
  json v;
  const std::string& key() const { return k; }
  const json& value() const { return v; }
};

std::vector<Item> items_of(const json& object) {
  std::vector<Item> items;
  for (auto it = object.begin(); it != object.end(); ++it) items.push_back({it.key(), it.value()});
  return items;
}

struct World {
  HostStates hosts;
  RequestSpec spec;
  SchedulerConfig config;
};

// Mirrors build_host_state / build_request of nova_oracle.py for the fields used here.
World build(const json& in) {
  World w;
  std::map<std::string, std::uint32_t> agg_index;
  for (const auto& a : in.value("aggregates", json::array())) {
    Aggregate agg;
    agg.name = a["name"];
    for (auto it = a["metadata"].begin(); it != a["metadata"].end(); ++it) agg.metadata[it.key()] = it.value();
    agg_index[agg.name] = static_cast<std::uint32_t>(w.hosts.all_aggregates.size());
    w.hosts.all_aggregates.push_back(agg);
  }
  for (const auto& h : in["hosts"]) {
    const std::string name = h["host"];
    const HostIndex i = w.hosts.add(name, h.value("nodename", name));
    const std::int64_t memory_mb = h.value("memory_mb", 0), memory_mb_used = h.value("memory_mb_used", 0);
    const std::int64_t local_gb = h.value("local_gb", 0), local_gb_used = h.value("local_gb_used", 0);
    w.hosts.vcpus_total[i] = h.value("vcpus", 0);
    w.hosts.vcpus_used[i] = h.value("vcpus_used", 0);
    w.hosts.total_usable_ram_mb[i] = memory_mb;
    w.hosts.free_ram_mb[i] = memory_mb - memory_mb_used;
    w.hosts.total_usable_disk_gb[i] = local_gb;
    w.hosts.free_disk_mb[i] = (local_gb - local_gb_used) * 1024;
    w.hosts.cpu_allocation_ratio[i] = h.value("cpu_allocation_ratio", 16.0);
    w.hosts.ram_allocation_ratio[i] = h.value("ram_allocation_ratio", 1.5);
    w.hosts.disk_allocation_ratio[i] = h.value("disk_allocation_ratio", 1.0);
    w.hosts.num_instances[i] = h.value("num_instances", 0);
    w.hosts.num_io_ops[i] = h.value("num_io_ops", 0);
    w.hosts.failed_builds[i] = h.value("failed_builds", 0);
    for (const auto& it : items_of(h.value("stats", json::object())))
      w.hosts.stats[i][it.key()] = it.value().get<std::string>();
    w.hosts.stats[i]["num_instances"] = std::to_string(w.hosts.num_instances[i]);
    w.hosts.stats[i]["io_workload"] = std::to_string(w.hosts.num_io_ops[i]);
    w.hosts.stats[i]["failed_builds"] = std::to_string(w.hosts.failed_builds[i]);
    w.hosts.host_ip[i] = h.value("host_ip", "127.0.0.1");
    w.hosts.hypervisor_type[i] = h.value("hypervisor_type", "QEMU");
    w.hosts.hypervisor_version[i] = h.value("hypervisor_version", 6002000);
    for (const auto& s : h.value("supported_instances", json::parse(R"([["x86_64","qemu","hvm"]])")))
      w.hosts.supported_instances[i].push_back({s[0], s[1], s[2]});
    for (const auto& u : h.value("instances", json::array())) w.hosts.instances[i].push_back(u);
    const auto svc = h.value("service", json::object());
    w.hosts.service_disabled[i] = svc.value("disabled", false);
    w.hosts.service_forced_down[i] = svc.value("forced_down", false);
    w.hosts.seconds_since_heartbeat[i] = svc.value("seconds_since_heartbeat", 0.0);
    for (const auto& m : h.value("metrics", json::array())) w.hosts.metrics[i][m["name"]] = m["value"];
    for (const auto& [agg_name, a] : agg_index) {
      const auto& members = in["aggregates"][a]["hosts"];
      if (std::find(members.begin(), members.end(), name) != members.end()) w.hosts.aggregates[i].push_back(a);
    }
  }
  const auto& r = in["request"];
  const auto f = r.value("flavor", json::object());
  w.spec.flavor.sizes = {f.value("name", "oracle.flavor"), f.value("vcpus", 1), f.value("memory_mb", 512),
                         f.value("root_gb", 1), f.value("ephemeral_gb", 0), f.value("swap", 0)};
  for (const auto& it : items_of(f.value("extra_specs", json::object())))
    w.spec.flavor.extra_specs[it.key()] = it.value().get<std::string>();
  const auto img = r.value("image", json::object());
  w.spec.image_id = img.value("id", "");
  for (const auto& it : items_of(img.value("properties", json::object())))
    w.spec.image_properties[it.key()] = it.value().get<std::string>();
  if (r.contains("availability_zone") && !r["availability_zone"].is_null()) w.spec.availability_zone = r["availability_zone"];
  w.spec.project_id = r.value("project_id", "project");
  for (const auto& u : r["instance_uuids"]) w.spec.instance_uuids.push_back(u);
  w.spec.instance_uuid = w.spec.instance_uuids.front();
  for (const auto& it : items_of(r.value("scheduler_hints", json::object()))) {
    auto& values = w.spec.scheduler_hints[it.key()];
    if (it.value().is_array()) {
      for (const auto& v : it.value()) values.push_back(v);
    } else {
      values.push_back(it.value());
    }
  }
  if (r.contains("instance_group")) {
    const auto& g = r["instance_group"];
    InstanceGroup group;
    group.policy = g["policy"];
    for (const auto& m : g.value("members", json::array())) group.members.push_back(m);
    // nova-api adds the instances being created to the group (as the oracle does).
    for (const auto& u : w.spec.instance_uuids)
      if (std::find(group.members.begin(), group.members.end(), u) == group.members.end()) group.members.push_back(u);
    for (const auto& it : items_of(g.value("rules", json::object())))
      group.rules[it.key()] = it.value().get<std::string>();
    if (g.contains("hosts")) {
      for (const auto& hh : g["hosts"]) group.hosts.push_back(hh);
    } else {  // setup_instance_group: the hosts of the members
      for (HostIndex i = 0; i < w.hosts.size(); ++i)
        for (const auto& u : w.hosts.instances[i])
          if (std::find(group.members.begin(), group.members.end(), u) != group.members.end()) {
            if (std::find(group.hosts.begin(), group.hosts.end(), w.hosts.host[i]) == group.hosts.end())
              group.hosts.push_back(w.hosts.host[i]);
          }
    }
    w.spec.instance_group = group;
  }
  const auto cfg = in.value("config", json::object());
  const auto fs = cfg.value("filter_scheduler", json::object());
  if (fs.contains("isolated_images")) w.config.isolated_images = fs["isolated_images"].get<std::vector<std::string>>();
  if (fs.contains("isolated_hosts")) w.config.isolated_hosts = fs["isolated_hosts"].get<std::vector<std::string>>();
  if (fs.contains("restrict_isolated_hosts_to_isolated_images"))
    w.config.restrict_isolated_hosts_to_isolated_images = fs["restrict_isolated_hosts_to_isolated_images"];
  const auto metrics = cfg.value("metrics", json::object());
  if (metrics.contains("weight_setting")) w.config.metrics_weight_setting = metrics["weight_setting"].get<std::vector<std::string>>();
  return w;
}

std::vector<std::string> run_filter(const World& w, const std::string& name) {
  auto filter = filter_registry().create(name, w.config);
  std::vector<HostIndex> candidates;
  for (HostIndex i = 0; i < w.hosts.size(); ++i) candidates.push_back(i);
  filter->filter_all(w.hosts, w.spec, candidates);
  std::vector<std::string> names;
  for (HostIndex i : candidates) names.push_back(w.hosts.host[i]);
  return names;
}

void expect_oracle(const char* input, const char* per_filter_pass) {
  const World w = build(json::parse(input));
  const json expected = json::parse(per_filter_pass);
  for (auto it = expected.begin(); it != expected.end(); ++it) {
    SCOPED_TRACE(it.key());
    EXPECT_EQ(run_filter(w, it.key()), it.value().get<std::vector<std::string>>());
  }
}


// oracle input: affinity.json
TEST(FiltersOracle, Affinity) {
  expect_oracle(R"json({"hosts": [
  {"host": "g1", "instances": ["m1"]},
  {"host": "g2", "instances": ["m3"]},
  {"host": "g3", "instances": []}
 ],
 "request": {"flavor": {"name": "m1"}, "instance_uuids": ["i-new"],
   "instance_group": {"policy": "affinity", "members": ["m1"], "hosts": ["g1"]}},
 "filters": ["ServerGroupAntiAffinityFilter", "ServerGroupAffinityFilter"],
 "placement": false})json",
                R"json({"ServerGroupAffinityFilter": ["g1"], "ServerGroupAntiAffinityFilter": ["g1", "g2", "g3"]})json");
}

// oracle input: agg_image_props.json
TEST(FiltersOracle, AggImageProps) {
  expect_oracle(R"json({"hosts": [{"host": "p1"}, {"host": "p2"}, {"host": "p3"}],
 "aggregates": [
  {"name": "a", "metadata": {"os_distro": "ubuntu, centos", "hw_architecture": "x86_64", "ssd": "true", "hw_cpu_cores": "4", "hw_boot_menu": "True"}, "hosts": ["p1"]},
  {"name": "b", "metadata": {"hw_cpu_cores": "8"}, "hosts": ["p2"]}
 ],
 "request": {"flavor": {"name": "m1"}, "instance_uuids": ["i-new"],
   "image": {"id": "img", "properties": {"os_distro": "centos", "hw_architecture": "AMD64", "hw_cpu_cores": "04", "hw_boot_menu": "yes"}}},
 "filters": ["AggregateImagePropertiesIsolation"], "placement": false})json",
                R"json({"AggregateImagePropertiesIsolation": ["p1", "p3"]})json");
}

// oracle input: aggregates.json
TEST(FiltersOracle, Aggregates) {
  expect_oracle(R"json({"hosts": [
  {"host": "a1", "num_io_ops": 9, "num_instances": 3},
  {"host": "a2", "num_io_ops": 8, "num_instances": 50},
  {"host": "a3", "num_io_ops": 7, "num_instances": 49},
  {"host": "a4", "num_io_ops": 2, "num_instances": 1},
  {"host": "a5", "num_io_ops": 4, "num_instances": 4}
 ],
 "aggregates": [
  {"name": "az1", "metadata": {"availability_zone": "az1", "ssd": "true", "filter_tenant_id": "p1, p2", "max_io_ops_per_host": "10", "max_instances_per_host": "3", "hw_architecture": "x86_64,aarch64"}, "hosts": ["a1", "a2"]},
  {"name": "fast", "metadata": {"ssd": "false", "cpu_mhz": "3000", "instance_type": "m1 , m2", "max_io_ops_per_host": "9", "os_distro": "ubuntu"}, "hosts": ["a2", "a3"]},
  {"name": "az2", "metadata": {"availability_zone": "az2", "max_io_ops_per_host": "8.0", "max_instances_per_host": "x", "filter_tenant_id": "p3"}, "hosts": ["a4"]}
 ],
 "request": {"flavor": {"name": "m1", "extra_specs": {"aggregate_instance_extra_specs:ssd": "true", "hw:cpu_policy": "shared"}},
   "image": {"id": "img1", "properties": {"hw_architecture": "x86_64", "os_distro": "centos"}},
   "availability_zone": "az1", "project_id": "p2", "instance_uuids": ["i-new"]},
 "filters": ["AvailabilityZoneFilter", "AggregateInstanceExtraSpecsFilter", "AggregateMultiTenancyIsolation", "AggregateTypeAffinityFilter", "AggregateIoOpsFilter", "AggregateNumInstancesFilter", "AggregateImagePropertiesIsolation", "IoOpsFilter", "NumInstancesFilter"],
 "placement": false})json",
                R"json({"AggregateImagePropertiesIsolation": ["a1", "a4", "a5"], "AggregateInstanceExtraSpecsFilter": ["a1", "a2"], "AggregateIoOpsFilter": ["a1", "a2", "a3", "a4", "a5"], "AggregateMultiTenancyIsolation": ["a1", "a2", "a3", "a5"], "AggregateNumInstancesFilter": ["a3", "a4", "a5"], "AggregateTypeAffinityFilter": ["a1", "a2", "a3", "a4", "a5"], "AvailabilityZoneFilter": ["a1", "a2"], "IoOpsFilter": ["a3", "a4", "a5"], "NumInstancesFilter": ["a1", "a3", "a4", "a5"]})json");
}

// oracle input: aggregates2.json
TEST(FiltersOracle, Aggregates2) {
  expect_oracle(R"json({"hosts": [
  {"host": "a1"}, {"host": "a2"}, {"host": "a3"}, {"host": "a4"}
 ],
 "aggregates": [
  {"name": "agg1", "metadata": {"availability_zone": "az1", "cpu_mhz": "3000", "instance_type": "m2"}, "hosts": ["a1"]},
  {"name": "agg2", "metadata": {"cpu_mhz": "2000", "ssd": "true"}, "hosts": ["a2", "a1"]},
  {"name": "agg3", "metadata": {"cpu_mhz": "abc"}, "hosts": ["a3"]}
 ],
 "request": {"flavor": {"name": "m1", "extra_specs": {"cpu_mhz": ">= 2500"}},
   "availability_zone": "nova", "project_id": "p9", "instance_uuids": ["i-new"]},
 "filters": ["AvailabilityZoneFilter", "AggregateTypeAffinityFilter", "AggregateMultiTenancyIsolation"],
 "placement": false})json",
                R"json({"AggregateMultiTenancyIsolation": ["a1", "a2", "a3", "a4"], "AggregateTypeAffinityFilter": ["a2", "a3", "a4"], "AvailabilityZoneFilter": ["a2", "a3", "a4"]})json");
}

// oracle input: compute.json
TEST(FiltersOracle, Compute) {
  expect_oracle(R"json({"hosts": [
  {"host": "h1", "vcpus": 16, "memory_mb": 65536, "memory_mb_used": 4096, "local_gb": 500, "stats": {"ssd": "true", "gpu_count": "2", "cpu_info": "{\"arch\": \"x86_64\", \"vendor\": \"Intel\"}"}, "cpu_allocation_ratio": 4.0},
  {"host": "h2", "vcpus": 32, "memory_mb": 131072, "local_gb": 1000, "service": {"disabled": true}, "hypervisor_type": "QEMU"},
  {"host": "h3", "vcpus": 8, "memory_mb": 16384, "service": {"forced_down": true}, "stats": {"gpu_count": "1"}},
  {"host": "h4", "vcpus": 8, "memory_mb": 16384, "service": {"seconds_since_heartbeat": 59}, "stats": {"gpu_count": "4", "cpu_info": "not json"}},
  {"host": "h5", "vcpus": 8, "memory_mb": 16384, "service": {"seconds_since_heartbeat": 61}, "supported_instances": [["aarch64", "qemu", "hvm"]]},
  {"host": "h6", "vcpus": 64, "memory_mb": 262144, "supported_instances": [], "hypervisor_version": 5000000}
 ],
 "request": {"flavor": {"name": "m1", "vcpus": 2, "memory_mb": 2048, "root_gb": 10,
   "extra_specs": {"vcpus_total": ">= 16", "capabilities:stats:gpu_count": "= 2", "hw:cpu_policy": "shared", "free_ram_mb": "= 8000", "capabilities:cpu_allocation_ratio": "s== 4.0"}},
   "image": {"id": "img1", "properties": {"hw_architecture": "x86_64"}}, "instance_uuids": ["i-new"]},
 "filters": ["ComputeFilter", "ComputeCapabilitiesFilter", "ImagePropertiesFilter"],
 "placement": false})json",
                R"json({"ComputeCapabilitiesFilter": ["h1"], "ComputeFilter": ["h1", "h4", "h6"], "ImagePropertiesFilter": ["h1", "h2", "h3", "h4"]})json");
}

// oracle input: compute2.json
TEST(FiltersOracle, Compute2) {
  expect_oracle(R"json({"hosts": [
  {"host": "h1", "vcpus": 16, "memory_mb": 65536, "stats": {"cpu_info": "{\"arch\": \"x86_64\", \"vendor\": \"Intel\"}"}, "hypervisor_version": 6002000},
  {"host": "h2", "vcpus": 16, "memory_mb": 65536, "stats": {"cpu_info": "{\"arch\": \"aarch64\"}"}, "hypervisor_version": 7001000, "supported_instances": [["x86_64", "kvm", "hvm"], ["i686", "qemu", "hvm"]]},
  {"host": "h3", "vcpus": 16, "memory_mb": 65536, "stats": {"cpu_info": "[1, 2]"}, "hypervisor_version": 5000000, "supported_instances": [["x86_64", "qemu", "xen"]]},
  {"host": "h4", "vcpus": 16, "memory_mb": 65536, "hypervisor_version": 6000000, "supported_instances": [["i686", "qemu", "hvm"]]}
 ],
 "request": {"flavor": {"name": "m1", "vcpus": 2, "memory_mb": 2048, "root_gb": 10,
   "extra_specs": {"capabilities:stats:cpu_info:arch": "<or> x86_64 <or> aarch64", "capabilities:hypervisor_version": ">= 6000000"}},
   "image": {"id": "img1", "properties": {"hw_architecture": "i386", "img_hv_type": "QEMU", "img_hv_requested_version": ">=6.0, <7.0"}}, "instance_uuids": ["i-new"]},
 "filters": ["ComputeCapabilitiesFilter", "ImagePropertiesFilter"],
 "placement": false})json",
                R"json({"ComputeCapabilitiesFilter": ["h1", "h2"], "ImagePropertiesFilter": ["h4"]})json");
}

// oracle input: extra_more.json
TEST(FiltersOracle, ExtraMore) {
  expect_oracle(R"json({"hosts": [{"host": "e1"}, {"host": "e2"}, {"host": "e3"}, {"host": "e4"}],
 "aggregates": [
  {"name": "a", "metadata": {"cpu_mhz": "2000, 3000", "gpu": "nvidia-a100"}, "hosts": ["e1"]},
  {"name": "b", "metadata": {"cpu_mhz": "2400"}, "hosts": ["e2"]},
  {"name": "c", "metadata": {"cpu_mhz": "2600", "gpu": "amd"}, "hosts": ["e3"]}
 ],
 "request": {"flavor": {"name": "m1", "extra_specs": {"cpu_mhz": "= 2500", "aggregate_instance_extra_specs:gpu": "<in> nvidia", "capabilities:x": "ignored"}}, "instance_uuids": ["i-new"]},
 "filters": ["AggregateInstanceExtraSpecsFilter", "ComputeCapabilitiesFilter"], "placement": false})json",
                R"json({"AggregateInstanceExtraSpecsFilter": ["e1"], "ComputeCapabilitiesFilter": []})json");
}

// oracle input: groups.json
TEST(FiltersOracle, Groups) {
  expect_oracle(R"json({"hosts": [
  {"host": "g1", "instances": ["m1", "m2"]},
  {"host": "g2", "instances": ["m3"]},
  {"host": "g3", "instances": ["other"]},
  {"host": "g4", "instances": ["i-new", "m4"]}
 ],
 "request": {"flavor": {"name": "m1"}, "instance_uuids": ["i-new"],
   "instance_group": {"policy": "anti-affinity", "members": ["m1", "m2", "m3", "m4"], "rules": {"max_server_per_host": "2"}}},
 "filters": ["ServerGroupAntiAffinityFilter", "ServerGroupAffinityFilter"],
 "placement": false})json",
                R"json({"ServerGroupAffinityFilter": ["g1", "g2", "g3", "g4"], "ServerGroupAntiAffinityFilter": ["g2", "g3", "g4"]})json");
}

// oracle input: hints.json
TEST(FiltersOracle, Hints) {
  expect_oracle(R"json({"hosts": [
  {"host": "x1", "host_ip": "10.0.0.5", "instances": ["u1"], "vcpus": 16, "vcpus_used": 4, "memory_mb": 32768, "memory_mb_used": 1024, "metrics": [{"name": "cpu.percent", "value": 0.5}], "stats": {"rack": "r1"}},
  {"host": "x2", "host_ip": "10.0.1.5", "instances": ["u2", "u3"], "vcpus": 8, "memory_mb": 8192, "metrics": [{"name": "cpu.percent", "value": 0.1}, {"name": "cpu.user.percent", "value": 0.1}], "stats": {"rack": "r2"}},
  {"host": "x3", "host_ip": "10.0.0.200", "instances": [], "vcpus": 32, "memory_mb": 65536, "memory_mb_used": 60000},
  {"host": "x4", "host_ip": "192.168.0.1", "instances": ["u4"], "vcpus": 4, "memory_mb": 4096}
 ],
 "request": {"flavor": {"name": "m1"}, "image": {"id": "iso-img"}, "instance_uuids": ["i-new"],
   "scheduler_hints": {"different_host": ["u2", "u4"], "same_host": ["u1", "u2", "zz"], "build_near_host_ip": "10.0.0.1",
     "query": "[\"and\", [\">=\", \"$free_ram_mb\", 4096], [\"or\", [\"=\", \"$stats.rack\", \"r1\"], [\"not\", [\"<\", \"$vcpus_total\", 30]]]]"}},
 "config": {"filter_scheduler": {"isolated_images": ["iso-img"], "isolated_hosts": ["x1", "x3"]}, "metrics": {"weight_setting": ["cpu.percent=1.0", "bad"]}},
 "filters": ["DifferentHostFilter", "SameHostFilter", "SimpleCIDRAffinityFilter", "JsonFilter", "IsolatedHostsFilter", "MetricsFilter", "AllHostsFilter", "NUMATopologyFilter", "PciPassthroughFilter"],
 "placement": false})json",
                R"json({"AllHostsFilter": ["x1", "x2", "x3", "x4"], "DifferentHostFilter": ["x1", "x3"], "IsolatedHostsFilter": ["x1", "x3"], "JsonFilter": ["x1", "x2", "x3", "x4"], "MetricsFilter": ["x1", "x2"], "NUMATopologyFilter": ["x1", "x2", "x3", "x4"], "PciPassthroughFilter": ["x1", "x2", "x3", "x4"], "SameHostFilter": ["x1", "x2"], "SimpleCIDRAffinityFilter": ["x1", "x3"]})json");
}

// oracle input: hints2.json
TEST(FiltersOracle, Hints2) {
  expect_oracle(R"json({"hosts": [
  {"host": "x1", "host_ip": "10.0.0.5", "vcpus": 16, "memory_mb": 32768},
  {"host": "x2", "host_ip": "10.0.1.5", "vcpus": 8, "memory_mb": 8192, "num_instances": 3},
  {"host": "x3", "host_ip": "10.0.3.9", "vcpus": 32, "memory_mb": 65536}
 ],
 "request": {"flavor": {"name": "m1"}, "image": {"id": "plain-img"}, "instance_uuids": ["i-new"],
   "scheduler_hints": {"build_near_host_ip": "10.0.0.0", "cidr": "/22",
     "query": "[\"in\", \"$host\", \"x1\", \"x3\"]"}},
 "config": {"filter_scheduler": {"isolated_images": ["iso-img"], "isolated_hosts": ["x1"], "restrict_isolated_hosts_to_isolated_images": false}},
 "filters": ["SimpleCIDRAffinityFilter", "JsonFilter", "IsolatedHostsFilter"],
 "placement": false})json",
                R"json({"IsolatedHostsFilter": ["x1", "x2", "x3"], "JsonFilter": ["x1", "x3"], "SimpleCIDRAffinityFilter": ["x1", "x2", "x3"]})json");
}

// oracle input: image_more.json
TEST(FiltersOracle, ImageMore) {
  expect_oracle(R"json({"hosts": [
  {"host": "i1", "supported_instances": [["x86_64", "qemu", "xen"]]},
  {"host": "i2", "supported_instances": [["x86_64", "kvm", "hvm"]]},
  {"host": "i3", "supported_instances": [["i686", "xen", "hvm"], ["x86_64", "xen", "hvm"]], "hypervisor_version": 4001}
 ],
 "request": {"flavor": {"name": "m1"}, "instance_uuids": ["i-new"],
   "image": {"id": "img", "properties": {"img_hv_type": "xapi", "hw_vm_mode": "hv"}}},
 "filters": ["ImagePropertiesFilter"], "placement": false})json",
                R"json({"ImagePropertiesFilter": ["i3"]})json");
}

// oracle input: isolated_noimages.json
TEST(FiltersOracle, IsolatedNoimages) {
  expect_oracle(R"json({"hosts": [{"host": "s1"}, {"host": "s2"}],
 "request": {"flavor": {"name": "m1"}, "image": {"id": "iso"}, "instance_uuids": ["i-new"]},
 "config": {"filter_scheduler": {"isolated_hosts": ["s1"]}},
 "filters": ["IsolatedHostsFilter"], "placement": false})json",
                R"json({"IsolatedHostsFilter": ["s2"]})json");
}

// oracle input: isolated_restrict.json
TEST(FiltersOracle, IsolatedRestrict) {
  expect_oracle(R"json({"hosts": [{"host": "s1"}, {"host": "s2"}],
 "request": {"flavor": {"name": "m1"}, "image": {"id": "iso"}, "instance_uuids": ["i-new"]},
 "config": {"filter_scheduler": {"isolated_images": ["iso"], "isolated_hosts": ["s1"]}},
 "filters": ["IsolatedHostsFilter"], "placement": false})json",
                R"json({"IsolatedHostsFilter": ["s1"]})json");
}

// oracle input: json_more.json
TEST(FiltersOracle, JsonMore) {
  expect_oracle(R"json({"hosts": [
  {"host": "j1", "num_instances": 2, "vcpus": 8, "vcpus_used": 8, "stats": {"rack": "a"}},
  {"host": "j2", "num_instances": 5, "vcpus": 8, "stats": {"rack": "b"}},
  {"host": "j3", "num_instances": 0, "vcpus": 0, "stats": {"rack": "c"}}
 ],
 "request": {"flavor": {"name": "m1"}, "instance_uuids": ["i-new"],
   "scheduler_hints": {"query": "[\"not\", [\"<\", \"$num_instances\", 3], [\">\", \"$stats.rack\", \"a\"]]"}},
 "filters": ["JsonFilter"], "placement": false})json",
                R"json({"JsonFilter": ["j1", "j2"]})json");
}

// oracle input: json_more2.json
TEST(FiltersOracle, JsonMore2) {
  expect_oracle(R"json({"hosts": [
  {"host": "j1", "num_instances": 2, "vcpus": 8, "vcpus_used": 8, "stats": {"rack": "a"}},
  {"host": "j2", "num_instances": 5, "vcpus": 8, "stats": {"rack": "b"}},
  {"host": "j3", "num_instances": 0, "vcpus": 0, "stats": {"rack": "c"}}
 ],
 "request": {"flavor": {"name": "m1"}, "instance_uuids": ["i-new"],
   "scheduler_hints": {"query": "[\"and\", [\">=\", \"$vcpus_total\", 8, 4], [\"=\", \"$vcpus_used\", 0], [\"in\", \"$stats.rack\", \"b\", \"c\"], [\"<=\", \"$nope\", 3]]"}},
 "filters": ["JsonFilter"], "placement": false})json",
                R"json({"JsonFilter": []})json");
}

}  // namespace
}  // namespace stacktwin::nova
