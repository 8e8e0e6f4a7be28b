// How the capacity model picks a host for a VM: the seam where Nova's scheduler plugs in.
#pragma once

#include <cstdint>
#include <optional>

namespace stacktwin::capacity {

class Cloud;
using VmId = std::uint32_t;
using HostId = std::uint32_t;
using AzId = std::uint32_t;

class VmScheduler {
 public:
  virtual ~VmScheduler() = default;
  // The host for VM `vm` of `flavor` (in `az` when given), or nullopt for NoValidHost. The host
  // must admit the flavor's resources under Placement's rule: the cloud claims them on it.
  virtual std::optional<HostId> select(const Cloud& cloud, VmId vm, std::uint32_t flavor,
                                       std::optional<AzId> az) = 0;
};

// The foundation's stand-in: the first allocation candidate in provider order.
class FirstCandidateScheduler : public VmScheduler {
 public:
  std::optional<HostId> select(const Cloud& cloud, VmId vm, std::uint32_t flavor,
                               std::optional<AzId> az) override;
};

}  // namespace stacktwin::capacity
