// The `stacktwin schedule` input reader (sim/cli/schedule_input.h) against the real-Nova
// oracle's own derivations. Every expected value was printed by running the oracle's
// build_aggregates / build_host_state / PlacementEmulator / build_request (nova_oracle.py,
// Debian 12 python3-nova) on the same document.
#include "sim/cli/schedule_input.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace stacktwin::cli {
namespace {

using Strings = std::vector<std::string>;

const char* const kEx1 = STACKTWIN_SOURCE_DIR "/tests/cli/data/nova_ex1.json";
const std::string kCell = "c5a21b8a-9213-55f3-be55-c76a55f2eb21";  // det_uuid('cell', 'cell1')

void expect_inventory(const HostPlacementInput& rp, const std::string& rc, std::int64_t total,
                      std::int64_t reserved, std::int64_t max_unit, std::int64_t used,
                      double ratio, std::int64_t min_unit = 1, std::int64_t step = 1) {
  const PlacementInventoryInput* inv = rp.find(rc);
  ASSERT_NE(inv, nullptr) << rc;
  EXPECT_EQ(inv->total, total) << rc;
  EXPECT_EQ(inv->reserved, reserved) << rc;
  EXPECT_EQ(inv->min_unit, min_unit) << rc;
  EXPECT_EQ(inv->max_unit, max_unit) << rc;
  EXPECT_EQ(inv->step_size, step) << rc;
  EXPECT_EQ(inv->used, used) << rc;
  EXPECT_EQ(inv->allocation_ratio, ratio) << rc;
}

TEST(ScheduleInput, DetUuidIsTheOracles) {
  EXPECT_EQ(det_uuid({"cell", "cell1"}), kCell);
  EXPECT_EQ(det_uuid({"cn", "cmp1", "cmp1"}), "a9c186e9-1381-5c22-90c6-1e0183456a26");
  EXPECT_EQ(det_uuid({"instance", "0"}), "c3f386d1-2fd8-55e2-ad7d-8cfd6cd6a512");
}

TEST(ScheduleInput, Example1EveryHostField) {
  const ScheduleInput in = load_schedule_input(kEx1);
  const auto& hs = in.hosts;
  ASSERT_EQ(hs.size(), 4u);
  EXPECT_TRUE(in.config_warnings.empty());

  // Aggregates: the availability_zone shortcut, in first-seen order.
  ASSERT_EQ(hs.all_aggregates.size(), 2u);
  EXPECT_EQ(hs.all_aggregates[0].name, "az-az1");
  EXPECT_EQ(hs.all_aggregates[0].uuid, "d61ac180-00ef-5543-929a-2cc2f9fff07a");
  EXPECT_EQ(hs.all_aggregates[0].metadata, (std::map<std::string, std::string>{{"availability_zone", "az1"}}));
  EXPECT_EQ(hs.all_aggregates[1].name, "az-az2");
  EXPECT_EQ(hs.all_aggregates[1].uuid, "ab91399c-04e4-5114-a1d3-e2791b79b6f5");
  EXPECT_EQ(hs.all_aggregates[1].metadata, (std::map<std::string, std::string>{{"availability_zone", "az2"}}));

  struct Expected {
    std::string host, uuid, ip;
    std::int64_t ram, free_ram, disk_gb, free_disk_mb, vcpus, vcpus_used, n_inst, io_ops;
    std::uint32_t agg;
    bool disabled;
    std::int64_t inv_ram_used, inv_disk_used;
  };
  const Expected expected[] = {
      {"cmp1", "a9c186e9-1381-5c22-90c6-1e0183456a26", "10.0.0.1", 131072, 114176, 1000, 860160, 32, 8, 4, 1, 0, false, 16384, 160},
      {"cmp2", "e5a2f718-2bde-573c-9ba3-5f73313e620b", "10.0.0.2", 131072, 126464, 1000, 983040, 32, 30, 2, 0, 0, false, 4096, 40},
      {"cmp3", "15e7da73-bbca-585b-9e84-bef275422755", "10.0.1.3", 262144, 261632, 2000, 2048000, 64, 0, 0, 0, 1, false, 0, 0},
      {"cmp4", "94a689fc-e789-5465-9320-41348a3d7367", "10.0.0.4", 65536, 62976, 500, 491520, 16, 2, 1, 0, 0, true, 2048, 20},
  };
  for (std::uint32_t i = 0; i < 4; ++i) {
    const Expected& e = expected[i];
    SCOPED_TRACE(e.host);
    EXPECT_EQ(hs.host[i], e.host);
    EXPECT_EQ(hs.nodename[i], e.host);
    EXPECT_EQ(hs.uuid[i], e.uuid);
    EXPECT_EQ(hs.cell_uuid[i], kCell);
    EXPECT_EQ(hs.host_ip[i], e.ip);
    EXPECT_EQ(hs.hypervisor_type[i], "QEMU");
    EXPECT_EQ(hs.hypervisor_version[i], 6002000);
    EXPECT_EQ(hs.total_usable_ram_mb[i], e.ram);
    EXPECT_EQ(hs.free_ram_mb[i], e.free_ram);
    EXPECT_EQ(hs.total_usable_disk_gb[i], e.disk_gb);
    EXPECT_EQ(hs.free_disk_mb[i], e.free_disk_mb);
    EXPECT_EQ(hs.vcpus_total[i], e.vcpus);
    EXPECT_EQ(hs.vcpus_used[i], e.vcpus_used);
    EXPECT_EQ(hs.cpu_allocation_ratio[i], 16.0);
    EXPECT_EQ(hs.ram_allocation_ratio[i], 1.5);
    EXPECT_EQ(hs.disk_allocation_ratio[i], 1.0);
    EXPECT_EQ(hs.num_instances[i], e.n_inst);
    EXPECT_EQ(hs.num_io_ops[i], e.io_ops);
    EXPECT_EQ(hs.failed_builds[i], 0);
    EXPECT_EQ(hs.stats[i], (std::map<std::string, std::string>{
                               {"num_instances", std::to_string(e.n_inst)},
                               {"io_workload", std::to_string(e.io_ops)},
                               {"failed_builds", "0"}}));
    EXPECT_TRUE(hs.metrics[i].empty());
    EXPECT_EQ(hs.aggregates[i], std::vector<std::uint32_t>{e.agg});
    EXPECT_TRUE(hs.instances[i].empty());
    ASSERT_EQ(hs.supported_instances[i].size(), 1u);
    EXPECT_EQ(hs.supported_instances[i][0].arch, "x86_64");
    EXPECT_EQ(hs.supported_instances[i][0].hv_type, "qemu");
    EXPECT_EQ(hs.supported_instances[i][0].vm_mode, "hvm");
    EXPECT_TRUE(hs.pci_pools[i].empty());
    EXPECT_EQ(hs.service_disabled[i] != 0, e.disabled);
    EXPECT_EQ(hs.service_forced_down[i], 0);
    EXPECT_EQ(hs.seconds_since_heartbeat[i], 0.0);

    const HostPlacementInput& rp = in.placement[i];
    ASSERT_EQ(rp.inventories.size(), 3u);
    EXPECT_EQ(rp.inventories[0].resource_class, "VCPU");
    EXPECT_EQ(rp.inventories[1].resource_class, "MEMORY_MB");
    EXPECT_EQ(rp.inventories[2].resource_class, "DISK_GB");
    expect_inventory(rp, "VCPU", e.vcpus, 0, e.vcpus, e.vcpus_used, 16.0);
    expect_inventory(rp, "MEMORY_MB", e.ram, 512, e.ram, e.inv_ram_used, 1.5);
    expect_inventory(rp, "DISK_GB", e.disk_gb, 0, e.disk_gb, e.inv_disk_used, 1.0);
    EXPECT_EQ(rp.traits, e.disabled ? (Strings{"COMPUTE_NODE", "COMPUTE_STATUS_DISABLED"})
                                    : (Strings{"COMPUTE_NODE"}));
  }

  const auto& r = in.request;
  EXPECT_EQ(r.flavor.sizes.name, "m1.medium");
  EXPECT_EQ(r.flavor.sizes.vcpus, 2);
  EXPECT_EQ(r.flavor.sizes.ram_mb, 4096);
  EXPECT_EQ(r.flavor.sizes.disk_gb, 40);
  EXPECT_EQ(r.flavor.sizes.ephemeral_gb, 0);
  EXPECT_EQ(r.flavor.sizes.swap_mb, 0);
  EXPECT_TRUE(r.flavor.extra_specs.empty());
  EXPECT_EQ(r.image_id, "fa625a76-4c81-5fc5-b334-c11d3c166a0d");
  EXPECT_EQ(r.availability_zone, "az1");
  EXPECT_EQ(r.num_instances, 1);
  EXPECT_EQ(r.instance_uuids, Strings{"c3f386d1-2fd8-55e2-ad7d-8cfd6cd6a512"});
  EXPECT_EQ(r.instance_uuid, "c3f386d1-2fd8-55e2-ad7d-8cfd6cd6a512");
  EXPECT_TRUE(r.scheduler_hints.empty());
  EXPECT_EQ(r.project_id, "project");
  EXPECT_EQ(r.user_id, "user");
  EXPECT_FALSE(r.instance_group);
  EXPECT_FALSE(in.requested_destination);

  EXPECT_EQ(in.filters, (Strings{"AvailabilityZoneFilter", "ComputeFilter", "ComputeCapabilitiesFilter",
                                 "ImagePropertiesFilter", "ServerGroupAntiAffinityFilter",
                                 "ServerGroupAffinityFilter"}));
  EXPECT_FALSE(in.weighers);
  EXPECT_TRUE(in.use_placement);
  EXPECT_EQ(in.seed, 1);
}

// Exercises every derivation the example does not: config overrides, merged aggregates, ratio
// fallbacks, disk_available_least, metrics scaling and truncation, stats str(), placement
// overrides, traits, hints (JSON query, scalar, list), instance group and destination.
constexpr const char* kRich = R"json({
 "config": {"DEFAULT": {"cpu_allocation_ratio": 4.0, "reserved_host_memory_mb": 1024,
                        "reserved_host_disk_mb": 1500, "reserved_host_cpus": 1},
            "filter_scheduler": {"host_subset_size": 2, "ram_weight_multiplier": 2.5,
                                 "enabled_filters": ["ComputeFilter", "RamFilter"]},
            "metrics": {"weight_setting": ["cpu.percent=1.0"]}},
 "aggregates": [{"name": "fast", "metadata": {"ssd": true, "ratio": 1.5, "n": 3}, "hosts": ["a"]},
                {"name": "fast", "metadata": {"tier": "gold"}, "hosts": ["b"]}],
 "hosts": [
  {"host": "a", "nodename": "a-node", "vcpus": 8, "vcpus_used": 0, "memory_mb": 4096,
   "memory_mb_used": 512, "local_gb": 100, "local_gb_used": 1, "disk_available_least": 50,
   "cpu_allocation_ratio": 0.0, "ram_allocation_ratio": null, "disk_allocation_ratio": 2.0,
   "num_instances": 3, "num_io_ops": 2, "failed_builds": 1,
   "stats": {"x": 1.0, "y": [1, "b"]},
   "metrics": [{"name": "cpu.percent", "value": 0.29}, {"name": "cpu.frequency", "value": 2400.7}],
   "instances": ["i-1", "i-2"], "aggregates": ["slow"], "availability_zone": "z",
   "service": {"forced_down": true, "seconds_since_heartbeat": 12.5},
   "pci_pools": [{"vendor_id": "8086", "product_id": "1520", "count": 2, "numa_node": 0,
                  "tags": {"physical_network": "physnet1"}}],
   "supported_instances": [["x86_64", "kvm", "hvm"], ["i686", "kvm", "hvm"]],
   "traits": ["HW_CPU_X86_AVX2", "COMPUTE_NODE"],
   "placement": {"VCPU": {"reserved": 2}, "CUSTOM_GPU": {"total": 4, "max_unit": 2}}},
  {"host": "b", "uuid": "11111111-2222-3333-4444-555555555555", "free_ram_mb": 100,
   "free_disk_gb": 7, "memory_mb": 2048, "memory_mb_used": 4096, "local_gb": 10,
   "local_gb_used": 20, "instances": ["i-3"], "service": {"disabled": true}}
 ],
 "request": {"flavor": {"name": "big", "vcpus": 4, "memory_mb": 1024, "root_gb": 10,
                        "ephemeral_gb": 5, "swap": 2048,
                        "extra_specs": {"hw:cpu_policy": "dedicated", "n": 2}},
   "num_instances": 2,
   "scheduler_hints": {"query": ["and", [">=", "$free_ram_mb", 1024], ["=", "$host", "caf\u00e9"]],
                       "same_host": "i-1", "build_near_host_ip": ["10.0.0.1", 24]},
   "image": {"properties": {"hw_architecture": "x86_64"}},
   "instance_group": {"policy": "anti-affinity", "members": ["i-3", "i-1"],
                      "rules": {"max_server_per_host": 1}},
   "requested_destination": {"host": "a"}, "project_id": "p1", "force_hosts": ["a"],
   "is_bfv": true},
 "weighers": ["RAMWeigher"],
 "placement": false,
 "seed": 7
})json";

