#include "models/capacity/host_events.h"

#include <algorithm>
#include <vector>

namespace stacktwin::capacity {

std::int64_t fail_hosts(Cloud& cloud, std::uint32_t host_class, std::int64_t count,
                        sim::RngStream& rng) {
  std::vector<HostId> up;
  for (HostId h = 0; h < cloud.host_count(); ++h)
    if (cloud.host_class_of(h) == host_class && cloud.host_up(h)) up.push_back(h);
  // Partial Fisher-Yates over the up hosts in id order: a deterministic uniform sample.
  const auto n = static_cast<std::int64_t>(std::min<std::size_t>(up.size(), static_cast<std::size_t>(count)));
  for (std::int64_t i = 0; i < n; ++i) {
    const auto j = static_cast<std::size_t>(i) + rng.below(up.size() - static_cast<std::size_t>(i));
    std::swap(up[static_cast<std::size_t>(i)], up[j]);
    cloud.fail_host(up[static_cast<std::size_t>(i)]);
  }
  return n;
}

std::int64_t repair_hosts(Cloud& cloud, std::uint32_t host_class, std::int64_t count) {
  std::int64_t repaired = 0;
  for (HostId h = 0; h < cloud.host_count() && repaired < count; ++h) {
    if (cloud.host_class_of(h) == host_class && !cloud.host_up(h)) {
      cloud.repair_host(h);
      ++repaired;
    }
  }
  return repaired;
}

void add_hosts(Cloud& cloud, std::uint32_t host_class, std::int64_t count) {
  for (std::int64_t i = 0; i < count; ++i) cloud.add_host(host_class);
}

}  // namespace stacktwin::capacity
