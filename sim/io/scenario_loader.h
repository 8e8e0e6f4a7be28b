// Scenario files -> ScenarioConfig (STYLE.md rule 10):
//
//   read the file -> parse YAML -> apply --set overrides -> convert to the config structs,
//   filling defaults (every key declared once in scenario_schema.cc) -> validate()
//
// Precedence: schema defaults < the scenario file < --set, applied in the order given.
// An override is "key.path=value": keys joined by '.', list indexes in brackets, keys that
// hold '.', '[', ']', '=' or '"' quoted in brackets:
//
//   seed=7   nova.DEFAULT.cpu_allocation_ratio=4   hosts[0].count=10
//   workload[0].arrival_rate=60/h   workload[0].flavors["m1.small"]=0.5
//   output={file: x.h5, sample_interval: 5m}
//
// The value is read as YAML (a scalar or a flow collection; empty is null). Missing map keys
// along the path are created (an unknown one is then rejected like one in the file); a list
// index must exist. Every failure is a ScenarioError; scenario_error.h lists the messages.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sim/io/scenario_config.h"
#include "sim/io/scenario_error.h"

namespace stacktwin::io {

// Loads `path`; `overrides` are --set texts. Keeps the file's bytes in source_text.
ScenarioConfig load_scenario(const std::string& path, const std::vector<std::string>& overrides);

// The same from text in memory; `file_label` stands for the file name in messages.
ScenarioConfig load_scenario_text(std::string text, std::string file_label,
                                  const std::vector<std::string>& overrides = {});

// What validate() cannot know by itself. sim/io depends on the engine only, but the valid
// filter and weigher names (nova::filter_registry(), nova::weigher_registry(), which
// researchers extend) and the operator language of flavor extra specs
// (nova::extra_specs_ops::extra_spec_error) live in models/nova. So the program injects them:
// sim/cli's install_scenario_checks() (scenario_checks.h) fills a ScenarioChecks from the
// models and calls set_scenario_checks() once at start-up, before loading anything; tests
// install lists of their own. A check left unset is skipped (names then meet the registries
// only when the world is built), so a program that never installs checks loads scenarios
// exactly as before. Not thread-safe: install before any thread loads.
struct ScenarioChecks {
  // Known names for nova.filter_scheduler.enabled_filters and .weight_classes; unset: any.
  std::optional<std::vector<std::string>> filters, weighers;
  // Why a flavor extra spec's value is a mistake, or nullopt; called for the specs filters
  // match (no scope, capabilities: or aggregate_instance_extra_specs:). Unset: not checked.
  std::function<std::optional<std::string>(const std::string& value)> extra_spec_error;
};
// Installs `checks` for every later load and validate(); returns the ones it replaces.
ScenarioChecks set_scenario_checks(ScenarioChecks checks);
const ScenarioChecks& scenario_checks();

// Every cross-field check: unique host class and flavor names, workload flavors, availability
// zones and event host classes that exist, output.sample_interval <= duration, event times
// before duration, workload end after start; unique aggregate names, host class aggregates
// that exist; known, unrepeated filters and weighers and well-formed extra specs (as far as
// scenario_checks() says). Throws ScenarioError citing value_origins.
void validate(const ScenarioConfig& config);

// The resolved configuration as YAML: every key in schema order with defaults filled in
// (unset optional keys left out), deterministic, for the results file's /meta. It loads back
// through load_scenario_text() to an equal configuration.
std::string resolved_yaml(const ScenarioConfig& config);

}  // namespace stacktwin::io
