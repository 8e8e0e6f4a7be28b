#include "models/capacity/poisson_workload.h"

#include <cassert>

namespace stacktwin::capacity {

PoissonWorkload::PoissonWorkload(sim::Engine& engine, Cloud& cloud, sim::RngStreams& streams,
                                 PoissonWorkloadParams params)
    : engine_(engine),
      cloud_(cloud),
      params_(std::move(params)),
      arrival_rng_(streams.get(params_.stream_prefix + ".arrivals")),
      flavor_rng_(streams.get(params_.stream_prefix + ".flavors")),
      lifetime_rng_(streams.get(params_.stream_prefix + ".lifetimes")),
      interarrival_(sim::Distribution::exponential(1.0 / params_.arrival_rate_per_s)),
      flavor_mix_(params_.weights) {
  assert(params_.arrival_rate_per_s > 0 && !params_.flavors.empty());
  assert(params_.flavors.size() == params_.weights.size());
}

void PoissonWorkload::start() { schedule_next(params_.start); }

void PoissonWorkload::schedule_next(sim::Time from) {
  const sim::Time next = from + interarrival_.sample_duration(arrival_rng_);
  if (params_.end && next >= *params_.end) return;
  engine_.at(next, [this] { arrive(); });
}

void PoissonWorkload::arrive() {
  ++arrivals_;
  const std::uint32_t flavor = params_.flavors[flavor_mix_.sample(flavor_rng_)];
  const sim::Duration lifetime = params_.lifetime.sample_duration(lifetime_rng_);
  cloud_.request_vm(flavor, lifetime, params_.availability_zone);
  schedule_next(engine_.now());
}

}  // namespace stacktwin::capacity
