// validate(): the checks that need more than one value. Per-value checks (type, unit, range)
// happen while reading, where the node is at hand.
#include <algorithm>
#include <map>
#include <set>

#include "sim/io/scenario_document.h"
#include "sim/io/scenario_loader.h"
#include "sim/io/scenario_reader.h"

namespace stacktwin::io {
namespace {

class Checker {
 public:
  explicit Checker(const ScenarioConfig& c) : c_(c) {}

  // Where the value at `path` came from: the loader's record, else the source file.
  Origin where(const std::string& path) const {
    if (auto it = c_.value_origins.find(path); it != c_.value_origins.end()) return it->second;
    return Origin{.file = c_.source_file, .path = path};
  }
  Origin where(const std::string& path, const Origin& fallback) const {
    if (c_.value_origins.count(path)) return where(path);
    Origin o = fallback.file.empty() ? where(path) : fallback;
    o.path = path;
    return o;
  }
  // The value as written, else as formatted (noting a default when the rest was loaded).
  std::string shown(const std::string& path, const std::string& formatted) const {
    const Origin o = where(path);
    if (!o.text.empty()) return quote_for_message(o.text);
    return quote_for_message(formatted) + (c_.value_origins.empty() ? "" : " (the default)");
  }
  std::string text_of(const std::string& path, const std::string& formatted) const {
    const Origin o = where(path);
    return escape_control(o.text.empty() ? formatted : o.text);
  }
  [[noreturn]] void bad_value(const std::string& path, const std::string& formatted,
                              const std::string& expected) const {
    throw ScenarioError(where(path), "bad value " + shown(path, formatted) + ": expected " + expected);
  }
  // "(first at line 8)", or where the first one came from when it has no line.
  std::string first_at(const std::string& path, const Origin& item) const {
    const Origin o = where(path, item);
    if (o.file == "--set") return "(first from --set " + o.override_text + ")";
    if (o.line > 0) return "(first at line " + std::to_string(o.line) + ")";
    return "(first at " + path + ")";
  }

  // Each name in `list` known (when `known` is set) and, when `unique`, not repeated.
  void names(const std::vector<std::string>& list, const std::string& path, const Origin& fallback,
             const std::optional<std::vector<std::string>>& known, const std::string& noun,
             const std::string& nouns, bool unique) const {
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = join_index(path, i);
      if (known && std::find(known->begin(), known->end(), list[i]) == known->end())
        throw ScenarioError(where(at, fallback), unknown_name(noun, nouns, list[i], *known));
      auto [it, fresh] = seen.emplace(list[i], i);
      if (fresh || !unique) continue;
      throw ScenarioError(where(at, fallback),
                          "duplicate " + noun + " " + quote_for_message(list[i]) + " " +
                              first_at(join_index(path, it->second), fallback));
    }
  }

  template <class T>
  void unique_names(const std::vector<T>& items, const std::string& list,
                    const std::string& noun) const {
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string path = join_key(join_index(list, i), "name");
      auto [it, fresh] = seen.emplace(items[i].name, i);
      if (fresh) continue;
      const std::string first = join_key(join_index(list, it->second), "name");
      throw ScenarioError(where(path, items[i].origin),
                          "duplicate " + noun + " " + quote_for_message(items[i].name) + " " +
                              first_at(first, items[it->second].origin));
    }
  }

 private:
  const ScenarioConfig& c_;
};

ScenarioChecks& installed_checks() {
  static ScenarioChecks checks;
  return checks;
}

// The extra specs that filters match with extra_specs_ops: ComputeCapabilitiesFilter reads
// unscoped and capabilities: keys, AggregateInstanceExtraSpecsFilter unscoped and
// aggregate_instance_extra_specs: ones; other scopes (hw:, trait:, ...) are not operators.
bool matched_by_filters(const std::string& key) {
  const auto colon = key.find(':');
  if (colon == std::string::npos) return true;
  const std::string scope = key.substr(0, colon);
  return scope == "capabilities" || scope == "aggregate_instance_extra_specs";
}

}  // namespace

ScenarioChecks set_scenario_checks(ScenarioChecks checks) {
  std::swap(installed_checks(), checks);
  return checks;
}

const ScenarioChecks& scenario_checks() { return installed_checks(); }

