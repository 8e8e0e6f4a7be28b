#include "models/nova/host_weigher.h"

namespace stacktwin::nova {

void register_nova_weighers(WeigherRegistry& registry) { (void)registry; }

}  // namespace stacktwin::nova
