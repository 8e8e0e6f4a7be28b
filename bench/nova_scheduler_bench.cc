// Placements per second through Nova's filter scheduler (models/nova/filter_scheduler.h) with
// Zed's defaults: enabled_filters = ComputeFilter, ComputeCapabilitiesFilter,
// ImagePropertiesFilter, ServerGroupAntiAffinityFilter, ServerGroupAffinityFilter; all ten
// weighers in all_weigher_names() order; host_subset_size 1; max_placement_results 1000.
//
// Hosts are 64 vCPU, 512 GiB RAM, 4 TiB disk, with allocation ratios 16 / 1.5 / 1.0 and a
// usage drawn uniformly in [0, 70 %] of each schedulable capacity (fixed seed). A small
// in-benchmark PlacementClient answers allocation_candidates with Placement's capacity rule
// (used + requested <= total * ratio) over the HostState columns, in host order, stopping at the
// limit. Each iteration places one instance of one of four flavors (m1.small..m1.xlarge,
// round robin); once 4 instances per host are live the oldest is released (the inverse of
// consume_from_request), so the cloud stays in a steady state instead of filling.
//
//   bench_nova_scheduler --benchmark_repetitions=3
//
// docs/performance.md "Nova scheduler" has the figures.
#include <benchmark/benchmark.h>

#include <deque>
#include <random>

#include "models/nova/filter_scheduler.h"
#include "sim/engine/python_random.h"

namespace {

using namespace stacktwin::nova;

constexpr double kCpuRatio = 16.0, kRamRatio = 1.5, kDiskRatio = 1.0;

class BenchPlacement : public PlacementClient {
 public:
  std::vector<HostIndex> allocation_candidates(const HostStates& hosts, const RequestSpec& spec,
                                               std::optional<std::int64_t> limit) override {
    std::vector<HostIndex> out;
    const std::size_t max = limit ? static_cast<std::size_t>(*limit) : hosts.size();
    out.reserve(std::min(max, hosts.size()));
    for (HostIndex h = 0; h < hosts.size() && out.size() < max; ++h)
      if (fits(hosts, h, spec)) out.push_back(h);
    return out;
  }
  bool claim(HostIndex h, const RequestSpec& spec) override { return fits(*hosts_, h, spec); }

  const HostStates* hosts_ = nullptr;

 private:
  static bool fits(const HostStates& hosts, HostIndex h, const RequestSpec& spec) {
    const Flavor& f = spec.flavor.sizes;
    const double vcpu_cap = static_cast<double>(hosts.vcpus_total[h]) * kCpuRatio;
    const double ram_cap = static_cast<double>(hosts.total_usable_ram_mb[h]) * kRamRatio;
    const double disk_cap = static_cast<double>(hosts.total_usable_disk_gb[h] * 1024) * kDiskRatio;
    const auto ram_used = hosts.total_usable_ram_mb[h] - hosts.free_ram_mb[h];
    const auto disk_used = hosts.total_usable_disk_gb[h] * 1024 - hosts.free_disk_mb[h];
    return static_cast<double>(hosts.vcpus_used[h] + f.vcpus) <= vcpu_cap &&
           static_cast<double>(ram_used + f.ram_mb) <= ram_cap &&
           static_cast<double>(disk_used + (f.disk_gb + f.ephemeral_gb) * 1024) <= disk_cap;
  }
};

// `zones` > 0: the hosts sit in that many availability-zone aggregates, in contiguous ranges.
HostStates make_cloud(std::size_t n, std::size_t zones = 0) {
  HostStates hosts;
  for (std::size_t z = 0; z < zones; ++z)
    hosts.all_aggregates.push_back(
        Aggregate{"az" + std::to_string(z + 1), "agg-" + std::to_string(z + 1), {{"availability_zone", "az" + std::to_string(z + 1)}}});
  std::mt19937_64 gen(20261125);
  std::uniform_real_distribution<double> usage(0.0, 0.7);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string name = "cmp" + std::to_string(100000 + i);
    const HostIndex h = hosts.add(name, name);
    hosts.cell_uuid[h] = "cell1";
    hosts.hypervisor_type[h] = "QEMU";
    hosts.vcpus_total[h] = 64;
    hosts.total_usable_ram_mb[h] = 512 * 1024;
    hosts.total_usable_disk_gb[h] = 4096;
    hosts.cpu_allocation_ratio[h] = kCpuRatio;
    hosts.ram_allocation_ratio[h] = kRamRatio;
    hosts.disk_allocation_ratio[h] = kDiskRatio;
    hosts.vcpus_used[h] = static_cast<std::int64_t>(usage(gen) * 64 * kCpuRatio);
    hosts.free_ram_mb[h] = 512 * 1024 - static_cast<std::int64_t>(usage(gen) * 512 * 1024 * kRamRatio);
    hosts.free_disk_mb[h] = 4096 * 1024 - static_cast<std::int64_t>(usage(gen) * 4096 * 1024 * kDiskRatio);
    hosts.num_instances[h] = hosts.vcpus_used[h] / 4;
    if (zones > 0) hosts.aggregates[h] = {static_cast<std::uint32_t>(i * zones / n)};
  }
  return hosts;
}

