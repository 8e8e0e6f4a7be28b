#include "models/capacity/capacity_sampler.h"

#include <string>

namespace stacktwin::capacity {
namespace {

enum Fixed : std::size_t { kActive, kRequested, kRejected, kLost, kHostsUp, kFixedCount };

std::string unit_of(placement::ResourceClass rc) {
  switch (rc) {
    case placement::ResourceClass::VCPU: return "VCPU";
    case placement::ResourceClass::MEMORY_MB: return "MiB";
    case placement::ResourceClass::DISK_GB: return "GB";
  }
  return "";
}

}  // namespace

CapacitySampler::CapacitySampler(sim::Engine& engine, const Cloud& cloud, sim::Duration interval,
                                 sim::Time until)
    : engine_(engine), cloud_(cloud), interval_(interval), until_(until) {
  series_.resize(kFixedCount);
  series_[kActive] = {"vms/active", "VMs", {}, {}};
  series_[kRequested] = {"vms/requested", "VMs per interval", {}, {}};
  series_[kRejected] = {"vms/rejected", "VMs per interval", {}, {}};
  series_[kLost] = {"vms/lost", "VMs per interval", {}, {}};
  series_[kHostsUp] = {"hosts/up", "hosts", {}, {}};
  for (auto rc : placement::kResourceClasses) {
    const std::string rc_name(placement::name(rc));
    series_.push_back({"resources/" + rc_name + "/used", unit_of(rc), {}, {}});
    series_.push_back({"resources/" + rc_name + "/capacity", unit_of(rc), {}, {}});
  }
  for (const auto& az : cloud_.availability_zones()) {
    for (auto rc : placement::kResourceClasses) {
      const std::string rc_name(placement::name(rc));
      series_.push_back({"az/" + az + "/resources/" + rc_name + "/used", unit_of(rc), {}, {}});
      series_.push_back({"az/" + az + "/resources/" + rc_name + "/capacity", unit_of(rc), {}, {}});
    }
  }
  const std::size_t samples = static_cast<std::size_t>((until_ - sim::Time::zero()) / interval_) + 1;
  for (auto& s : series_) {
    s.time_ns.reserve(samples);
    s.values.reserve(samples);
  }
}

void CapacitySampler::start() {
  engine_.at(engine_.now(), [this] { sample(); });
}

void CapacitySampler::sample() {
  const sim::Time now = engine_.now();
  const Cloud::Counters& c = cloud_.counters();
  series_[kActive].add(now, static_cast<double>(cloud_.vms_active()));
  series_[kRequested].add(now, static_cast<double>(c.requested - last_.requested));
  series_[kRejected].add(now, static_cast<double>(c.rejected - last_.rejected));
  series_[kLost].add(now, static_cast<double>(c.lost - last_.lost));
  series_[kHostsUp].add(now, static_cast<double>(cloud_.hosts_up()));
  last_ = c;

  std::size_t i = kFixedCount;
  const auto azs = static_cast<AzId>(cloud_.availability_zones().size());
  for (auto rc : placement::kResourceClasses) {
    std::int64_t used = 0, capacity = 0;
    for (AzId az = 0; az < azs; ++az) {
      used += cloud_.used(az, rc);
      capacity += cloud_.capacity(az, rc);
    }
    series_[i++].add(now, static_cast<double>(used));
    series_[i++].add(now, static_cast<double>(capacity));
  }
  for (AzId az = 0; az < azs; ++az) {
    for (auto rc : placement::kResourceClasses) {
      series_[i++].add(now, static_cast<double>(cloud_.used(az, rc)));
      series_[i++].add(now, static_cast<double>(cloud_.capacity(az, rc)));
    }
  }
  if (now + interval_ <= until_) engine_.after(interval_, [this] { sample(); });
}

}  // namespace stacktwin::capacity
