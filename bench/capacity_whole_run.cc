// Whole-run benchmark: a 1M-VM Poisson run on 10k hosts through the same code path as
// `stacktwin run` (minus writing the results file). Prints events/s, placements/s and peak RSS.
//
//   build/bench/bench_capacity_whole_run [--vms N] [--hosts H] [--write FILE]
//                                        [--driver filter_scheduler|first_candidate|chance_scheduler]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "sim/cli/capacity_run.h"
#include "sim/cli/results_file.h"

using namespace stacktwin;

int main(int argc, char** argv) {
  std::int64_t vms = 1'000'000, hosts = 10'000;
  std::string write_to, driver = "filter_scheduler";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--vms")) vms = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--hosts")) hosts = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--write")) write_to = argv[i + 1];
    else if (!std::strcmp(argv[i], "--driver")) driver = argv[i + 1];
  }
  io::ScenarioConfig c;
  c.name = "bench-whole-run";
  c.seed = 1;
  c.duration = sim::days(30);
  c.output = {"bench.h5", sim::hours(1)};
  io::HostClassConfig h;
  h.name = "std";
  h.count = hosts;
  h.availability_zone = "az1";
  h.vcpus = 64;
  h.memory_bytes = std::int64_t{512} << 30;
  h.disk_bytes = std::int64_t{4} << 40;
  c.hosts = {h};
  c.flavors = {{{}, "m1.small", 1, 2048, 20, 0, 0}, {{}, "m1.medium", 2, 4096, 40, 0, 0},
               {{}, "m1.large", 4, 8192, 80, 0, 0}, {{}, "m1.xlarge", 8, 16384, 160, 0, 0}};
  c.nova.DEFAULT = {16.0, 1.5, 1.0, 512, 0, 0};
  c.nova.scheduler.driver = driver;
  io::WorkloadConfig w;
  w.kind = "poisson";
  w.arrival_rate_per_s = static_cast<double>(vms) / c.duration.seconds();
  // Mean lifetime 10 days: about a third of all VMs are alive at once by the end, so the
  // placement search works on a well-filled cloud (disk binds at ~85% of the fleet).
  w.lifetime = sim::Distribution::exponential(10 * 86400.0);
  w.flavors = {{"m1.small", 0.4}, {"m1.medium", 0.3}, {"m1.large", 0.2}, {"m1.xlarge", 0.1}};
  c.workload = {w};

  const auto t0 = std::chrono::steady_clock::now();
  cli::RunResult r = cli::run_capacity_scenario(c);
  const double run_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double write_s = 0;
  if (!write_to.empty()) {
    const auto t1 = std::chrono::steady_clock::now();
    cli::write_results(write_to, c, r);
    write_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  const double events = r.summary.number("engine.events");
  const double requested = r.summary.number("vms.requested");
  std::printf("scheduler: %s\n", driver.c_str());
  std::printf("whole run: %lld hosts, %.0f VM requests (%.0f placed, %.0f rejected), %.0f events\n",
              static_cast<long long>(hosts), requested, r.summary.number("vms.placed"),
              r.summary.number("vms.rejected"), events);
  std::printf("  engine loop   %.3f s  %.2f M events/s  %.2f M placements/s\n",
              r.summary.number("engine.wall_s"), r.summary.number("engine.events_per_s") / 1e6,
              requested / r.summary.number("engine.wall_s") / 1e6);
  std::printf("  whole run     %.3f s (incl. building the VM table)\n", run_s);
  if (!write_to.empty()) std::printf("  results file  %.3f s (%s)\n", write_s, write_to.c_str());
  std::printf("  peak RSS      %.1f MiB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  return 0;
}