std::vector<RequestSpec> flavors() {
  std::vector<RequestSpec> specs;
  const Flavor sizes[] = {{"m1.small", 1, 2048, 20, 0, 0},
                          {"m1.medium", 2, 4096, 40, 0, 0},
                          {"m1.large", 4, 8192, 80, 0, 0},
                          {"m1.xlarge", 8, 16384, 160, 0, 0}};
  for (const Flavor& f : sizes) {
    RequestSpec spec;
    spec.flavor.sizes = f;
    spec.image_id = "cirros";
    spec.num_instances = 1;
    specs.push_back(spec);
  }
  return specs;
}

void release(HostStates& hosts, HostIndex h, const Flavor& f) {
  hosts.free_ram_mb[h] += f.ram_mb;
  hosts.free_disk_mb[h] += (f.disk_gb + f.ephemeral_gb) * 1024;
  hosts.vcpus_used[h] -= f.vcpus;
  hosts.num_instances[h] -= 1;
  hosts.num_io_ops[h] -= 1;
}

void run(benchmark::State& state, const SchedulerConfig& config, std::size_t zones = 0) {
  const auto n = static_cast<std::size_t>(state.range(0));
  HostStates hosts = make_cloud(n, zones);
  std::vector<RequestSpec> specs = flavors();
  const FilterScheduler scheduler(config);
  BenchPlacement placement;
  placement.hosts_ = &hosts;
  stacktwin::sim::PythonRandom rng(1);
  const auto randbelow = [&](std::uint64_t k) { return rng.randbelow(k); };
  std::deque<std::pair<HostIndex, std::size_t>> live;
  const std::size_t max_live = 4 * n;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t f = i++ % specs.size();
    ScheduleResult r = scheduler.select_destinations(hosts, specs[f], &placement, randbelow);
    if (r.no_valid_host || r.selections.empty()) {
      state.SkipWithError("NoValidHost: the cloud filled up");
      break;
    }
    live.emplace_back(r.selections[0].host, f);
    if (live.size() > max_live) {
      release(hosts, live.front().first, specs[live.front().second].flavor.sizes);
      live.pop_front();
    }
    benchmark::DoNotOptimize(r);
  }
  state.counters["placements/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// Nova Zed's defaults: Placement returns at most 1000 candidates.
void BM_NovaDefaultPipeline(benchmark::State& state) { run(state, SchedulerConfig{}); }
BENCHMARK(BM_NovaDefaultPipeline)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);

// The same with max_placement_results high enough that every host is a candidate: the cost of
// filtering and weighing the whole cloud.
void BM_NovaDefaultPipelineAllCandidates(benchmark::State& state) {
  SchedulerConfig config;
  config.max_placement_results = 1 << 30;
  run(state, config);
}
BENCHMARK(BM_NovaDefaultPipelineAllCandidates)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);

// Four availability-zone aggregates (no multiplier set in them): every weigher looks up its
// multiplier in the host's aggregates, as Nova's get_weight_multiplier does.
void BM_NovaDefaultPipelineFourZones(benchmark::State& state) { run(state, SchedulerConfig{}, 4); }
BENCHMARK(BM_NovaDefaultPipelineFourZones)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

}  // namespace
