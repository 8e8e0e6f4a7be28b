// Compute-node resource providers, their inventories and allocations, structure-of-arrays.
//
// This is the part of the Placement service the simulator needs: providers in creation order
// (the database's id order, which is what `GET /allocation_candidates` returns them in when
// `[placement]randomize_allocation_candidates` is False, the default), one aggregate per
// availability zone (Nova maps an AZ to a host aggregate and a request's AZ to `member_of`),
// the capacity rule of inventory.h, and claims that fail exactly where Placement's
// `_check_capacity_exceeded` would.
//
// A provider can be disabled: its compute service is down or disabled, which Nova expresses to
// Placement as the COMPUTE_STATUS_DISABLED trait that every request forbids
// (`root_required=!COMPUTE_STATUS_DISABLED`). Disabled providers are never candidates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/placement/capacity_index.h"
#include "models/placement/inventory.h"

namespace stacktwin::placement {

using ProviderId = std::uint32_t;
using AggregateId = std::uint32_t;

class ProviderTable {
 public:
  // Adds a provider in aggregate `aggregate` (its AZ). Providers are never removed: ids stay
  // dense and stable, like placement's integer ids.
  ProviderId add(std::string name, AggregateId aggregate, const Inventories& inventories);

  // The first enabled provider in provider order that fits `request` (in `aggregate` when
  // given). This is "the first allocation candidate": the stand-in for the Nova filter
  // scheduler until it lands, named as such and not a policy of ours.
  std::optional<ProviderId> first_candidate(const ResourceAmounts& request,
                                            std::optional<AggregateId> aggregate = {}) const;
  // GET /allocation_candidates: every enabled provider that fits `request` (in `aggregate` when
  // given), in provider order, at most `limit` of them (Nova's max_placement_results).
  std::vector<ProviderId> candidates(const ResourceAmounts& request, std::optional<AggregateId> aggregate,
                                     std::size_t limit) const;
  // Whether the capacity rule admits `request` on provider p (ignores enabled state).
  bool fits(ProviderId p, const ResourceAmounts& request) const;

  // Claims `amounts` on p; false (and no change) when the capacity rule refuses it.
  bool claim(ProviderId p, const ResourceAmounts& amounts);
  // Frees a previous claim.
  void release(ProviderId p, const ResourceAmounts& amounts);

  void set_enabled(ProviderId p, bool enabled);
  bool enabled(ProviderId p) const { return enabled_[p]; }

  std::size_t size() const { return names_.size(); }
  const std::string& name(ProviderId p) const { return names_[p]; }
  AggregateId aggregate(ProviderId p) const { return aggregate_[p]; }
  const Inventory& inventory(ProviderId p, ResourceClass rc) const {
    return inventory_[static_cast<std::size_t>(rc)][p];
  }
  std::int64_t used(ProviderId p, ResourceClass rc) const {
    return used_[static_cast<std::size_t>(rc)][p];
  }
  std::int64_t capacity(ProviderId p, ResourceClass rc) const {
    return inventory(p, rc).present() ? inventory(p, rc).capacity() : 0;
  }

 private:
  ResourceAmounts headroom(ProviderId p) const;
  void reindex(ProviderId p);

  std::vector<std::string> names_;
  std::vector<AggregateId> aggregate_;
  std::vector<char> enabled_;
  std::array<std::vector<Inventory>, kResourceClassCount> inventory_;
  std::array<std::vector<std::int64_t>, kResourceClassCount> used_;
  // One index over all providers, and one per aggregate with its leaf -> provider map.
  CapacityIndex all_;
  std::vector<CapacityIndex> by_aggregate_;
  std::vector<std::vector<ProviderId>> aggregate_members_;
  std::vector<std::uint32_t> leaf_in_aggregate_;
};

}  // namespace stacktwin::placement
