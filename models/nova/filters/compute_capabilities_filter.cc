#include "models/nova/filters/compute_capabilities_filter.h"

#include <nlohmann/json.hpp>

#include "models/nova/extra_specs_ops.h"
#include "models/nova/filters/filter_utils.h"
#include "models/nova/filters/host_attributes.h"

namespace stacktwin::nova {
namespace {

using nlohmann::json;

// _get_capabilities: nullopt stands for Nova's None.
std::optional<json> get_capabilities(const HostStates& hosts, HostIndex h, const std::vector<std::string>& scope) {
  bool on_host = true;  // cap is the HostState itself
  json cap;
  for (const auto& name : scope) {
    if (!on_host && cap.is_string()) {
      try {
        cap = json::parse(cap.get<std::string>());
      } catch (const json::exception&) {
        return std::nullopt;  // "couldn't be loaded from JSON"
      }
    }
    if (on_host) {
      auto attr = host_attribute(hosts, h, name);
      if (attr.exists && !attr.value.is_null()) {
        cap = attr.value;
      } else {
        auto it = hosts.stats[h].find(name);
        cap = it == hosts.stats[h].end() ? json(nullptr) : json(it->second);
      }
      on_host = false;
    } else if (cap.is_object()) {
      auto it = cap.find(name);
      cap = it == cap.end() ? json(nullptr) : *it;
    } else {
      return std::nullopt;  // getattr on a non-HostState: AttributeError on .stats
    }
    if (cap.is_null()) return std::nullopt;
  }
  return cap;
}

}  // namespace

// Without extra specs every host passes (host_passes loops over none): one check per request.
void ComputeCapabilitiesFilter::filter_all(const HostStates& hosts, const RequestSpec& spec,
                                          std::vector<HostIndex>& candidates) const {
  if (!spec.flavor.extra_specs.empty()) HostFilter::filter_all(hosts, spec, candidates);
}

bool ComputeCapabilitiesFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  for (const auto& [key, req] : spec.flavor.extra_specs) {
    std::vector<std::string> scope = filter_utils::py_split_on(key, ':');
    if (scope.size() == 1) {
      if (!host_attribute(hosts, h, key).exists && hosts.stats[h].count(key) == 0) continue;
    } else {
      if (scope[0] != "capabilities") continue;
      scope.erase(scope.begin());
    }
    auto cap = get_capabilities(hosts, h, scope);
    if (!cap) return false;
    if (!extra_specs_ops::match(py_str(*cap), req)) return false;
  }
  return true;
}

}  // namespace stacktwin::nova
