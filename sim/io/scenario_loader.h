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

// Every cross-field check: unique host class and flavor names, workload flavors, availability
// zones and event host classes that exist, output.sample_interval <= duration, event times
// before duration, workload end after start. Throws ScenarioError citing value_origins.
void validate(const ScenarioConfig& config);

// The resolved configuration as YAML: every key in schema order with defaults filled in
// (unset optional keys left out), deterministic, for the results file's /meta. It loads back
// through load_scenario_text() to an equal configuration.
std::string resolved_yaml(const ScenarioConfig& config);

}  // namespace stacktwin::io
