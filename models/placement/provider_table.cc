#include "models/placement/provider_table.h"

#include <algorithm>
#include <cassert>

namespace stacktwin::placement {

ProviderId ProviderTable::add(std::string name, AggregateId aggregate,
                              const Inventories& inventories) {
  const auto p = static_cast<ProviderId>(names_.size());
  names_.push_back(std::move(name));
  aggregate_.push_back(aggregate);
  enabled_.push_back(1);
  for (std::size_t r = 0; r < kResourceClassCount; ++r) {
    inventory_[r].push_back(inventories[r]);
    used_[r].push_back(0);
  }
  if (aggregate >= by_aggregate_.size()) {
    const bool was_single = by_aggregate_.size() == 1;
    by_aggregate_.resize(aggregate + 1);
    aggregate_members_.resize(aggregate + 1);
    if (was_single)  // the first aggregate's index was skipped so far: build it now
      for (std::uint32_t leaf = 0; leaf < aggregate_members_[0].size(); ++leaf)
        by_aggregate_[0].set(leaf, headroom(aggregate_members_[0][leaf]));
  }
  leaf_in_aggregate_.push_back(static_cast<std::uint32_t>(aggregate_members_[aggregate].size()));
  aggregate_members_[aggregate].push_back(p);
  reindex(p);
  return p;
}

ResourceAmounts ProviderTable::headroom(ProviderId p) const {
  ResourceAmounts h{};
  for (std::size_t r = 0; r < kResourceClassCount; ++r) {
    const Inventory& inv = inventory_[r][p];
    h[r] = enabled_[p] && inv.present() ? std::min(inv.capacity() - used_[r][p], inv.max_unit) : -1;
  }
  return h;
}

void ProviderTable::reindex(ProviderId p) {
  const ResourceAmounts h = headroom(p);
  all_.set(p, h);
  // With a single aggregate its index would be a copy of all_: searches use all_ instead.
  if (by_aggregate_.size() > 1) by_aggregate_[aggregate_[p]].set(leaf_in_aggregate_[p], h);
}

bool ProviderTable::fits(ProviderId p, const ResourceAmounts& request) const {
  for (std::size_t r = 0; r < kResourceClassCount; ++r)
    if (request[r] > 0 && !inventory_[r][p].fits(used_[r][p], request[r])) return false;
  return true;
}

std::optional<ProviderId> ProviderTable::first_candidate(
    const ResourceAmounts& request, std::optional<AggregateId> aggregate) const {
  if (!aggregate) {
    const std::int64_t leaf =
        all_.first_fit(request, [&](std::size_t i) { return fits(static_cast<ProviderId>(i), request); });
    if (leaf < 0) return std::nullopt;
    return static_cast<ProviderId>(leaf);
  }
  if (*aggregate >= by_aggregate_.size()) return std::nullopt;
  if (by_aggregate_.size() == 1) return first_candidate(request);
  const auto& members = aggregate_members_[*aggregate];
  const std::int64_t leaf = by_aggregate_[*aggregate].first_fit(
      request, [&](std::size_t i) { return fits(members[i], request); });
  if (leaf < 0) return std::nullopt;
  return members[static_cast<std::size_t>(leaf)];
}

std::vector<ProviderId> ProviderTable::candidates(const ResourceAmounts& request,
                                                 std::optional<AggregateId> aggregate, std::size_t limit) const {
  std::vector<ProviderId> out;
  if (limit == 0) return out;
  if (!aggregate || by_aggregate_.size() == 1) {
    if (aggregate && *aggregate != 0) return out;
    all_.for_each_fit(
        request, [&](std::size_t i) { return fits(static_cast<ProviderId>(i), request); },
        [&](std::size_t i) {
          out.push_back(static_cast<ProviderId>(i));
          return out.size() < limit;
        });
    return out;
  }
  if (*aggregate >= by_aggregate_.size()) return out;
  const auto& members = aggregate_members_[*aggregate];
  by_aggregate_[*aggregate].for_each_fit(
      request, [&](std::size_t i) { return fits(members[i], request); },
      [&](std::size_t i) {
        out.push_back(members[i]);
        return out.size() < limit;
      });
  return out;
}

bool ProviderTable::claim(ProviderId p, const ResourceAmounts& amounts) {
  if (!fits(p, amounts)) return false;
  for (std::size_t r = 0; r < kResourceClassCount; ++r) used_[r][p] += amounts[r];
  reindex(p);
  return true;
}

void ProviderTable::release(ProviderId p, const ResourceAmounts& amounts) {
  for (std::size_t r = 0; r < kResourceClassCount; ++r) {
    used_[r][p] -= amounts[r];
    assert(used_[r][p] >= 0 && "released more than was claimed");
  }
  reindex(p);
}

void ProviderTable::set_enabled(ProviderId p, bool enabled) {
  enabled_[p] = enabled ? 1 : 0;
  reindex(p);
}

}  // namespace stacktwin::placement
