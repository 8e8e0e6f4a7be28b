// CrossCellWeigher (nova/scheduler/weights/cross_cell.py, Zed): during a cross-cell move
// (RequestSpec.requested_destination.cell set and allow_cross_cell_move true) raw = +1 for a
// host in the preferred (source) cell and -1 elsewhere; 0 for every other request. Min-max
// normalised; multiplier [filter_scheduler]cross_cell_move_weight_multiplier (1e6).
//
// stacktwin does not model cross-cell moves yet: Destination carries no cell and no
// allow_cross_cell_move, so the raw value is 0 for every host and the weigher never changes an
// order. cross_cell_raw() holds Nova's rule for when the request gains those fields.
#pragma once

#include <optional>
#include <string>

#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

// Nova's _weigh_object given the request's preferred cell (nullopt: not a cross-cell move).
double cross_cell_raw(const std::string& host_cell_uuid, const std::optional<std::string>& preferred_cell_uuid,
                      bool allow_cross_cell_move);

class CrossCellWeigher : public HostWeigher {
 public:
  explicit CrossCellWeigher(const SchedulerConfig& config) : multiplier_(config.cross_cell_move_weight_multiplier) {}
  double weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
  double weight_multiplier(const HostStates& hosts, HostIndex h) const override;
  void weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                 std::span<double> raw) const override;
  void weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                          std::span<double> out) const override;

 private:
  double multiplier_;
};

}  // namespace stacktwin::nova
