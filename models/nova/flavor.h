// A Nova flavor and the Placement resources it requests.
#pragma once

#include <cstdint>
#include <string>

#include "models/placement/inventory.h"

namespace stacktwin::nova {

// Units as in the flavor API: ram and swap in MiB, disk and ephemeral in GB.
struct Flavor {
  std::string name;
  std::int64_t vcpus = 0;
  std::int64_t ram_mb = 0;
  std::int64_t disk_gb = 0;
  std::int64_t ephemeral_gb = 0;
  std::int64_t swap_mb = 0;
};

// nova/scheduler/utils.py `resources_from_flavor` (Zed): VCPU = vcpus, MEMORY_MB = ram,
// DISK_GB = root + ephemeral + ceil(swap / 1024). Zero amounts are not requested
// (ResourceRequest drops them), so a zero-disk flavor can land on a host without DISK_GB.
placement::ResourceAmounts resources_from_flavor(const Flavor& flavor);

}  // namespace stacktwin::nova
