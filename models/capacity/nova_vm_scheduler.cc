#include "models/capacity/nova_vm_scheduler.h"

#include <algorithm>

namespace stacktwin::capacity {

using placement::ResourceClass;

// Placement as the cloud's providers answer it (see provider_table.h).
class NovaVmScheduler::CloudPlacement : public nova::PlacementClient {
 public:
  explicit CloudPlacement(const Cloud& cloud) : cloud_(cloud) {}
  std::optional<AzId> az;        // the request's AZ aggregate
  std::uint32_t flavor = 0;

  std::vector<nova::HostIndex> allocation_candidates(const nova::HostStates&, const nova::RequestSpec&,
                                                     std::optional<std::int64_t> limit) override {
    const std::size_t n = limit ? static_cast<std::size_t>(*limit) : cloud_.host_count();
    return cloud_.providers().candidates(cloud_.flavor_resources(flavor), az, n);
  }
  // The cloud claims once the scheduler returns; here only Placement's answer is needed.
  bool claim(nova::HostIndex host, const nova::RequestSpec&) override {
    return cloud_.providers().fits(host, cloud_.flavor_resources(flavor));
  }

 private:
  const Cloud& cloud_;
};

NovaVmScheduler::NovaVmScheduler(Cloud& cloud, sim::RngStream& rng, NovaVmSchedulerParams params)
    : cloud_(cloud),
      rng_(rng),
      params_(std::move(params)),
      scheduler_(params_.config),
      placement_(std::make_unique<CloudPlacement>(cloud)) {
  if (params_.chance) chance_.emplace(params_.config);
  hosts_.all_aggregates = params_.aggregates;
  // One aggregate per AZ carries availability_zone metadata, as Nova's AZs are aggregates.
  for (const auto& az : cloud.availability_zones())
    hosts_.all_aggregates.push_back({"az-" + az, "", {{"availability_zone", az}}});
  for (std::uint32_t f = 0; f < cloud.flavors().size(); ++f) {
    nova::FlavorSpec spec;
    spec.sizes = cloud.flavors()[f];
    if (f < params_.flavor_extra_specs.size()) spec.extra_specs = params_.flavor_extra_specs[f];
    flavors_.push_back(std::move(spec));
  }
  removed_by_filter_.assign(scheduler_.filter_names().size(), 0);
  for (HostId h = 0; h < cloud.host_count(); ++h) add_host(h);
  cloud.host_added.connect([this](HostId h) { add_host(h); });
  cloud.host_failed.connect([this](HostId h) { sync(h); });
  cloud.host_repaired.connect([this](HostId h) { sync(h); });
  cloud.vm_placed.connect([this](VmId v) {
    const auto h = static_cast<HostId>(cloud_.vms()[v].host);
    hosts_.instances[h].push_back("vm-" + std::to_string(v));
    sync(h);
  });
  cloud.vm_ended.connect([this](VmId v) {
    const auto h = static_cast<HostId>(cloud_.vms()[v].host);
    auto& list = hosts_.instances[h];
    const std::string uuid = "vm-" + std::to_string(v);
    if (auto it = std::find(list.begin(), list.end(), uuid); it != list.end()) {
      *it = std::move(list.back());
      list.pop_back();
    }
    sync(h);
  });
}

NovaVmScheduler::~NovaVmScheduler() = default;

void NovaVmScheduler::add_host(HostId h) {
  const auto i = hosts_.add(cloud_.providers().name(h), cloud_.providers().name(h));
  hosts_.uuid[i] = "cn-" + cloud_.providers().name(h);
  hosts_.cell_uuid[i] = "cell1";
  hosts_.host_ip[i] = "127.0.0.1";
  hosts_.hypervisor_type[i] = "QEMU";
  hosts_.hypervisor_version[i] = 6002000;
  hosts_.supported_instances[i] = {{"x86_64", "qemu", "hvm"}};
  const std::uint32_t cls = cloud_.host_class_of(h);
  if (cls < params_.class_aggregates.size()) hosts_.aggregates[i] = params_.class_aggregates[cls];
  hosts_.aggregates[i].push_back(static_cast<std::uint32_t>(params_.aggregates.size() + cloud_.providers().aggregate(h)));
  sync(h);
}

// ComputeNode as the resource tracker reports it: used amounts include the reserved ones.
void NovaVmScheduler::sync(HostId h) {
  const auto& p = cloud_.providers();
  const auto& vcpu = p.inventory(h, ResourceClass::VCPU);
  const auto& mem = p.inventory(h, ResourceClass::MEMORY_MB);
  const auto& disk = p.inventory(h, ResourceClass::DISK_GB);
  hosts_.vcpus_total[h] = vcpu.total;
  hosts_.vcpus_used[h] = p.used(h, ResourceClass::VCPU);
  hosts_.total_usable_ram_mb[h] = mem.total;
  hosts_.free_ram_mb[h] = mem.total - params_.reserved_host_memory_mb - p.used(h, ResourceClass::MEMORY_MB);
  hosts_.total_usable_disk_gb[h] = disk.total;
  hosts_.free_disk_mb[h] = (disk.total - params_.reserved_host_disk_gb - p.used(h, ResourceClass::DISK_GB)) * 1024;
  hosts_.cpu_allocation_ratio[h] = vcpu.allocation_ratio;
  hosts_.ram_allocation_ratio[h] = mem.allocation_ratio;
  hosts_.disk_allocation_ratio[h] = disk.allocation_ratio;
  hosts_.num_instances[h] = static_cast<std::int64_t>(cloud_.vms_on_host(h).size());
  hosts_.num_io_ops[h] = 0;  // boots are instantaneous: nothing is building between requests
  hosts_.service_disabled[h] = cloud_.host_up(h) ? 0 : 1;
}

std::optional<HostId> NovaVmScheduler::select(const Cloud& cloud, VmId vm, std::uint32_t flavor,
                                              std::optional<AzId> az) {
  spec_.flavor = flavors_[flavor];
  spec_.num_instances = 1;
  spec_.instance_uuids.assign(1, "vm-" + std::to_string(vm));
  spec_.availability_zone.reset();
  if (az) spec_.availability_zone = cloud.availability_zones()[*az];
  placement_->az = az;
  placement_->flavor = flavor;
  const auto randbelow = [this](std::uint64_t n) { return rng_.below(n); };
  const auto result = chance_ ? chance_->select_destinations(hosts_, spec_, placement_.get(), randbelow)
                              : scheduler_.select_destinations(hosts_, spec_, placement_.get(), randbelow);
  for (std::size_t i = 0; i < removed_by_filter_.size() && i < result.removed_by_filter.size(); ++i)
    removed_by_filter_[i] += result.removed_by_filter[i];
  if (result.selections.empty()) {
    ++causes_[result.candidates.empty() ? "placement" : (result.emptied_by.empty() ? "claims" : result.emptied_by)];
    // select_destinations consumed nothing that stays: resync any host it touched.
    return std::nullopt;
  }
  return static_cast<HostId>(result.selections.front().host);
}

}  // namespace stacktwin::capacity
