// The interface every scheduler filter implements — Nova's BaseHostFilter
// (nova/scheduler/filters/__init__.py, Zed) — and the registry scenarios name filters from.
//
// A filter says whether one host passes for one request (`host_passes`, Nova's name). The
// pipeline calls `filter_all` once per filter over the surviving hosts; the default loops
// host_passes, and a filter whose test is a column comparison overrides it to run as one pass.
// Filters are built from the scheduler configuration, so nova.conf options are read once.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/nova/host_state.h"
#include "models/nova/request_spec.h"
#include "models/nova/scheduler_config.h"

namespace stacktwin::nova {

class HostFilter {
 public:
  virtual ~HostFilter() = default;
  virtual bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const = 0;
  // Keeps in `candidates` (order preserved) the hosts that pass.
  virtual void filter_all(const HostStates& hosts, const RequestSpec& spec,
                          std::vector<HostIndex>& candidates) const;
  // Nova's run_filter_once_per_request: such a filter runs only for instance 0 of a request.
  virtual bool run_filter_once_per_request() const { return false; }
  // Nova's RUN_ON_REBUILD.
  virtual bool run_on_rebuild() const { return false; }
  bool run_filter_for_index(std::int64_t index) const { return !run_filter_once_per_request() || index == 0; }
};

// An unknown name in a registry: the message lists the valid names, sorted.
struct UnknownNameError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// Named factories of one kind (filters or weighers), keyed by the name Nova's configuration
// uses ("RamFilter", "RAMWeigher").
template <class Interface>
class Registry {
 public:
  using Factory = std::function<std::unique_ptr<Interface>(const SchedulerConfig&)>;
  struct Entry {
    std::string description;
    Factory make;
  };

  explicit Registry(std::string kind) : kind_(std::move(kind)) {}
  void add(const std::string& name, std::string description, Factory make) {
    entries_[name] = Entry{std::move(description), std::move(make)};
  }
  bool contains(const std::string& name) const { return entries_.count(name) > 0; }
  std::unique_ptr<Interface> create(const std::string& name, const SchedulerConfig& config) const {
    auto it = entries_.find(name);
    if (it == entries_.end()) {
      std::string valid;
      for (const auto& [n, e] : entries_) valid += (valid.empty() ? "" : ", ") + n;
      throw UnknownNameError("unknown " + kind_ + " '" + name + "'; valid " + kind_ + "s: " + valid);
    }
    return it->second.make(config);
  }
  // Names in sorted order with their one-line descriptions.
  const std::map<std::string, Entry>& entries() const { return entries_; }

 private:
  std::string kind_;
  std::map<std::string, Entry> entries_;
};

using FilterRegistry = Registry<HostFilter>;

// The registry with every built-in filter (Zed's 23, plus the legacy pre-Train capacity
// filters) registered; researchers add theirs with filter_registry().add(...).
FilterRegistry& filter_registry();
// Registers the built-in filters (models/nova/filters/); called once by filter_registry().
void register_nova_filters(FilterRegistry& registry);

}  // namespace stacktwin::nova
