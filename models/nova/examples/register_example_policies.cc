#include "models/nova/examples/register_example_policies.h"

#include <memory>

#include "models/nova/examples/best_fit_weigher.h"
#include "models/nova/examples/rack_spread_filter.h"

namespace stacktwin::nova::examples {

void register_example_policies(FilterRegistry& filters, WeigherRegistry& weighers) {
  filters.add("RackSpreadFilter",
              "EXAMPLE (not Nova): anti-affinity groups at most max_server_per_rack (1) members per rack",
              [](const SchedulerConfig&) -> std::unique_ptr<HostFilter> { return std::make_unique<RackSpreadFilter>(); });
  weighers.add("BestFitWeigher",
               "EXAMPLE (not Nova): bin packing, least RAM + vCPU headroom fraction left after placing",
               [](const SchedulerConfig&) -> std::unique_ptr<HostWeigher> { return std::make_unique<BestFitWeigher>(); });
}

}  // namespace stacktwin::nova::examples