TEST(ScheduleInput, RichDocumentMatchesOracle) {
  const ScheduleInput in = parse_schedule_input(kRich, "rich.json");
  EXPECT_EQ(in.config.host_subset_size, 2);
  EXPECT_EQ(in.config.ram_weight_multiplier, 2.5);
  EXPECT_EQ(in.config.metrics_weight_setting, Strings{"cpu.percent=1.0"});
  EXPECT_EQ(in.compute.cpu_allocation_ratio, 4.0);
  EXPECT_EQ(in.compute.reserved_host_memory_mb, 1024);
  EXPECT_EQ(in.filters, (Strings{"ComputeFilter", "RamFilter"}));  // from enabled_filters
  EXPECT_EQ(in.weighers, Strings{"RAMWeigher"});
  EXPECT_FALSE(in.use_placement);
  EXPECT_EQ(in.seed, 7);

  const auto& hs = in.hosts;
  ASSERT_EQ(hs.all_aggregates.size(), 3u);
  EXPECT_EQ(hs.all_aggregates[0].name, "fast");
  EXPECT_EQ(hs.all_aggregates[0].uuid, "2469f60c-3725-5bab-b156-ed1485e02c02");
  EXPECT_EQ(hs.all_aggregates[0].metadata,
            (std::map<std::string, std::string>{{"ssd", "True"}, {"ratio", "1.5"}, {"n", "3"}, {"tier", "gold"}}));
  EXPECT_EQ(hs.all_aggregates[1].name, "az-z");
  EXPECT_EQ(hs.all_aggregates[1].uuid, "f7e7292e-15df-54a8-8178-7ab0065c35c5");
  EXPECT_EQ(hs.all_aggregates[2].name, "slow");
  EXPECT_EQ(hs.all_aggregates[2].uuid, "f9326752-179c-590a-be81-d38e68c02466");
  EXPECT_TRUE(hs.all_aggregates[2].metadata.empty());

  // Host a.
  EXPECT_EQ(hs.nodename[0], "a-node");
  EXPECT_EQ(hs.uuid[0], "b60fde65-b639-54dc-a3d9-628fca8929cc");
  EXPECT_EQ(hs.free_ram_mb[0], 3584);
  EXPECT_EQ(hs.free_disk_mb[0], 51200);  // min(99, 50) * 1024
  EXPECT_EQ(hs.cpu_allocation_ratio[0], 4.0);  // 0.0 -> CONF
  EXPECT_EQ(hs.ram_allocation_ratio[0], 1.5);  // null, CONF unset -> initial
  EXPECT_EQ(hs.disk_allocation_ratio[0], 2.0);
  EXPECT_EQ(hs.num_instances[0], 3);
  EXPECT_EQ(hs.num_io_ops[0], 2);
  EXPECT_EQ(hs.failed_builds[0], 1);
  EXPECT_EQ(hs.stats[0], (std::map<std::string, std::string>{{"x", "1.0"},
                                                             {"y", "[1, 'b']"},
                                                             {"num_instances", "3"},
                                                             {"io_workload", "2"},
                                                             {"failed_builds", "1"}}));
  EXPECT_EQ(hs.metrics[0], (std::map<std::string, double>{{"cpu.percent", 28}, {"cpu.frequency", 2400}}));
  EXPECT_EQ(hs.aggregates[0], (std::vector<std::uint32_t>{0, 1, 2}));
  EXPECT_EQ(hs.instances[0], (Strings{"i-1", "i-2"}));
  EXPECT_EQ(hs.service_disabled[0], 0);
  EXPECT_EQ(hs.service_forced_down[0], 1);
  EXPECT_EQ(hs.seconds_since_heartbeat[0], 12.5);
  ASSERT_EQ(hs.pci_pools[0].size(), 1u);
  EXPECT_EQ(hs.pci_pools[0][0].vendor_id, "8086");
  EXPECT_EQ(hs.pci_pools[0][0].product_id, "1520");
  EXPECT_EQ(hs.pci_pools[0][0].count, 2);
  EXPECT_EQ(hs.pci_pools[0][0].numa_node, 0);
  EXPECT_EQ(hs.pci_pools[0][0].tags, (std::map<std::string, std::string>{{"physical_network", "physnet1"}}));
  ASSERT_EQ(hs.supported_instances[0].size(), 2u);
  EXPECT_EQ(hs.supported_instances[0][1].arch, "i686");
  EXPECT_EQ(hs.supported_instances[0][1].hv_type, "kvm");
  const HostPlacementInput& pa = in.placement[0];
  ASSERT_EQ(pa.inventories.size(), 4u);
  EXPECT_EQ(pa.inventories[3].resource_class, "CUSTOM_GPU");
  expect_inventory(pa, "VCPU", 8, 2, 8, 0, 4.0);
  expect_inventory(pa, "MEMORY_MB", 4096, 1024, 4096, 0, 1.5);
  expect_inventory(pa, "DISK_GB", 100, 2, 100, 0, 2.0);  // ceil(1500 / 1024) reserved
  expect_inventory(pa, "CUSTOM_GPU", 4, 0, 2, 0, 1.0);
  EXPECT_EQ(pa.traits, (Strings{"COMPUTE_NODE", "HW_CPU_X86_AVX2"}));

  // Host b.
  EXPECT_EQ(hs.uuid[1], "11111111-2222-3333-4444-555555555555");
  EXPECT_EQ(hs.free_ram_mb[1], 100);
  EXPECT_EQ(hs.free_disk_mb[1], 7168);
  EXPECT_EQ(hs.disk_allocation_ratio[1], 1.0);
  EXPECT_EQ(hs.aggregates[1], std::vector<std::uint32_t>{0});
  EXPECT_EQ(hs.service_disabled[1], 1);
  const HostPlacementInput& pb = in.placement[1];
  expect_inventory(pb, "VCPU", 0, 1, 0, 0, 4.0);
  expect_inventory(pb, "MEMORY_MB", 2048, 1024, 2048, 3072, 1.5);
  expect_inventory(pb, "DISK_GB", 10, 2, 10, 18, 1.0);
  EXPECT_EQ(pb.traits, (Strings{"COMPUTE_NODE", "COMPUTE_STATUS_DISABLED"}));

  const auto& r = in.request;
  EXPECT_EQ(r.flavor.sizes.swap_mb, 2048);
  EXPECT_EQ(r.flavor.sizes.ephemeral_gb, 5);
  EXPECT_EQ(r.flavor.extra_specs,
            (std::map<std::string, std::string>{{"hw:cpu_policy", "dedicated"}, {"n", "2"}}));
  EXPECT_EQ(r.image_properties, (std::map<std::string, std::string>{{"hw_architecture", "x86_64"}}));
  EXPECT_FALSE(r.availability_zone);
  EXPECT_EQ(r.instance_uuids,
            (Strings{"c3f386d1-2fd8-55e2-ad7d-8cfd6cd6a512", "e97e0860-a0b9-52f7-babd-1d6ef1fb86fd"}));
  EXPECT_EQ(r.scheduler_hints.at("query"),
            Strings{R"(["and", [">=", "$free_ram_mb", 1024], ["=", "$host", "caf\u00e9"]])"});
  EXPECT_EQ(r.scheduler_hints.at("same_host"), Strings{"i-1"});
  EXPECT_EQ(r.scheduler_hints.at("build_near_host_ip"), (Strings{"10.0.0.1", "24"}));
  EXPECT_EQ(r.scheduler_hints.at("group"), Strings{"966d9c52-ba4f-5e01-990a-20e1212cfb5e"});
  EXPECT_EQ(r.project_id, "p1");
  EXPECT_EQ(r.force_hosts, Strings{"a"});
  EXPECT_TRUE(r.is_bfv);
  ASSERT_TRUE(r.instance_group);
  EXPECT_EQ(r.instance_group->uuid, "966d9c52-ba4f-5e01-990a-20e1212cfb5e");
  EXPECT_EQ(r.instance_group->policy, "anti-affinity");
  EXPECT_EQ(r.instance_group->members,
            (Strings{"i-3", "i-1", "c3f386d1-2fd8-55e2-ad7d-8cfd6cd6a512", "e97e0860-a0b9-52f7-babd-1d6ef1fb86fd"}));
  EXPECT_EQ(r.instance_group->hosts, (Strings{"a", "b"}));  // hosts of i-1 and i-3, host order
  EXPECT_EQ(r.instance_group->rules, (std::map<std::string, std::string>{{"max_server_per_host", "1"}}));
  ASSERT_TRUE(in.requested_destination);
  EXPECT_EQ(in.requested_destination->host, "a");
  EXPECT_FALSE(in.requested_destination->node);
}