void validate(const ScenarioConfig& c) {
  const Checker check(c);
  const std::string duration_text = check.text_of("duration", sim::to_string(c.duration));

  if (c.output.sample_interval > c.duration)
    check.bad_value("output.sample_interval", sim::to_string(c.output.sample_interval),
                    "a duration <= duration (" + duration_text + ")");

  check.unique_names(c.hosts, "hosts", "host class");
  check.unique_names(c.aggregates, "aggregates", "aggregate");
  check.unique_names(c.flavors, "flavors", "flavor");

  const ScenarioChecks& checks = scenario_checks();
  const Origin none;
  check.names(c.nova.filter_scheduler.enabled_filters, "nova.filter_scheduler.enabled_filters",
              none, checks.filters, "filter", "filters", true);
  check.names(c.nova.filter_scheduler.weight_classes, "nova.filter_scheduler.weight_classes",
              none, checks.weighers, "weigher", "weighers", true);

  std::vector<std::string> aggregate_names;
  for (const auto& a : c.aggregates) aggregate_names.push_back(a.name);
  for (std::size_t i = 0; i < c.hosts.size(); ++i)
    check.names(c.hosts[i].aggregates, join_key(join_index("hosts", i), "aggregates"),
                c.hosts[i].origin, aggregate_names, "aggregate", "aggregates", true);

  for (std::size_t i = 0; i < c.aggregates.size(); ++i)
    for (const auto& [key, value] : c.aggregates[i].metadata)
      if (key.empty())
        throw ScenarioError(check.where(join_key(join_index("aggregates", i), "metadata"),
                                        c.aggregates[i].origin),
                            "bad key '': expected a non-empty string");

  for (std::size_t i = 0; i < c.flavors.size(); ++i) {
    const FlavorConfig& f = c.flavors[i];
    const std::string specs = join_key(join_index("flavors", i), "extra_specs");
    for (const auto& [key, value] : f.extra_specs) {
      const std::string at = join_quoted_key(specs, key);
      if (key.empty())
        throw ScenarioError(check.where(specs, f.origin),
                            "bad key '': expected a non-empty string");
      if (!checks.extra_spec_error || !matched_by_filters(key)) continue;
      if (auto problem = checks.extra_spec_error(value))
        throw ScenarioError(check.where(at, f.origin),
                            "bad value " + quote_for_message(value) + ": " +
                                escape_control(*problem));  // it may quote the value: one line
    }
  }

  std::vector<std::string> flavor_names, host_classes, zones;
  for (const auto& f : c.flavors) flavor_names.push_back(f.name);
  for (const auto& h : c.hosts) {
    host_classes.push_back(h.name);
    if (std::find(zones.begin(), zones.end(), h.availability_zone) == zones.end())
      zones.push_back(h.availability_zone);
  }

  for (std::size_t i = 0; i < c.workload.size(); ++i) {
    const WorkloadConfig& w = c.workload[i];
    const std::string path = join_index("workload", i);
    for (std::size_t k = 0; k < w.flavors.size(); ++k) {
      const std::string& name = w.flavors[k].first;
      if (std::find(flavor_names.begin(), flavor_names.end(), name) != flavor_names.end())
        continue;
      const std::string at = join_key(path, "flavors");
      throw ScenarioError(k < w.flavor_origins.size() ? w.flavor_origins[k] : check.where(at, w.origin),
                          unknown_name("flavor", "flavors", name, flavor_names));
    }
    if (!w.availability_zone.empty() &&
        std::find(zones.begin(), zones.end(), w.availability_zone) == zones.end()) {
      const std::string at = join_key(path, "availability_zone");
      throw ScenarioError(check.where(at, w.origin),
                          unknown_name("availability zone", "availability zones",
                                       w.availability_zone, zones));
    }
    if (w.end && *w.end <= w.start) {
      const std::string start = join_key(path, "start");
      check.bad_value(join_key(path, "end"), sim::to_string(*w.end),
                      "a time > start (" + check.text_of(start, sim::to_string(w.start)) + ")");
    }
  }

  for (std::size_t i = 0; i < c.events.size(); ++i) {
    const EventConfig& e = c.events[i];
    const std::string path = join_index("events", i);
    if (e.at.since_start() >= c.duration)
      check.bad_value(join_key(path, "at"), sim::to_string(e.at),
                      "a time < duration (" + duration_text + ")");
    if (std::find(host_classes.begin(), host_classes.end(), e.host_class) == host_classes.end())
      throw ScenarioError(check.where(join_key(path, "class"), e.origin),
                          unknown_name("host class", "host classes", e.host_class, host_classes));
  }
}

}  // namespace stacktwin::io
