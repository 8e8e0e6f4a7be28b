#include "models/nova/weighers/cross_cell_weigher.h"

#include <algorithm>

#include "models/nova/weighers/weight_multiplier.h"

namespace stacktwin::nova {

double cross_cell_raw(const std::string& host_cell_uuid, const std::optional<std::string>& preferred_cell_uuid,
                      bool allow_cross_cell_move) {
  if (!preferred_cell_uuid || preferred_cell_uuid->empty() || !allow_cross_cell_move) return 0;
  return host_cell_uuid == *preferred_cell_uuid ? 1 : -1;
}

double CrossCellWeigher::weigh(const HostStates& /*hosts*/, HostIndex /*h*/, const RequestSpec& /*spec*/) const {
  // RequestSpec has no requested_destination.cell / allow_cross_cell_move (no cross-cell
  // moves are modelled), which is Nova's "0 for all other cases".
  return 0;
}

double CrossCellWeigher::weight_multiplier(const HostStates& hosts, HostIndex h) const {
  return weight_multiplier_of(hosts, h, "cross_cell_move_weight_multiplier", multiplier_);
}

void CrossCellWeigher::weigh_all(const HostStates& /*hosts*/, std::span<const HostIndex> /*candidates*/,
                 const RequestSpec& /*spec*/, std::span<double> raw) const {
  std::fill(raw.begin(), raw.end(), 0.0);
}

void CrossCellWeigher::weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const {
  weight_multipliers_of(hosts, candidates, "cross_cell_move_weight_multiplier", multiplier_, out);
}

}  // namespace stacktwin::nova