TEST(ScheduleInput, DefaultsOfAnEmptyHostList) {
  const ScheduleInput in = parse_schedule_input(R"({"hosts": []})", "x.json");
  EXPECT_EQ(in.hosts.size(), 0u);
  EXPECT_EQ(in.filters, in.config.enabled_filters);
  EXPECT_EQ(in.seed, 0);
  EXPECT_TRUE(in.use_placement);
  EXPECT_EQ(in.request.flavor.sizes.name, "oracle.flavor");
  EXPECT_EQ(in.request.flavor.sizes.vcpus, 1);
  EXPECT_EQ(in.request.flavor.sizes.ram_mb, 512);
  EXPECT_EQ(in.request.flavor.sizes.disk_gb, 1);
  EXPECT_EQ(in.request.instance_uuids, Strings{"c3f386d1-2fd8-55e2-ad7d-8cfd6cd6a512"});
}

TEST(ScheduleInput, GroupWithoutAddingTheRequest) {
  const ScheduleInput in = parse_schedule_input(
      R"({"hosts": [{"host": "h", "instances": ["m"]}],
          "request": {"instance_group": {"policy": "affinity", "members": ["m"],
                                         "add_request_to_members": false, "uuid": "g"},
                      "scheduler_hints": {"group": "mine"}}})",
      "g.json");
  ASSERT_TRUE(in.request.instance_group);
  EXPECT_EQ(in.request.instance_group->members, Strings{"m"});
  EXPECT_EQ(in.request.instance_group->hosts, Strings{"h"});
  EXPECT_EQ(in.request.scheduler_hints.at("group"), Strings{"mine"});  // setdefault keeps it
}

