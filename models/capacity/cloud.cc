#include "models/capacity/cloud.h"

#include <algorithm>
#include <cassert>
#include <cstdio>

namespace stacktwin::capacity {

using placement::kResourceClassCount;
using placement::ResourceAmounts;

std::string_view name(VmOutcome outcome) {
  switch (outcome) {
    case VmOutcome::active: return "active";
    case VmOutcome::deleted: return "deleted";
    case VmOutcome::rejected: return "rejected";
    case VmOutcome::lost: return "lost";
  }
  return "?";
}

Cloud::Cloud(sim::Engine& engine, std::vector<nova::Flavor> flavors, std::vector<std::string> azs)
    : engine_(engine),
      flavors_(std::move(flavors)),
      azs_(std::move(azs)),
      used_(azs_.size(), ResourceAmounts{}),
      capacity_(azs_.size(), ResourceAmounts{}) {
  for (const auto& f : flavors_) flavor_resources_.push_back(nova::resources_from_flavor(f));
}

std::uint32_t Cloud::add_host_class(HostClass host_class) {
  assert(host_class.availability_zone < azs_.size());
  classes_.push_back(std::move(host_class));
  hosts_in_class_.push_back(0);
  return static_cast<std::uint32_t>(classes_.size() - 1);
}

ResourceAmounts Cloud::host_capacity(HostId h) const {
  ResourceAmounts c{};
  for (std::size_t r = 0; r < kResourceClassCount; ++r)
    c[r] = providers_.capacity(h, placement::kResourceClasses[r]);
  return c;
}

void Cloud::account(AzId az, const ResourceAmounts& delta, bool capacity_change) {
  auto& per_az = capacity_change ? capacity_[az] : used_[az];
  auto& total = totals_[capacity_change ? 1 : 0];
  auto& tw = capacity_change ? capacity_tw_ : used_tw_;
  for (std::size_t r = 0; r < kResourceClassCount; ++r) {
    if (delta[r] == 0) continue;
    per_az[r] += delta[r];
    total[r] += delta[r];
    tw[r].set(engine_.now(), static_cast<double>(total[r]));
  }
}

std::optional<HostId> FirstCandidateScheduler::select(const Cloud& cloud, VmId, std::uint32_t flavor,
                                                     std::optional<AzId> az) {
  return cloud.providers().first_candidate(cloud.flavor_resources(flavor), az);
}

HostId Cloud::add_host(std::uint32_t host_class) {
  const HostClass& cls = classes_[host_class];
  char suffix[24];
  std::snprintf(suffix, sizeof suffix, "-%04u", ++hosts_in_class_[host_class]);
  const HostId h = providers_.add(cls.name + suffix, cls.availability_zone, cls.inventories);
  host_class_.push_back(host_class);
  host_vms_.emplace_back();
  ++hosts_up_;
  account(cls.availability_zone, host_capacity(h), true);
  host_added.emit(h);
  return h;
}

VmId Cloud::request_vm(std::uint32_t flavor, sim::Duration lifetime, std::optional<AzId> az) {
  const auto id = static_cast<VmId>(vms_.size());
  Vm vm;
  vm.flavor = flavor;
  vm.requested = vm.started = engine_.now();
  ++counters_.requested;
  const ResourceAmounts& request = flavor_resources_[flavor];
  const auto host = scheduler_->select(*this, id, flavor, az);
  if (!host) {
    vm.outcome = VmOutcome::rejected;
    vm.ended = engine_.now();
    vms_.push_back(vm);
    ++counters_.rejected;
    vm_rejected.emit(id);
    return id;
  }
  const bool claimed = providers_.claim(*host, request);
  assert(claimed && "a scheduler must pick a host that admits the claim");
  (void)claimed;
  vm.host = static_cast<std::int32_t>(*host);
  vm.slot_on_host = static_cast<std::uint32_t>(host_vms_[*host].size());
  host_vms_[*host].push_back(id);
  vm.deletion = engine_.after(lifetime, [this, id] { end_vm(id, VmOutcome::deleted); });
  vms_.push_back(vm);
  ++vms_active_;
  ++counters_.placed;
  account(providers_.aggregate(*host), request, false);
  vm_placed.emit(id);
  return id;
}

void Cloud::end_vm(VmId id, VmOutcome outcome) {
  Vm& vm = vms_[id];
  assert(vm.outcome == VmOutcome::active && vm.host >= 0);
  const auto host = static_cast<HostId>(vm.host);
  // Swap-remove from the host's list, fixing the moved VM's slot.
  auto& list = host_vms_[host];
  const VmId moved = list.back();
  list[vm.slot_on_host] = moved;
  vms_[moved].slot_on_host = vm.slot_on_host;
  list.pop_back();

  const ResourceAmounts& request = flavor_resources_[vm.flavor];
  providers_.release(host, request);
  ResourceAmounts freed{};
  for (std::size_t r = 0; r < kResourceClassCount; ++r) freed[r] = -request[r];
  if (providers_.enabled(host)) account(providers_.aggregate(host), freed, false);

  vm.outcome = outcome;
  vm.ended = engine_.now();
  --vms_active_;
  (outcome == VmOutcome::lost ? counters_.lost : counters_.deleted) += 1;
  vm_ended.emit(id);
}

void Cloud::fail_host(HostId host) {
  if (!providers_.enabled(host)) return;
  const AzId az = providers_.aggregate(host);
  // Take the host's usage and capacity out of the up-host totals first, then lose its VMs
  // (end_vm leaves the totals alone for a down host).
  ResourceAmounts used{}, cap = host_capacity(host);
  for (std::size_t r = 0; r < kResourceClassCount; ++r) {
    used[r] = -providers_.used(host, placement::kResourceClasses[r]);
    cap[r] = -cap[r];
  }
  providers_.set_enabled(host, false);
  --hosts_up_;
  account(az, used, false);
  account(az, cap, true);
  // Lose VMs in the order they were placed on the host (ascending id) for a stable order.
  std::vector<VmId> victims = host_vms_[host];
  std::sort(victims.begin(), victims.end());
  for (VmId id : victims) {
    engine_.cancel(vms_[id].deletion);
    end_vm(id, VmOutcome::lost);
  }
  host_failed.emit(host);
}

void Cloud::repair_host(HostId host) {
  if (providers_.enabled(host)) return;
  providers_.set_enabled(host, true);
  ++hosts_up_;
  account(providers_.aggregate(host), host_capacity(host), true);
  host_repaired.emit(host);
}

}  // namespace stacktwin::capacity
