// Placement inventories and the capacity rule (placement 8.0.0, as Debian 12 ships it).
//
// A compute node is a resource provider with one inventory per resource class. The libvirt
// driver reports (nova/virt/libvirt/driver.py `update_provider_tree`, Zed):
//   VCPU       total = vCPUs,       reserved = reserved_host_cpus,               ratio = cpu
//   MEMORY_MB  total = host MiB,    reserved = reserved_host_memory_mb,          ratio = ram
//   DISK_GB    total = local GiB,   reserved = ceil(reserved_host_disk_mb/1024), ratio = disk
// with min_unit 1, max_unit = total, step_size 1. A resource class whose total is 0 is not
// reported at all. See ../shared/reference/NOVA_NOTES.md §5.
//
// The capacity rule (`research_context._capacity_check_clause`, and again at claim time in
// `allocation._check_capacity_exceeded`):
//   used + amount <= (total - reserved) * allocation_ratio
//   AND min_unit <= amount <= max_unit AND amount % step_size == 0
// Placement's provider summaries report capacity = int((total - reserved) * ratio); since
// used + amount is an integer, comparing against the truncated value gives the same answer.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace stacktwin::placement {

// Standard resource classes used so far (os-resource-classes names).
enum class ResourceClass : std::uint8_t { VCPU = 0, MEMORY_MB = 1, DISK_GB = 2 };
inline constexpr std::size_t kResourceClassCount = 3;
inline constexpr std::array<ResourceClass, kResourceClassCount> kResourceClasses{
    ResourceClass::VCPU, ResourceClass::MEMORY_MB, ResourceClass::DISK_GB};

constexpr std::string_view name(ResourceClass rc) {
  switch (rc) {
    case ResourceClass::VCPU: return "VCPU";
    case ResourceClass::MEMORY_MB: return "MEMORY_MB";
    case ResourceClass::DISK_GB: return "DISK_GB";
  }
  return "?";
}

// Requested or allocated amounts, indexed by ResourceClass. 0 = not requested.
using ResourceAmounts = std::array<std::int64_t, kResourceClassCount>;

struct Inventory {
  std::int64_t total = 0;
  std::int64_t reserved = 0;
  std::int64_t min_unit = 1;
  std::int64_t max_unit = 0;
  std::int64_t step_size = 1;
  double allocation_ratio = 1.0;

  bool present() const { return total > 0; }
  // int((total - reserved) * allocation_ratio), as in placement's provider summaries.
  std::int64_t capacity() const {
    return static_cast<std::int64_t>(static_cast<double>(total - reserved) * allocation_ratio);
  }
  // The per-amount constraints checked before capacity.
  bool amount_allowed(std::int64_t amount) const {
    return amount >= min_unit && amount <= max_unit && amount % step_size == 0;
  }
  // The full capacity rule for one resource class.
  bool fits(std::int64_t used, std::int64_t amount) const {
    return present() && amount_allowed(amount) && used + amount <= capacity();
  }
};

using Inventories = std::array<Inventory, kResourceClassCount>;

}  // namespace stacktwin::placement
