// The researcher-policy examples (models/nova/examples/), registered on request.
//
// They are opt-in: filter_registry() and weigher_registry() hold Nova's own classes only, so a
// configuration that names an example without registering it fails with the usual list of valid
// names. The CLI/scenario layer calls register_example_policies() at start-up; a researcher's
// own policies follow the same pattern (docs/custom-policies.md).
#pragma once

#include "models/nova/host_filter.h"
#include "models/nova/host_weigher.h"

namespace stacktwin::nova::examples {

// Adds "RackSpreadFilter" to `filters` and "BestFitWeigher" to `weighers`. Calling it again
// replaces the entries with identical ones.
void register_example_policies(FilterRegistry& filters = filter_registry(),
                               WeigherRegistry& weighers = weigher_registry());

}  // namespace stacktwin::nova::examples
