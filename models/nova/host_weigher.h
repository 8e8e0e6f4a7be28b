// The interface every scheduler weigher implements — Nova's BaseHostWeigher
// (nova/weights.py, nova/scheduler/weights/__init__.py, Zed) — and its registry.
//
// A weigher gives each host a raw value (`weigh`, Nova's _weigh_object); raws are clamped to
// [minval, maxval] where those are set and normalised over the candidate hosts: with
// lo = minval or min(raw), hi = maxval or max(raw), norm = 0 when lo == hi, else
// (raw - lo) / (hi - lo). The host's weight adds weight_multiplier(host) * norm, where the
// multiplier comes from nova.conf but is overridden per host by aggregate metadata of the same
// name (the minimum when several aggregates set it). weighing.h implements the combination.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class HostWeigher {
 public:
  virtual ~HostWeigher() = default;
  virtual double weigh(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const = 0;
  virtual std::optional<double> minval() const { return std::nullopt; }
  virtual std::optional<double> maxval() const { return std::nullopt; }
  virtual double weight_multiplier(const HostStates& hosts, HostIndex h) const = 0;

  // The batch forms weighing calls, one virtual call per weigher instead of one per host:
  // raw[i] = weigh(hosts, candidates[i], spec) and out[i] = weight_multiplier(hosts,
  // candidates[i]), in candidate order (so an exception comes from the same host). The defaults
  // loop the per-host calls; a weigher whose value is a column read overrides them as one pass.
  virtual void weigh_all(const HostStates& hosts, std::span<const HostIndex> candidates, const RequestSpec& spec,
                         std::span<double> raw) const;
  virtual void weight_multipliers(const HostStates& hosts, std::span<const HostIndex> candidates,
                                  std::span<double> out) const;
};

using WeigherRegistry = Registry<HostWeigher>;

WeigherRegistry& weigher_registry();
void register_nova_weighers(WeigherRegistry& registry);

// Nova's utils.get_weight_multiplier: the minimum, as floats, of the distinct values of `key`
// in the host's aggregates' metadata; `config_value` when none sets it or when any value is
// not a number (Nova logs a warning and falls back).
double aggregate_weight_multiplier(const HostStates& hosts, HostIndex h, const std::string& key,
                                   double config_value);

}  // namespace stacktwin::nova
