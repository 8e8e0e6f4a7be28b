#include "models/nova/request_spec.h"

namespace stacktwin::nova {

std::optional<std::string> RequestSpec::hint(const std::string& key) const {
  auto it = scheduler_hints.find(key);
  if (it == scheduler_hints.end() || it->second.empty()) return std::nullopt;
  return it->second.front();
}

}  // namespace stacktwin::nova
