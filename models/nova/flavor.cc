#include "models/nova/flavor.h"

namespace stacktwin::nova {

placement::ResourceAmounts resources_from_flavor(const Flavor& f) {
  const std::int64_t swap_gb = (f.swap_mb + 1023) / 1024;
  placement::ResourceAmounts a{};
  a[static_cast<std::size_t>(placement::ResourceClass::VCPU)] = f.vcpus;
  a[static_cast<std::size_t>(placement::ResourceClass::MEMORY_MB)] = f.ram_mb;
  a[static_cast<std::size_t>(placement::ResourceClass::DISK_GB)] = f.disk_gb + f.ephemeral_gb + swap_gb;
  return a;
}

}  // namespace stacktwin::nova