TEST(ScheduleInput, UnknownConfigOptionsAreWarnings) {
  const ScheduleInput in = parse_schedule_input(
      R"({"hosts": [], "config": {"DEFAULT": {"my_ip": "1.2.3.4"}, "quota": {"cores": 3},
          "scheduler": {"max_attempts": 5}}})",
      "c.json");
  EXPECT_EQ(in.config.max_attempts, 5);
  EXPECT_EQ(in.config_warnings, (Strings{"config.DEFAULT.my_ip: unknown option, ignored",
                                         "config.quota.cores: unknown option, ignored"}));
}

// Python's str() and json.dumps() of odd JSON values, as the oracle applies them to aggregate
// metadata and to a non-string "query" hint (values printed by the oracle's functions).
TEST(ScheduleInput, PythonStrAndJsonDumpsOfValues) {
  const ScheduleInput in = parse_schedule_input(R"json({"hosts": [], "aggregates": [{"name": "m",
    "metadata": {"a": 1e16, "b": 1e-05, "c": 0.1, "d": 100.0, "e": 123456789012345678, "f": -0.0,
                 "g": 1.5e300, "h": "it's", "i": {"k": [null, false, "x\ny"]}, "j": 0.0001,
                 "k": 1234567890123456.7, "l": -2.5e-7, "m": 9007199254740993}}],
    "request": {"scheduler_hints": {"query": {"b": 1e16,
      "a": [0.1, -0.0, 1e-7, "\u00e9\ud83d\ude00\"\\/\t"], "c": null}}}})json",
                                                "v.json");
  const std::map<std::string, std::string> expected{
      {"a", "1e+16"}, {"b", "1e-05"}, {"c", "0.1"}, {"d", "100.0"}, {"e", "123456789012345678"},
      {"f", "-0.0"}, {"g", "1.5e+300"}, {"h", "it's"}, {"i", "{'k': [None, False, 'x\\ny']}"},
      {"j", "0.0001"}, {"k", "1234567890123456.8"}, {"l", "-2.5e-07"}, {"m", "9007199254740993"}};
  EXPECT_EQ(in.hosts.all_aggregates.at(0).metadata, expected);
  EXPECT_EQ(in.request.scheduler_hints.at("query"),
            Strings{R"({"b": 1e+16, "a": [0.1, -0.0, 1e-07, "\u00e9\ud83d\ude00\"\\/\t"], "c": null})"});
}

