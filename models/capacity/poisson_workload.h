// A Poisson stream of VM boot requests: exponential inter-arrival times, a flavor mix, and a
// lifetime distribution.
//
// Each workload draws from three named streams — "<prefix>.arrivals", "<prefix>.flavors",
// "<prefix>.lifetimes" — so changing the flavor mix does not move the arrival times, and two
// policies compared with the same seed see the same requests (common random numbers).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/capacity/cloud.h"
#include "sim/engine/distribution.h"
#include "sim/engine/engine.h"
#include "sim/engine/rng.h"

namespace stacktwin::capacity {

struct PoissonWorkloadParams {
  std::string stream_prefix;  // "workload[0]"
  double arrival_rate_per_s = 0;
  sim::Distribution lifetime;  // seconds
  std::vector<std::uint32_t> flavors;
  std::vector<double> weights;
  std::optional<AzId> availability_zone;
  sim::Time start;
  std::optional<sim::Time> end;  // no arrival at or after end
};

class PoissonWorkload {
 public:
  PoissonWorkload(sim::Engine& engine, Cloud& cloud, sim::RngStreams& streams,
                  PoissonWorkloadParams params);
  // Schedules the first arrival.
  void start();
  std::uint64_t arrivals() const { return arrivals_; }

 private:
  void schedule_next(sim::Time from);
  void arrive();

  sim::Engine& engine_;
  Cloud& cloud_;
  PoissonWorkloadParams params_;
  sim::RngStream& arrival_rng_;
  sim::RngStream& flavor_rng_;
  sim::RngStream& lifetime_rng_;
  sim::Distribution interarrival_;
  sim::DiscreteDistribution flavor_mix_;
  std::uint64_t arrivals_ = 0;
};

}  // namespace stacktwin::capacity
