// The scenario checks that need the models (io::ScenarioChecks, scenario_loader.h): the
// registered filter and weigher names and the extra-spec operator checker of models/nova.
#pragma once

#include "sim/io/scenario_loader.h"

namespace stacktwin::cli {

// The models' checks: filter_registry() and weigher_registry() names as they stand now (call
// after registering any custom filters), and extra_specs_ops::extra_spec_error.
io::ScenarioChecks nova_scenario_checks();

// io::set_scenario_checks(nova_scenario_checks()): once at start-up, before loading.
void install_scenario_checks();

}  // namespace stacktwin::cli
