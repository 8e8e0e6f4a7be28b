// The capacity model: hosts as Placement providers, VMs that arrive, live and end.
//
// A VM request is placed on the first allocation candidate (placement/provider_table.h) — the
// stand-in for the Nova filter scheduler until that lands — and claims its flavor's resources
// (nova/flavor.h). With no candidate it is rejected: Nova's NoValidHost. A placed VM boots at
// once (the boot flow is a later model), lives for its drawn lifetime and is deleted, freeing
// its allocation. A failed host loses its VMs (outcome `lost`, allocations freed: the instances
// are gone) and stops being a candidate until repaired; an added host joins empty.
//
// The model publishes signals (VM placed, rejected, ended; host failed, repaired, added) and
// keeps per-AZ totals of used and capacity per resource class over the hosts that are up, so
// observers (the sampler, later metering) never scan hosts.
#pragma once

#include <cstdint>
#include <type_traits>
#include <optional>
#include <string>
#include <vector>

#include "models/capacity/vm_scheduler.h"
#include "models/nova/flavor.h"
#include "models/placement/provider_table.h"
#include "sim/engine/engine.h"
#include "sim/engine/signal.h"
#include "sim/engine/statistics.h"

namespace stacktwin::capacity {

static_assert(std::is_same_v<HostId, placement::ProviderId>);
static_assert(std::is_same_v<AzId, placement::AggregateId>);

enum class VmOutcome : std::uint8_t { active, deleted, rejected, lost };
std::string_view name(VmOutcome outcome);

struct Vm {
  std::uint32_t flavor = 0;
  std::int32_t host = -1;  // -1 when rejected
  sim::Time requested;
  sim::Time started;        // == requested: boots are instantaneous in this model
  sim::Time ended;          // meaningful unless active
  VmOutcome outcome = VmOutcome::active;
  std::uint32_t slot_on_host = 0;  // position in the host's VM list
  sim::EventId deletion;
};

// A class of identical hosts. Inventories come from the host's hardware and nova.conf.
struct HostClass {
  std::string name;
  AzId availability_zone = 0;
  placement::Inventories inventories;
};

class Cloud {
 public:
  Cloud(sim::Engine& engine, std::vector<nova::Flavor> flavors, std::vector<std::string> azs);

  std::uint32_t add_host_class(HostClass host_class);
  // Adds one host of the class, named "<class>-<n>" with n counting from 1 within the class.
  HostId add_host(std::uint32_t host_class);

  // Who picks hosts; FirstCandidateScheduler when never set. Not owned.
  void set_scheduler(VmScheduler* scheduler) { scheduler_ = scheduler; }

  // A boot request for `flavor` in `az` (any AZ when empty) that lives `lifetime` once placed.
  VmId request_vm(std::uint32_t flavor, sim::Duration lifetime, std::optional<AzId> az);

  // The host's compute node crashes: its VMs are lost and it stops being a candidate.
  void fail_host(HostId host);
  // The host is back, empty.
  void repair_host(HostId host);

  // Signals, fired after the model's state changed.
  sim::Signal<VmId> vm_placed, vm_rejected, vm_ended;  // ended: deleted or lost
  sim::Signal<HostId> host_failed, host_repaired, host_added;

  const std::vector<Vm>& vms() const { return vms_; }
  const std::vector<nova::Flavor>& flavors() const { return flavors_; }
  const std::vector<std::string>& availability_zones() const { return azs_; }
  const std::vector<HostClass>& host_classes() const { return classes_; }
  const placement::ProviderTable& providers() const { return providers_; }
  std::uint32_t host_class_of(HostId h) const { return host_class_[h]; }
  bool host_up(HostId h) const { return providers_.enabled(h); }
  std::size_t host_count() const { return providers_.size(); }
  std::size_t hosts_up() const { return hosts_up_; }
  std::size_t vms_active() const { return vms_active_; }
  const std::vector<VmId>& vms_on_host(HostId h) const { return host_vms_[h]; }
  const placement::ResourceAmounts& flavor_resources(std::uint32_t flavor) const { return flavor_resources_[flavor]; }

  struct Counters {
    std::uint64_t requested = 0, placed = 0, rejected = 0, deleted = 0, lost = 0;
  };
  const Counters& counters() const { return counters_; }

  // Used and capacity of one resource class over the up hosts of one AZ.
  std::int64_t used(AzId az, placement::ResourceClass rc) const {
    return used_[az][static_cast<std::size_t>(rc)];
  }
  std::int64_t capacity(AzId az, placement::ResourceClass rc) const {
    return capacity_[az][static_cast<std::size_t>(rc)];
  }
  // Cloud-wide time-weighted used and capacity (for mean utilisation and peaks).
  const sim::TimeWeightedStats& used_over_time(placement::ResourceClass rc) const {
    return used_tw_[static_cast<std::size_t>(rc)];
  }
  const sim::TimeWeightedStats& capacity_over_time(placement::ResourceClass rc) const {
    return capacity_tw_[static_cast<std::size_t>(rc)];
  }

 private:
  void end_vm(VmId id, VmOutcome outcome);
  void account(AzId az, const placement::ResourceAmounts& delta, bool capacity_change);
  placement::ResourceAmounts host_capacity(HostId h) const;

  sim::Engine& engine_;
  FirstCandidateScheduler first_candidate_;
  VmScheduler* scheduler_ = &first_candidate_;
  std::vector<nova::Flavor> flavors_;
  std::vector<placement::ResourceAmounts> flavor_resources_;
  std::vector<std::string> azs_;
  std::vector<HostClass> classes_;
  std::vector<std::uint32_t> hosts_in_class_;
  placement::ProviderTable providers_;
  std::vector<std::uint32_t> host_class_;
  std::vector<std::vector<VmId>> host_vms_;
  std::vector<Vm> vms_;
  std::size_t hosts_up_ = 0;
  std::size_t vms_active_ = 0;
  Counters counters_;
  std::vector<placement::ResourceAmounts> used_, capacity_;
  std::array<placement::ResourceAmounts, 2> totals_{};  // cloud-wide used, capacity
  std::array<sim::TimeWeightedStats, placement::kResourceClassCount> used_tw_, capacity_tw_;
};

}  // namespace stacktwin::capacity
