#include "models/placement/capacity_index.h"

#include <algorithm>

namespace stacktwin::placement {

void CapacityIndex::grow(std::size_t n) {
  std::size_t base = std::max<std::size_t>(base_, 1);
  while (base < n) base *= 2;
  if (base == base_) return;
  // Rebuild with the new width; old leaves keep their values.
  std::array<std::vector<std::int64_t>, kResourceClassCount> next;
  for (std::size_t r = 0; r < kResourceClassCount; ++r) {
    next[r].assign(2 * base, -1);
    for (std::size_t i = 0; i < n_; ++i) next[r][base + i] = max_[r][base_ + i];
    for (std::size_t node = base - 1; node >= 1; --node)
      next[r][node] = std::max(next[r][2 * node], next[r][2 * node + 1]);
  }
  max_ = std::move(next);
  base_ = base;
}

void CapacityIndex::set(std::size_t i, const ResourceAmounts& headroom) {
  if (i >= n_) {
    grow(i + 1);
    n_ = i + 1;
  }
  for (std::size_t r = 0; r < kResourceClassCount; ++r) {
    auto& tree = max_[r];
    std::size_t node = base_ + i;
    tree[node] = headroom[r];
    for (node /= 2; node >= 1; node /= 2) {
      const std::int64_t m = std::max(tree[2 * node], tree[2 * node + 1]);
      if (tree[node] == m) break;  // ancestors already right
      tree[node] = m;
    }
  }
}

std::int64_t CapacityIndex::first_fit(const ResourceAmounts& request,
                                      const std::function<bool(std::size_t)>& accept) const {
  std::int64_t found = -1;
  for_each_fit(request, accept, [&found](std::size_t leaf) {
    found = static_cast<std::int64_t>(leaf);
    return false;  // the first one is enough
  });
  return found;
}

}  // namespace stacktwin::placement