struct BadCase {
  const char* doc;
  const char* message;
};

class BadScheduleInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadScheduleInput, OneLineNamingFileAndPath) {
  try {
    parse_schedule_input(GetParam().doc, "hosts.json");
    FAIL() << "no error for " << GetParam().doc;
  } catch (const ScheduleInputError& e) {
    EXPECT_EQ(std::string(e.what()), GetParam().message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Messages, BadScheduleInput,
    ::testing::Values(
        BadCase{R"({"request": {}})", "hosts.json: hosts: required field is missing"},
        BadCase{R"({"hosts": [{"host": "a"}, {"host": "b"}, {"host": "c", "vcpus": "x"}]})",
                R"(hosts.json: hosts[2].vcpus: expected an integer, got "x")"},
        BadCase{R"({"hosts": [], "colour": 1})",
                "hosts.json: colour: unknown key (valid: aggregates, config, filters, hosts, "
                "placement, request, seed, weighers)"},
        BadCase{R"({"hosts": {}})", "hosts.json: hosts: expected a list, got {}"},
        BadCase{R"([1])", "hosts.json: (document): expected an object, got [1]"},
        BadCase{R"({"hosts": [{"vcpus": 1}]})", "hosts.json: hosts[0].host: required field is missing"},
        BadCase{R"({"hosts": [{"host": 7}]})", "hosts.json: hosts[0].host: expected a string, got 7"},
        BadCase{R"({"hosts": [{"host": "a", "service": {"disabled": "yes"}}]})",
                R"(hosts.json: hosts[0].service.disabled: expected a boolean, got "yes")"},
        BadCase{R"({"hosts": [{"host": "a", "metrics": [{"name": "cpu.pct", "value": 1}]}]})",
                R"(hosts.json: hosts[0].metrics[0].name: unknown metric "cpu.pct" (valid: cpu.frequency, )"
                "cpu.idle.percent, cpu.idle.time, cpu.iowait.percent, cpu.iowait.time, "
                "cpu.kernel.percent, cpu.kernel.time, cpu.percent, cpu.user.percent, "
                "cpu.user.time, numa.membw.current, numa.membw.max)"},
        BadCase{R"({"hosts": [{"host": "a", "placement": {"VCPU": {"totl": 1}}}]})",
                "hosts.json: hosts[0].placement.VCPU.totl: unknown key (valid: allocation_ratio, "
                "max_unit, min_unit, reserved, step_size, total, used)"},
        BadCase{R"({"hosts": [], "request": {"flavor": {"vcpus": [2]}}})",
                "hosts.json: request.flavor.vcpus: expected an integer, got [2]"},
        BadCase{R"({"hosts": [], "request": {"instance_group": {"members": []}}})",
                "hosts.json: request.instance_group.policy: required field is missing"},
        BadCase{R"({"hosts": [], "aggregates": [{"name": "x", "hosts": ["a", 2]}]})",
                "hosts.json: aggregates[0].hosts[1]: expected a string, got 2"},
        BadCase{R"({"hosts": [], "config": {"scheduler": {"max_attempts": true}}})",
                "hosts.json: config.scheduler.max_attempts: expected an integer, got true"},
        BadCase{R"({"hosts": [], "seed": 1.5})", "hosts.json: seed: expected an integer, got 1.5"},
        BadCase{R"({"hosts": [)",
                "hosts.json: invalid JSON: [json.exception.parse_error.101] parse error at line 1, "
                "column 12: syntax error while parsing value - unexpected end of input; expected "
                "'[', '{', or a literal"}));

TEST(ScheduleInput, MissingFileIsAnError) {
  try {
    load_schedule_input("/nonexistent/dir/nova.json");
    FAIL();
  } catch (const ScheduleInputError& e) {
    EXPECT_EQ(std::string(e.what()), "nova.json: cannot open /nonexistent/dir/nova.json");
  }
}

}  // namespace
}  // namespace stacktwin::cli
