#include "models/nova/request_spec.h"

namespace stacktwin::nova {

std::optional<std::string> RequestSpec::hint(const std::string& key) const {
  auto it = scheduler_hints.find(key);
  if (it == scheduler_hints.end() || it->second.empty()) return std::nullopt;
  return it->second.front();
}

bool RequestSpec::is_rebuild() const {
  auto it = scheduler_hints.find("_nova_check_type");
  return it != scheduler_hints.end() && it->second == std::vector<std::string>{"rebuild"};
}

}  // namespace stacktwin::nova
