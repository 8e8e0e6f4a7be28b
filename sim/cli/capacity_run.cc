#include "sim/cli/capacity_run.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>

#include "models/capacity/capacity_sampler.h"
#include "models/capacity/cloud.h"
#include "models/capacity/host_events.h"
#include "models/capacity/nova_vm_scheduler.h"
#include "models/capacity/poisson_workload.h"
#include "sim/engine/engine.h"
#include "sim/engine/rng.h"

namespace stacktwin::cli {
namespace {

using placement::ResourceClass;

constexpr std::int64_t kMiB = std::int64_t{1} << 20;
constexpr std::int64_t kGiB = std::int64_t{1} << 30;

std::uint32_t index_of(const std::vector<std::string>& names, const std::string& name) {
  return static_cast<std::uint32_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

// The inventory a compute node of this class reports (nova/virt/libvirt/driver.py,
// update_provider_tree, Zed): see models/placement/inventory.h.
placement::Inventories inventories_for(const io::HostClassConfig& h, const io::NovaDefaultConfig& nova) {
  placement::Inventories inv{};
  auto& vcpu = inv[static_cast<std::size_t>(ResourceClass::VCPU)];
  vcpu.total = h.vcpus;
  vcpu.reserved = nova.reserved_host_cpus;
  vcpu.max_unit = vcpu.total;
  vcpu.allocation_ratio = h.cpu_allocation_ratio.value_or(nova.cpu_allocation_ratio);
  auto& mem = inv[static_cast<std::size_t>(ResourceClass::MEMORY_MB)];
  mem.total = h.memory_bytes / kMiB;
  mem.reserved = nova.reserved_host_memory_mb;
  mem.max_unit = mem.total;
  mem.allocation_ratio = h.ram_allocation_ratio.value_or(nova.ram_allocation_ratio);
  auto& disk = inv[static_cast<std::size_t>(ResourceClass::DISK_GB)];
  disk.total = h.disk_bytes / kGiB;
  disk.reserved = (nova.reserved_host_disk_mb + 1023) / 1024;
  disk.max_unit = disk.total;
  disk.allocation_ratio = h.disk_allocation_ratio.value_or(nova.disk_allocation_ratio);
  return inv;
}

// nova.conf as the scenario states it, onto the scheduler's options (Zed defaults otherwise).
capacity::NovaVmSchedulerParams nova_scheduler_params(const io::ScenarioConfig& config) {
  capacity::NovaVmSchedulerParams p;
  const auto& fs = config.nova.filter_scheduler;
  nova::SchedulerConfig& c = p.config;
  if (!fs.enabled_filters.empty()) c.enabled_filters = fs.enabled_filters;
  c.weight_classes = fs.weight_classes;
  c.host_subset_size = static_cast<int>(fs.host_subset_size);
  c.shuffle_best_same_weighed_hosts = fs.shuffle_best_same_weighed_hosts;
  c.max_io_ops_per_host = fs.max_io_ops_per_host;
  c.max_instances_per_host = fs.max_instances_per_host;
  c.ram_weight_multiplier = fs.ram_weight_multiplier;
  c.cpu_weight_multiplier = fs.cpu_weight_multiplier;
  c.disk_weight_multiplier = fs.disk_weight_multiplier;
  c.io_ops_weight_multiplier = fs.io_ops_weight_multiplier;
  c.pci_weight_multiplier = fs.pci_weight_multiplier;
  c.soft_affinity_weight_multiplier = fs.soft_affinity_weight_multiplier;
  c.soft_anti_affinity_weight_multiplier = fs.soft_anti_affinity_weight_multiplier;
  c.build_failure_weight_multiplier = fs.build_failure_weight_multiplier;
  c.max_attempts = static_cast<int>(config.nova.scheduler.max_attempts);
  c.max_placement_results = config.nova.scheduler.max_placement_results;
  for (const auto& f : config.flavors) p.flavor_extra_specs.emplace_back(f.extra_specs.begin(), f.extra_specs.end());
  std::vector<std::string> aggregate_names;
  for (const auto& a : config.aggregates) {
    p.aggregates.push_back({a.name, "", {a.metadata.begin(), a.metadata.end()}});
    aggregate_names.push_back(a.name);
  }
  for (const auto& h : config.hosts) {
    std::vector<std::uint32_t> mine;
    for (const auto& name : h.aggregates) mine.push_back(index_of(aggregate_names, name));
    p.class_aggregates.push_back(std::move(mine));
  }
  p.reserved_host_memory_mb = config.nova.DEFAULT.reserved_host_memory_mb;
  p.reserved_host_disk_gb = (config.nova.DEFAULT.reserved_host_disk_mb + 1023) / 1024;
  return p;
}

}  // namespace

RunResult run_capacity_scenario(const io::ScenarioConfig& config, const RunOptions& options) {
  const auto wall_start = std::chrono::steady_clock::now();
  sim::Engine engine;
  sim::RngStreams streams(config.seed);

  // Availability zones in order of first appearance among host classes.
  std::vector<std::string> azs;
  for (const auto& h : config.hosts)
    if (std::find(azs.begin(), azs.end(), h.availability_zone) == azs.end()) azs.push_back(h.availability_zone);
  std::vector<nova::Flavor> flavors;
  std::vector<std::string> flavor_names;
  for (const auto& f : config.flavors) {
    flavors.push_back({f.name, f.vcpus, f.ram_mb, f.disk_gb, f.ephemeral_gb, f.swap_mb});
    flavor_names.push_back(f.name);
  }

  capacity::Cloud cloud(engine, flavors, azs);
  std::vector<std::string> class_names;
  for (const auto& h : config.hosts) {
    cloud.add_host_class({h.name, index_of(azs, h.availability_zone), inventories_for(h, config.nova.DEFAULT)});
    class_names.push_back(h.name);
  }
  // The scheduler subscribes to the cloud before the first host joins.
  std::unique_ptr<capacity::NovaVmScheduler> nova_scheduler;
  if (config.nova.scheduler.driver != "first_candidate") {
    auto params = nova_scheduler_params(config);
    params.chance = config.nova.scheduler.driver == "chance_scheduler";
    nova_scheduler = std::make_unique<capacity::NovaVmScheduler>(cloud, streams.get("nova.scheduler"),
                                                                 std::move(params));
    cloud.set_scheduler(nova_scheduler.get());
  }
  for (std::size_t c = 0; c < config.hosts.size(); ++c)
    capacity::add_hosts(cloud, static_cast<std::uint32_t>(c), config.hosts[c].count);

  std::vector<std::unique_ptr<capacity::PoissonWorkload>> workloads;
  for (std::size_t i = 0; i < config.workload.size(); ++i) {
    const auto& w = config.workload[i];
    capacity::PoissonWorkloadParams p;
    p.stream_prefix = "workload[" + std::to_string(i) + "]";
    p.arrival_rate_per_s = w.arrival_rate_per_s;
    p.lifetime = w.lifetime;
    for (const auto& [name, weight] : w.flavors) {
      p.flavors.push_back(index_of(flavor_names, name));
      p.weights.push_back(weight);
    }
    if (!w.availability_zone.empty()) p.availability_zone = index_of(azs, w.availability_zone);
    p.start = w.start;
    p.end = w.end;
    workloads.push_back(std::make_unique<capacity::PoissonWorkload>(engine, cloud, streams, std::move(p)));
    workloads.back()->start();
  }

  sim::RngStream& event_rng = streams.get("events.fail_hosts");
  for (const auto& e : config.events) {
    const std::uint32_t cls = index_of(class_names, e.host_class);
    const std::int64_t count = e.count;
    if (e.action == "fail_hosts") {
      engine.at(e.at, [&cloud, &event_rng, cls, count] { capacity::fail_hosts(cloud, cls, count, event_rng); });
    } else if (e.action == "repair_hosts") {
      engine.at(e.at, [&cloud, cls, count] { capacity::repair_hosts(cloud, cls, count); });
    } else {
      engine.at(e.at, [&cloud, cls, count] { capacity::add_hosts(cloud, cls, count); });
    }
  }

  const sim::Time end = sim::Time::zero() + config.duration;
  capacity::CapacitySampler sampler(engine, cloud, config.output.sample_interval, end);
  sampler.start();

  // Run in slices of 1% of simulated time so the progress line can follow.
  const sim::Duration slice = std::max(config.duration / 100, sim::nanoseconds(1));
  for (sim::Time t = sim::Time::zero();;) {
    t = std::min(end, t + slice);
    engine.run_until(t);
    if (options.on_progress) options.on_progress(t, end, engine.events_executed());
    if (t >= end) break;
  }
  const double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();

  RunResult result;
  Summary& s = result.summary;
  const auto& c = cloud.counters();
  s.set("scenario", config.name);
  s.set("seed", config.seed);
  s.set("duration_s", config.duration.seconds());
  s.set("vms.requested", c.requested);
  s.set("vms.placed", c.placed);
  s.set("vms.rejected", c.rejected);
  s.set("vms.rejection_rate", c.requested ? static_cast<double>(c.rejected) / static_cast<double>(c.requested) : 0.0);
  s.set("vms.lost_to_failures", c.lost);
  s.set("vms.deleted", c.deleted);
  s.set("vms.active_at_end", static_cast<std::uint64_t>(cloud.vms_active()));
  s.set("hosts.total", static_cast<std::uint64_t>(cloud.host_count()));
  s.set("hosts.up_at_end", static_cast<std::uint64_t>(cloud.hosts_up()));
  for (auto rc : placement::kResourceClasses) {
    const std::string key = "resources." + std::string(placement::name(rc));
    const auto& used = cloud.used_over_time(rc);
    const auto& cap = cloud.capacity_over_time(rc);
    const double mean_cap = cap.mean(end);
    s.set(key + ".peak_used", used.peak());
    s.set(key + ".capacity_at_end", cap.value());
    s.set(key + ".mean_utilisation", mean_cap > 0 ? used.mean(end) / mean_cap : 0.0);
  }
  s.set("scheduler.driver", config.nova.scheduler.driver);
  if (nova_scheduler) {
    const auto& names = nova_scheduler->scheduler().filter_names();
    for (std::size_t i = 0; i < names.size() && config.nova.scheduler.driver == "filter_scheduler"; ++i)
      s.set("scheduler.hosts_removed_by." + names[i], nova_scheduler->removed_by_filter()[i]);
    for (const auto& [cause, count] : nova_scheduler->no_valid_host_causes())
      s.set("scheduler.no_valid_host_cause." + cause, count);
  }
  s.set("engine.events", engine.events_executed());
  s.set("engine.wall_s", wall_s);
  s.set("engine.events_per_s", wall_s > 0 ? static_cast<double>(engine.events_executed()) / wall_s : 0.0);

  result.series = std::move(sampler.series());

  VmTable& t = result.vms;
  const auto& vms = cloud.vms();
  for (auto* col : {&t.flavor, &t.host, &t.outcome}) col->reserve(vms.size());
  for (auto* col : {&t.requested_ns, &t.started_ns, &t.ended_ns}) col->reserve(vms.size());
  for (const auto& vm : vms) {
    t.flavor.push_back(flavor_names[vm.flavor]);
    t.host.push_back(vm.host >= 0 ? cloud.providers().name(static_cast<capacity::HostId>(vm.host)) : "");
    t.outcome.emplace_back(capacity::name(vm.outcome));
    t.requested_ns.push_back(vm.requested.ns());
    t.started_ns.push_back(vm.outcome == capacity::VmOutcome::rejected ? -1 : vm.started.ns());
    t.ended_ns.push_back(vm.outcome == capacity::VmOutcome::active ? -1 : vm.ended.ns());
  }
  return result;
}

}  // namespace stacktwin::cli
