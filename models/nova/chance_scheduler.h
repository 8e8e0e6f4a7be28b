// ChanceScheduler — Nova's historical random scheduler (nova/scheduler/chance.py, last shipped in
// Rocky; deprecated in Rocky and removed in Stein). Kept because the seed's scheduler table
// names it and it is the natural "no policy" baseline against which a policy is compared.
//
// chance.py took the hosts whose nova-compute service was up, dropped the request's
// ignore_hosts, and picked with Python's `random`: random.sample(hosts, N) when there were at
// least N hosts, else N random.choice draws; alternates were further random.choice draws that
// skip selected hosts and repeats. It knew nothing about capacity: in Queens/Rocky it ran
// without Placement allocation candidates (USES_ALLOCATION_CANDIDATES = False).
//
// stacktwin defines it against the PlacementClient, so it never picks a host without capacity:
//
//   candidates = placement->allocation_candidates(spec, no limit) (every host without
//                Placement), in provider order, minus ignore_hosts (chance.py _filter_hosts,
//                exact host-name match) and minus hosts whose compute service is down
//                (ComputeFilter's test, with its service_down_time)
//   none left -> NoValidHost
//   for each instance i = 0..N-1:
//     pool = candidates not yet selected for this request, in candidate order; all candidates
//            when every one is already selected (random.sample vs random.choice above)
//     repeat: h = pool[randbelow(len(pool))]; claim(h); on refusal drop h from the pool and
//             from the candidates and draw again; empty pool -> NoValidHost
//     consume_from_request on h; the instance group learns h (as the FilterScheduler does)
//   alternates of each selection, up to max_attempts - 1: draws without replacement,
//     a = eligible[randbelow(len(eligible))], from the candidates in candidate order that are
//     in the selected host's cell and not selected for this request. (chance.py redrew
//     random.choice until it found a new host, which loops forever when too few exist.)
//
// Every draw is one randbelow(len) call, even for a pool of one (random.choice draws there too),
// so a fixed sequence of randbelow values fixes every choice; tests/nova/chance_scheduler_test.cc
// works them out by hand.
#pragma once

#include <cstdint>
#include <functional>

#include "models/nova/filter_scheduler.h"

namespace stacktwin::nova {

class ChanceScheduler {
 public:
  // Reads max_attempts and service_down_time_s; filters and weighers are ignored.
  explicit ChanceScheduler(SchedulerConfig config);

  // Same contract as FilterScheduler::select_destinations; `explain` traces are not produced
  // (there is nothing to explain but the draws).
  ScheduleResult select_destinations(HostStates& hosts, RequestSpec& spec, PlacementClient* placement,
                                     const std::function<std::uint64_t(std::uint64_t)>& randbelow) const;

  const SchedulerConfig& config() const { return config_; }

 private:
  SchedulerConfig config_;
};

}  // namespace stacktwin::nova
