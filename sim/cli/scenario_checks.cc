#include "sim/cli/scenario_checks.h"

#include "models/nova/extra_specs_ops.h"
#include "models/nova/host_filter.h"
#include "models/nova/host_weigher.h"

namespace stacktwin::cli {

io::ScenarioChecks nova_scenario_checks() {
  io::ScenarioChecks checks;
  checks.filters.emplace();
  for (const auto& [name, entry] : nova::filter_registry().entries()) checks.filters->push_back(name);
  checks.weighers.emplace();
  for (const auto& [name, entry] : nova::weigher_registry().entries()) checks.weighers->push_back(name);
  checks.extra_spec_error = [](const std::string& value) {
    return nova::extra_specs_ops::extra_spec_error(value);
  };
  return checks;
}

void install_scenario_checks() { io::set_scenario_checks(nova_scenario_checks()); }

}  // namespace stacktwin::cli
