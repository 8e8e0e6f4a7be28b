// Samples the capacity model every interval into time series (held in memory; the CLI writes
// them to the results file).
//
//   vms/active                 VMs           VMs running at the sample time
//   vms/requested|rejected|lost VMs/interval  counts in (t - interval, t]
//   hosts/up                   hosts
//   resources/<RC>/used|capacity             over up hosts, RC in VCPU, MEMORY_MB, DISK_GB
//   az/<az>/resources/<RC>/used|capacity     the same per availability zone
// Capacity is Placement's: (total - reserved) * allocation_ratio, summed over up hosts.
#pragma once

#include <vector>

#include "models/capacity/cloud.h"
#include "sim/engine/engine.h"
#include "sim/engine/time_series.h"

namespace stacktwin::capacity {

class CapacitySampler {
 public:
  // Samples at 0, interval, 2*interval, ... up to and including `until`.
  CapacitySampler(sim::Engine& engine, const Cloud& cloud, sim::Duration interval, sim::Time until);
  void start();
  std::vector<sim::TimeSeries>& series() { return series_; }

 private:
  void sample();

  sim::Engine& engine_;
  const Cloud& cloud_;
  sim::Duration interval_;
  sim::Time until_;
  Cloud::Counters last_;
  std::vector<sim::TimeSeries> series_;
};

}  // namespace stacktwin::capacity
