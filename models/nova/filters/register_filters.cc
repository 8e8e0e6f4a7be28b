#include "models/nova/host_filter.h"

namespace stacktwin::nova {

void register_nova_filters(FilterRegistry& registry) { (void)registry; }

}  // namespace stacktwin::nova
