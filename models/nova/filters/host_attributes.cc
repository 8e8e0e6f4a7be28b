#include "models/nova/filters/host_attributes.h"

#include <array>

#include "models/nova/extra_specs_ops.h"

namespace stacktwin::nova {

HostAttribute host_attribute(const HostStates& hosts, HostIndex h, std::string_view name) {
  using nlohmann::json;
  auto found = [](json v) { return HostAttribute{true, std::move(v)}; };
  if (name == "host") return found(hosts.host[h]);
  if (name == "nodename" || name == "hypervisor_hostname") return found(hosts.nodename[h]);
  if (name == "uuid") return found(hosts.uuid[h]);
  if (name == "cell_uuid") return found(hosts.cell_uuid[h]);
  if (name == "host_ip") return found(hosts.host_ip[h].empty() ? json(nullptr) : json(hosts.host_ip[h]));
  if (name == "hypervisor_type") return found(hosts.hypervisor_type[h]);
  if (name == "hypervisor_version") return found(hosts.hypervisor_version[h]);
  if (name == "total_usable_ram_mb") return found(hosts.total_usable_ram_mb[h]);
  if (name == "free_ram_mb") return found(hosts.free_ram_mb[h]);
  if (name == "total_usable_disk_gb") return found(hosts.total_usable_disk_gb[h]);
  if (name == "free_disk_mb") return found(hosts.free_disk_mb[h]);
  if (name == "vcpus_total") return found(hosts.vcpus_total[h]);
  if (name == "vcpus_used") return found(hosts.vcpus_used[h]);
  if (name == "num_instances") return found(hosts.num_instances[h]);
  if (name == "num_io_ops") return found(hosts.num_io_ops[h]);
  if (name == "failed_builds") return found(hosts.failed_builds[h]);
  if (name == "cpu_allocation_ratio") return found(hosts.cpu_allocation_ratio[h]);
  if (name == "ram_allocation_ratio") return found(hosts.ram_allocation_ratio[h]);
  if (name == "disk_allocation_ratio") return found(hosts.disk_allocation_ratio[h]);
  if (name == "stats") {
    json stats = json::object();
    for (const auto& [k, v] : hosts.stats[h]) stats[k] = v;
    return found(std::move(stats));
  }
  static constexpr std::array<std::string_view, 11> kUnmodelled{
      "cpu_info", "numa_topology", "pci_stats", "metrics", "aggregates", "instances",
      "supported_instances", "limits", "updated", "service", "disk_mb_used"};
  for (auto u : kUnmodelled)
    if (name == u) return found(nullptr);
  return {};
}

namespace {

std::string py_repr(const nlohmann::json& v) {
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    const char quote = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
    std::string out(1, quote);
    for (char c : s) {
      if (c == '\\') out += "\\\\";
      else if (c == quote) out += std::string("\\") + c;
      else if (c == '\n') out += "\\n";
      else if (c == '\t') out += "\\t";
      else if (c == '\r') out += "\\r";
      else out += c;
    }
    return out + quote;
  }
  return py_str(v);
}

}  // namespace

std::string py_str(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return "None";
    case nlohmann::json::value_t::boolean: return v.get<bool>() ? "True" : "False";
    case nlohmann::json::value_t::number_integer: return std::to_string(v.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: return std::to_string(v.get<std::uint64_t>());
    case nlohmann::json::value_t::number_float: return extra_specs_ops::py_float_str(v.get<double>());
    case nlohmann::json::value_t::string: return v.get<std::string>();
    case nlohmann::json::value_t::array: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + py_repr(v[i]);
      return out + "]";
    }
    case nlohmann::json::value_t::object: {
      std::string out = "{";
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it) {
        out += (first ? "" : ", ") + py_repr(it.key()) + ": " + py_repr(it.value());
        first = false;
      }
      return out + "}";
    }
    default: return "";
  }
}

bool py_truthy(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return false;
    case nlohmann::json::value_t::boolean: return v.get<bool>();
    case nlohmann::json::value_t::number_integer: return v.get<std::int64_t>() != 0;
    case nlohmann::json::value_t::number_unsigned: return v.get<std::uint64_t>() != 0;
    case nlohmann::json::value_t::number_float: return v.get<double>() != 0.0;
    case nlohmann::json::value_t::string: return !v.get_ref<const std::string&>().empty();
    case nlohmann::json::value_t::array:
    case nlohmann::json::value_t::object: return !v.empty();
    default: return false;
  }
}

}  // namespace stacktwin::nova
