// BestFitWeigher — a researcher's bin-packing weigher, written as an example of a policy that
// is not Nova's (docs/custom-policies.md walks through it). Not registered by default:
// register_example_policies() adds it under "BestFitWeigher".
//
// Best fit prefers the host the instance fills most tightly, so that large holes stay free for
// large flavors. The fit is measured on RAM and vCPU together, each as the fraction of the
// host's capacity left free AFTER placing the instance:
//
//   ram_left = (free_ram_mb - flavor.ram_mb) / total_usable_ram_mb        (RAMWeigher's free
//              RAM, physical, not scaled by ram_allocation_ratio)
//   cpu_left = (vcpus_total * cpu_allocation_ratio - vcpus_used - flavor.vcpus)
//              / (vcpus_total * cpu_allocation_ratio)                      (CPUWeigher's free vCPUs)
//   raw      = -(ram_left + cpu_left)          (a fraction whose capacity is 0 counts as 0)
//
// Higher weight wins in Nova, so the negation makes the tightest host (least headroom left) the
// best. raw is normalised like every weigher (min-max over the candidates, no bounds), and the
// multiplier is `best_fit_weight_multiplier`, 1.0, overridable per host by aggregate metadata
// of that name exactly as Nova's own multipliers are. A negative multiplier turns it into
// worst fit, i.e. spreading by headroom fractions.
//
// Compare: Nova's stacking is RAMWeigher/CPUWeigher with negative multipliers, which prefers
// the least free RAM in absolute MB before placing; best fit differs when hosts differ in size
// (a half-full small host vs a half-full large one) and by looking at both resources at once.
#pragma once

#include "models/nova/host_weigher.h"

namespace stacktwin::nova::examples {

class BestFitWeigher : public HostWeigher {
 public:
  explicit BestFitWeigher(double multiplier = 1.0) : multiplier_(multiplier) {}
  double weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  double weight_multiplier(const HostStates& hosts, HostIndex h) const override;

 private:
  double multiplier_;
};

}  // namespace stacktwin::nova::examples
