// Finds the first provider, in provider order, that can take a request — in O(log n) typical.
//
// A segment tree over providers. Each leaf holds, per resource class, the largest amount the
// provider could still accept: min(capacity - used, max_unit), or -1 when the provider is
// excluded (disabled, or the class is not in its inventory). Inner nodes hold the maximum of
// their children, so a subtree whose maximum is below the request in any class is skipped.
// The search may still descend into a subtree that fails (the maxima of different classes can
// come from different providers) and then backtracks; a leaf is accepted only after the full
// placement rule (min_unit/step_size too) passes in the caller.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "models/placement/inventory.h"

namespace stacktwin::placement {

class CapacityIndex {
 public:
  // Sets the headroom of leaf `i` (growing the index when i is new).
  void set(std::size_t i, const ResourceAmounts& headroom);
  // The first leaf >= 0 whose headroom covers `request` and for which `accept(i)` holds.
  // Returns -1 when there is none.
  std::int64_t first_fit(const ResourceAmounts& request,
                         const std::function<bool(std::size_t)>& accept) const;
  // Calls `visit(i)` for every leaf, in order, whose headroom covers `request` and for which
  // `accept(i)` holds, until `visit` returns false. A template: the scheduler enumerates up to
  // max_placement_results leaves per request, so the callables are inlined.
  template <class Accept, class Visit>
  void for_each_fit(const ResourceAmounts& request, Accept&& accept, Visit&& visit) const {
    if (n_ == 0 || !covers(1, request)) return;
    std::size_t stack[128];
    std::size_t top = 0;
    stack[top++] = 1;
    while (top > 0) {
      const std::size_t node = stack[--top];
      if (!covers(node, request)) continue;
      if (node >= base_) {
        const std::size_t leaf = node - base_;
        if (leaf < n_ && accept(leaf) && !visit(leaf)) return;
        continue;
      }
      stack[top++] = 2 * node + 1;  // right after left
      stack[top++] = 2 * node;
    }
  }
  std::size_t size() const { return n_; }

 private:
  void grow(std::size_t n);
  bool covers(std::size_t node, const ResourceAmounts& request) const {
    for (std::size_t r = 0; r < kResourceClassCount; ++r)
      if (request[r] > 0 && max_[r][node] < request[r]) return false;
    return true;
  }
  std::size_t n_ = 0;     // leaves in use
  std::size_t base_ = 0;  // first leaf's node index (a power of two)
  std::array<std::vector<std::int64_t>, kResourceClassCount> max_;
};

}  // namespace stacktwin::placement
