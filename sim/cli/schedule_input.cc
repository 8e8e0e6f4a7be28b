#include "sim/cli/schedule_input.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "sim/engine/sha.h"

namespace stacktwin::cli {
namespace {

// Key order matters: the oracle iterates Python dicts (insertion order) for scheduler hints,
// placement overrides and aggregates.
using Json = nlohmann::ordered_json;

// uuid.NAMESPACE_URL, the namespace of the oracle's det_uuid().
constexpr std::string_view kNamespaceUrl = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

// ---- Python's str() / repr() / json.dumps() of JSON values --------------------------------
// The oracle turns stats, aggregate metadata, extra specs, group rules and scheduler hints
// into strings with str(v), and a non-string "query" hint with json.dumps(v); the strings
// filters later compare must be the same.

// float.__repr__: the shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16.
std::string python_float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, res.ptr);
  std::string sign;
  if (s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  const auto e = s.find('e');
  std::string digits = s.substr(0, e);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  const int exp = std::stoi(s.substr(e + 1));
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return sign + "0." + std::string(static_cast<std::size_t>(-exp - 1), '0') + digits;
    const auto int_len = static_cast<std::size_t>(exp) + 1;
    if (digits.size() <= int_len) return sign + digits + std::string(int_len - digits.size(), '0') + ".0";
    return sign + digits.substr(0, int_len) + "." + digits.substr(int_len);
  }
  std::string out = sign + digits.substr(0, 1);
  if (digits.size() > 1) out += "." + digits.substr(1);
  const int a = std::abs(exp);
  out += std::string("e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" : "") + std::to_string(a);
  return out;
}

std::string python_str_repr(const std::string& s) {
  const bool dq = s.find('\'') != std::string::npos && s.find('"') == std::string::npos;
  const char q = dq ? '"' : '\'';
  std::string out(1, q);
  for (unsigned char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == static_cast<unsigned char>(q)) out += std::string("\\") + q;
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + q;
}

std::string python_repr(const Json& v);

std::string python_str(const Json& v) {
  switch (v.type()) {
    case Json::value_t::string: return v.get<std::string>();
    case Json::value_t::boolean: return v.get<bool>() ? "True" : "False";
    case Json::value_t::null: return "None";
    case Json::value_t::number_integer: return std::to_string(v.get<std::int64_t>());
    case Json::value_t::number_unsigned: return std::to_string(v.get<std::uint64_t>());
    case Json::value_t::number_float: return python_float_repr(v.get<double>());
    case Json::value_t::array: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + python_repr(v[i]);
      return out + "]";
    }
    case Json::value_t::object: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, x] : v.items()) {
        out += (first ? "" : ", ") + python_str_repr(k) + ": " + python_repr(x);
        first = false;
      }
      return out + "}";
    }
    default: return v.dump();
  }
}

std::string python_repr(const Json& v) {
  return v.is_string() ? python_str_repr(v.get<std::string>()) : python_str(v);
}

// json.dumps(s) string escaping with ensure_ascii=True.
std::string json_dumps_string(const std::string& s) {
  static constexpr char kHex[] = "0123456789abcdef";
  auto u4 = [](unsigned cp) {
    std::string out = "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
    return out;
  };
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (c == '"') out += "\\\"";
      else if (c == '\\') out += "\\\\";
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\t') out += "\\t";
      else if (c == '\b') out += "\\b";
      else if (c == '\f') out += "\\f";
      else if (c < 0x20 || c == 0x7f) out += u4(c);
      else out += static_cast<char>(c);
      continue;
    }
    // nlohmann has validated the UTF-8, so the sequence is well formed.
    const int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    unsigned cp = c & (0x7f >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    i += static_cast<std::size_t>(len);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += u4(0xd800 + (cp >> 10));
      out += u4(0xdc00 + (cp & 0x3ff));
    } else {
      out += u4(cp);
    }
  }
  return out + "\"";
}

// json.dumps(v) with its default separators (", ", ": ") and key order.
std::string python_json_dumps(const Json& v) {
  switch (v.type()) {
    case Json::value_t::string: return json_dumps_string(v.get<std::string>());
    case Json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case Json::value_t::null: return "null";
    case Json::value_t::number_float: {
      const double d = v.get<double>();
      if (std::isnan(d)) return "NaN";
      if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
      return python_float_repr(d);
    }
    case Json::value_t::array: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + python_json_dumps(v[i]);
      return out + "]";
    }
    case Json::value_t::object: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, x] : v.items()) {
        out += (first ? "" : ", ") + json_dumps_string(k) + ": " + python_json_dumps(x);
        first = false;
      }
      return out + "}";
    }
    default: return python_str(v);  // integers
  }
}

// ---- typed access with one-line errors ----------------------------------------------------

std::string child(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}
std::string index(const std::string& path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const std::string& path, const std::string& what) const {
    throw ScheduleInputError(file_ + ": " + (path.empty() ? std::string("(document)") : path) +
                             ": " + what);
  }

  static std::string shown(const Json& v) {
    std::string s = v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
  }
  [[noreturn]] void wrong(const Json& v, const std::string& path, std::string_view expected) const {
    fail(path, "expected " + std::string(expected) + ", got " + shown(v));
  }

  // An object whose keys are all in `allowed` (sorted, for the error message).
  const Json& object(const Json& v, const std::string& path,
                     std::initializer_list<std::string_view> allowed) const {
    if (!v.is_object()) wrong(v, path, "an object");
    for (const auto& [k, x] : v.items()) {
      if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
      std::vector<std::string> names(allowed.begin(), allowed.end());
      std::sort(names.begin(), names.end());
      std::string list;
      for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
      fail(child(path, k), "unknown key (valid: " + list + ")");
    }
    return v;
  }
  // A map of free-form keys.
  const Json& any_object(const Json& v, const std::string& path) const {
    if (!v.is_object()) wrong(v, path, "an object");
    return v;
  }
  const Json& array(const Json& v, const std::string& path) const {
    if (!v.is_array()) wrong(v, path, "a list");
    return v;
  }

  // Python int(x) of a JSON number: an integer, or a float truncated toward zero.
  std::int64_t integer(const Json& v, const std::string& path) const {
    if (v.is_number_integer()) {
      if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
        fail(path, "integer out of range: " + shown(v));
      return v.get<std::int64_t>();
    }
    if (v.is_number_float()) {
      const double d = v.get<double>();
      if (!std::isfinite(d) || std::abs(d) >= 9.2e18) fail(path, "integer out of range: " + shown(v));
      return static_cast<std::int64_t>(d);
    }
    wrong(v, path, "an integer");
  }
  double number(const Json& v, const std::string& path) const {
    if (!v.is_number()) wrong(v, path, "a number");
    return v.get<double>();
  }
  bool boolean(const Json& v, const std::string& path) const {
    if (!v.is_boolean()) wrong(v, path, "a boolean");
    return v.get<bool>();
  }
  std::string string(const Json& v, const std::string& path) const {
    if (!v.is_string()) wrong(v, path, "a string");
    return v.get<std::string>();
  }
  std::vector<std::string> strings(const Json& v, const std::string& path) const {
    array(v, path);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) out.push_back(string(v[i], index(path, i)));
    return out;
  }
  // {k: str(v)} of a free-form object.
  std::map<std::string, std::string> str_map(const Json& v, const std::string& path) const {
    any_object(v, path);
    std::map<std::string, std::string> out;
    for (const auto& [k, x] : v.items()) out[k] = python_str(x);
    return out;
  }

 private:
  std::string file_;
};

// obj.get(key): the member or nullptr.
const Json* get(const Json& obj, std::string_view key) {
  const auto it = obj.find(std::string(key));
  return it == obj.end() ? nullptr : &*it;
}
// The member unless absent or null (the oracle's `x.get(key) or default` and nullable fields).
const Json* get_set(const Json& obj, std::string_view key) {
  const Json* v = get(obj, key);
  return v && !v->is_null() ? v : nullptr;
}
// Python truthiness, for the oracle's `if x:` / `x or default`.
bool truthy(const Json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_number()) return v->get<double>() != 0.0;
  if (v->is_string() || v->is_array() || v->is_object()) return !v->empty();
  return true;
}

// ---- config -------------------------------------------------------------------------------

void read_config(const Reader& rd, const Json& cfg, ScheduleInput& in) {
  rd.any_object(cfg, "config");
  auto& c = in.config;
  auto& cc = in.compute;
  for (const auto& [group, opts] : cfg.items()) {
    const std::string gpath = child("config", group);
    if (opts.is_null()) continue;
    rd.any_object(opts, gpath);
    for (const auto& [key, v] : opts.items()) {
      const std::string p = child(gpath, key);
      auto dbl = [&](double& dst) { dst = rd.number(v, p); };
      auto i64 = [&](std::int64_t& dst) { dst = rd.integer(v, p); };
      auto int_ = [&](int& dst) { dst = static_cast<int>(rd.integer(v, p)); };
      auto boo = [&](bool& dst) { dst = rd.boolean(v, p); };
      auto list = [&](std::vector<std::string>& dst) { dst = rd.strings(v, p); };
      auto opt_str = [&](std::optional<std::string>& dst) {
        if (v.is_null()) dst.reset();
        else dst = rd.string(v, p);
      };
      auto opt_dbl = [&](std::optional<double>& dst) {
        if (v.is_null()) dst.reset();
        else dst = rd.number(v, p);
      };
      bool known = true;
      if (group == "filter_scheduler") {
        if (key == "enabled_filters") list(c.enabled_filters);
        else if (key == "weight_classes") list(c.weight_classes);
        else if (key == "host_subset_size") int_(c.host_subset_size);
        else if (key == "shuffle_best_same_weighed_hosts") boo(c.shuffle_best_same_weighed_hosts);
        else if (key == "max_io_ops_per_host") i64(c.max_io_ops_per_host);
        else if (key == "max_instances_per_host") i64(c.max_instances_per_host);
        else if (key == "isolated_images") list(c.isolated_images);
        else if (key == "isolated_hosts") list(c.isolated_hosts);
        else if (key == "restrict_isolated_hosts_to_isolated_images")
          boo(c.restrict_isolated_hosts_to_isolated_images);
        else if (key == "aggregate_image_properties_isolation_namespace")
          opt_str(c.aggregate_image_properties_isolation_namespace);
        else if (key == "aggregate_image_properties_isolation_separator")
          c.aggregate_image_properties_isolation_separator = rd.string(v, p);
        else if (key == "image_properties_default_architecture")
          opt_str(c.image_properties_default_architecture);
        else if (key == "ram_weight_multiplier") dbl(c.ram_weight_multiplier);
        else if (key == "cpu_weight_multiplier") dbl(c.cpu_weight_multiplier);
        else if (key == "disk_weight_multiplier") dbl(c.disk_weight_multiplier);
        else if (key == "io_ops_weight_multiplier") dbl(c.io_ops_weight_multiplier);
        else if (key == "pci_weight_multiplier") dbl(c.pci_weight_multiplier);
        else if (key == "soft_affinity_weight_multiplier") dbl(c.soft_affinity_weight_multiplier);
        else if (key == "soft_anti_affinity_weight_multiplier")
          dbl(c.soft_anti_affinity_weight_multiplier);
        else if (key == "build_failure_weight_multiplier") dbl(c.build_failure_weight_multiplier);
        else if (key == "cross_cell_move_weight_multiplier")
          dbl(c.cross_cell_move_weight_multiplier);
        else known = false;
      } else if (group == "scheduler") {
        if (key == "max_attempts") int_(c.max_attempts);
        else if (key == "max_placement_results") i64(c.max_placement_results);
        else if (key == "query_placement_for_availability_zone")
          boo(c.query_placement_for_availability_zone);
        else if (key == "limit_tenants_to_placement_aggregate")
          boo(c.limit_tenants_to_placement_aggregate);
        else known = false;
      } else if (group == "metrics") {
        if (key == "weight_multiplier") dbl(c.metrics_weight_multiplier);
        else if (key == "weight_setting") list(c.metrics_weight_setting);
        else if (key == "required") boo(c.metrics_required);
        else if (key == "weight_of_unavailable") dbl(c.metrics_weight_of_unavailable);
        else known = false;
      } else if (group == "DEFAULT" || group.empty()) {
        if (key == "default_availability_zone") c.default_availability_zone = rd.string(v, p);
        else if (key == "service_down_time") c.service_down_time_s = static_cast<double>(rd.integer(v, p));
        else if (key == "cpu_allocation_ratio") opt_dbl(cc.cpu_allocation_ratio);
        else if (key == "ram_allocation_ratio") opt_dbl(cc.ram_allocation_ratio);
        else if (key == "disk_allocation_ratio") opt_dbl(cc.disk_allocation_ratio);
        else if (key == "initial_cpu_allocation_ratio") dbl(cc.initial_cpu_allocation_ratio);
        else if (key == "initial_ram_allocation_ratio") dbl(cc.initial_ram_allocation_ratio);
        else if (key == "initial_disk_allocation_ratio") dbl(cc.initial_disk_allocation_ratio);
        else if (key == "reserved_host_cpus") i64(cc.reserved_host_cpus);
        else if (key == "reserved_host_memory_mb") i64(cc.reserved_host_memory_mb);
        else if (key == "reserved_host_disk_mb") i64(cc.reserved_host_disk_mb);
        else known = false;
      } else {
        known = false;
      }
      if (!known) in.config_warnings.push_back(p + ": unknown option, ignored");
    }
  }
}

// ---- aggregates (build_aggregates) ---------------------------------------------------------

struct AggregateBuild {
  nova::Aggregate agg;
  std::vector<std::string> hosts;
};

std::size_t get_or_make(std::vector<AggregateBuild>& aggs, const std::string& name) {
  for (std::size_t i = 0; i < aggs.size(); ++i)
    if (aggs[i].agg.name == name) return i;
  AggregateBuild b;
  b.agg.name = name;
  b.agg.uuid = det_uuid({"agg", name});
  aggs.push_back(std::move(b));
  return aggs.size() - 1;
}

std::vector<AggregateBuild> build_aggregates(const Reader& rd, const Json& doc) {
  std::vector<AggregateBuild> aggs;
  if (const Json* list = get(doc, "aggregates")) {
    rd.array(*list, "aggregates");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string p = index("aggregates", i);
      const Json& a = rd.object((*list)[i], p, {"name", "metadata", "hosts"});
      const Json* name = get(a, "name");
      if (!name) rd.fail(child(p, "name"), "required field is missing");
      auto& b = aggs[get_or_make(aggs, rd.string(*name, child(p, "name")))];
      if (const Json* md = get(a, "metadata"))
        for (auto& [k, v] : rd.str_map(*md, child(p, "metadata"))) b.agg.metadata[k] = v;
      if (const Json* hosts = get(a, "hosts"))
        for (auto& h : rd.strings(*hosts, child(p, "hosts"))) b.hosts.push_back(h);
    }
  }
  const Json& hosts = doc.at("hosts");
  for (std::size_t i = 0; i < hosts.size(); ++i) {
    const std::string p = index("hosts", i);
    const Json& h = hosts[i];
    const std::string host = rd.string(h.at("host"), child(p, "host"));
    const Json* az = get(h, "availability_zone");
    if (truthy(az)) {
      const std::string zone = rd.string(*az, child(p, "availability_zone"));
      auto& b = aggs[get_or_make(aggs, "az-" + zone)];
      b.agg.metadata["availability_zone"] = zone;
      b.hosts.push_back(host);
    }
    if (const Json* names = get(h, "aggregates"))
      for (auto& name : rd.strings(*names, child(p, "aggregates")))
        aggs[get_or_make(aggs, name)].hosts.push_back(host);
  }
  return aggs;
}

// ---- hosts (build_host_state + PlacementEmulator._inventory) -------------------------------

bool is_percent_metric(const std::string& name) {
  // nova/objects/monitor_metric.py FIELDS_REQUIRING_CONVERSION
  return name == "cpu.user.percent" || name == "cpu.kernel.percent" ||
         name == "cpu.idle.percent" || name == "cpu.iowait.percent" || name == "cpu.percent";
}

constexpr std::string_view kMetricNames[] = {
    "cpu.frequency",     "cpu.user.time",      "cpu.kernel.time",    "cpu.idle.time",
    "cpu.iowait.time",   "cpu.user.percent",   "cpu.kernel.percent", "cpu.idle.percent",
    "cpu.iowait.percent", "cpu.percent",       "numa.membw.max",     "numa.membw.current"};

std::int64_t ceil_gb(std::int64_t mb) {  // nova.compute.utils.convert_mb_to_ceil_gb
  return mb ? static_cast<std::int64_t>(std::ceil(static_cast<double>(mb) / 1024.0)) : 0;
}

void read_host(const Reader& rd, const Json& h, const std::string& p, ScheduleInput& in,
               const std::vector<AggregateBuild>& aggs) {
  rd.object(h, p,
            {"host", "nodename", "uuid", "cell_uuid", "id", "vcpus", "vcpus_used", "memory_mb",
             "memory_mb_used", "free_ram_mb", "local_gb", "local_gb_used", "free_disk_gb",
             "disk_available_least", "cpu_allocation_ratio", "ram_allocation_ratio",
             "disk_allocation_ratio", "num_instances", "num_io_ops", "failed_builds", "stats",
             "host_ip", "hypervisor_type", "hypervisor_version", "supported_instances",
             "cpu_info", "availability_zone", "aggregates", "instances", "service", "metrics",
             "pci_pools", "traits", "placement"});
  const std::string host = rd.string(h.at("host"), child(p, "host"));
  std::string node = host;
  if (const Json* v = get(h, "nodename")) node = rd.string(*v, child(p, "nodename"));
  auto& hs = in.hosts;
  const nova::HostIndex i = hs.add(host, node);

  auto int_or = [&](std::string_view key, std::int64_t dflt) {
    const Json* v = get(h, key);
    return v ? rd.integer(*v, child(p, key)) : dflt;
  };
  auto str_or = [&](std::string_view key, std::string dflt) {
    const Json* v = get(h, key);
    return v ? rd.string(*v, child(p, key)) : dflt;
  };

  hs.uuid[i] = truthy(get(h, "uuid")) ? rd.string(h.at("uuid"), child(p, "uuid"))
                                      : det_uuid({"cn", host, node});
  hs.cell_uuid[i] = str_or("cell_uuid", det_uuid({"cell", "cell1"}));
  hs.host_ip[i] = str_or("host_ip", "127.0.0.1");
  hs.hypervisor_type[i] = str_or("hypervisor_type", "QEMU");
  hs.hypervisor_version[i] = int_or("hypervisor_version", 6002000);

  const std::int64_t memory_mb = int_or("memory_mb", 0);
  const std::int64_t memory_mb_used = int_or("memory_mb_used", 0);
  const std::int64_t local_gb = int_or("local_gb", 0);
  const std::int64_t local_gb_used = int_or("local_gb_used", 0);
  hs.vcpus_total[i] = int_or("vcpus", 0);
  hs.vcpus_used[i] = int_or("vcpus_used", 0);
  hs.total_usable_ram_mb[i] = memory_mb;
  hs.free_ram_mb[i] = int_or("free_ram_mb", memory_mb - memory_mb_used);
  hs.total_usable_disk_gb[i] = local_gb;
  // HostState._update_from_compute_node: the smaller of free_disk_gb and
  // disk_available_least (when reported), in MiB.
  std::int64_t free_gb = int_or("free_disk_gb", local_gb - local_gb_used);
  if (const Json* least = get_set(h, "disk_available_least"))
    free_gb = std::min(free_gb, rd.integer(*least, child(p, "disk_available_least")));
  hs.free_disk_mb[i] = free_gb * 1024;

  // ComputeNode._from_db_object: None or 0.0 -> CONF.x_allocation_ratio or
  // CONF.initial_x_allocation_ratio.
  auto ratio = [&](std::string_view key, const std::optional<double>& conf, double initial) {
    double v = 0.0;
    if (const Json* j = get_set(h, key)) v = rd.number(*j, child(p, key));
    if (v == 0.0) v = conf && *conf != 0.0 ? *conf : initial;
    return v;
  };
  hs.cpu_allocation_ratio[i] =
      ratio("cpu_allocation_ratio", in.compute.cpu_allocation_ratio, in.compute.initial_cpu_allocation_ratio);
  hs.ram_allocation_ratio[i] =
      ratio("ram_allocation_ratio", in.compute.ram_allocation_ratio, in.compute.initial_ram_allocation_ratio);
  hs.disk_allocation_ratio[i] = ratio("disk_allocation_ratio", in.compute.disk_allocation_ratio,
                                      in.compute.initial_disk_allocation_ratio);

  // Stats: the host's own, then the three the resource tracker writes (they win).
  if (const Json* st = get(h, "stats")) hs.stats[i] = rd.str_map(*st, child(p, "stats"));
  hs.num_instances[i] = int_or("num_instances", 0);
  hs.num_io_ops[i] = int_or("num_io_ops", 0);
  hs.failed_builds[i] = int_or("failed_builds", 0);
  hs.stats[i]["num_instances"] = std::to_string(hs.num_instances[i]);
  hs.stats[i]["io_workload"] = std::to_string(hs.num_io_ops[i]);
  hs.stats[i]["failed_builds"] = std::to_string(hs.failed_builds[i]);

  if (const Json* svc_j = get(h, "service")) {
    const std::string sp = child(p, "service");
    const Json& svc = rd.object(*svc_j, sp,
                                {"disabled", "disabled_reason", "forced_down", "seconds_since_heartbeat"});
    if (const Json* v = get(svc, "disabled")) hs.service_disabled[i] = rd.boolean(*v, child(sp, "disabled"));
    if (const Json* v = get(svc, "forced_down"))
      hs.service_forced_down[i] = rd.boolean(*v, child(sp, "forced_down"));
    if (const Json* v = get(svc, "seconds_since_heartbeat"))
      hs.seconds_since_heartbeat[i] = rd.number(*v, child(sp, "seconds_since_heartbeat"));
  }

  if (const Json* ms = get(h, "metrics")) {
    const std::string mp = child(p, "metrics");
    rd.array(*ms, mp);
    for (std::size_t k = 0; k < ms->size(); ++k) {
      const std::string ep = index(mp, k);
      const Json& m = rd.object((*ms)[k], ep, {"name", "value", "timestamp", "source"});
      const Json* name_j = get(m, "name");
      if (!name_j) rd.fail(child(ep, "name"), "required field is missing");
      const std::string name = rd.string(*name_j, child(ep, "name"));
      if (std::find(std::begin(kMetricNames), std::end(kMetricNames), name) == std::end(kMetricNames)) {
        std::vector<std::string> valid(std::begin(kMetricNames), std::end(kMetricNames));
        std::sort(valid.begin(), valid.end());
        std::string list;
        for (const auto& n : valid) list += (list.empty() ? "" : ", ") + n;
        rd.fail(child(ep, "name"), "unknown metric \"" + name + "\" (valid: " + list + ")");
      }
      const Json* value_j = get(m, "value");
      if (!value_j) rd.fail(child(ep, "value"), "required field is missing");
      // MonitorMetricList.from_json multiplies percentages by 100; MonitorMetric.value is an
      // IntegerField, so int() then truncates (0.29 * 100 -> 28).
      double v = rd.number(*value_j, child(ep, "value"));
      if (value_j->is_number_integer()) {
        std::int64_t iv = value_j->get<std::int64_t>();
        if (is_percent_metric(name)) iv *= 100;
        v = static_cast<double>(iv);
      } else {
        if (is_percent_metric(name)) v *= 100;
        v = std::trunc(v);
      }
      hs.metrics[i][name] = v;
    }
  }

  if (const Json* pools = get(h, "pci_pools")) {
    const std::string pp = child(p, "pci_pools");
    rd.array(*pools, pp);
    for (std::size_t k = 0; k < pools->size(); ++k) {
      const std::string ep = index(pp, k);
      const Json& pj = rd.object((*pools)[k], ep, {"vendor_id", "product_id", "count", "numa_node", "tags"});
      nova::PciPool pool;
      for (std::string_view req : {"vendor_id", "product_id", "count"})
        if (!get(pj, req)) rd.fail(child(ep, req), "required field is missing");
      pool.vendor_id = rd.string(pj.at("vendor_id"), child(ep, "vendor_id"));
      pool.product_id = rd.string(pj.at("product_id"), child(ep, "product_id"));
      pool.count = rd.integer(pj.at("count"), child(ep, "count"));
      if (const Json* n = get_set(pj, "numa_node")) pool.numa_node = rd.integer(*n, child(ep, "numa_node"));
      if (const Json* t = get(pj, "tags")) pool.tags = rd.str_map(*t, child(ep, "tags"));
      hs.pci_pools[i].push_back(std::move(pool));
    }
  }

  if (const Json* si = get(h, "supported_instances")) {
    const std::string sp = child(p, "supported_instances");
    rd.array(*si, sp);
    for (std::size_t k = 0; k < si->size(); ++k) {
      const auto parts = rd.strings((*si)[k], index(sp, k));
      if (parts.size() != 3) rd.fail(index(sp, k), "expected [arch, hv_type, vm_mode], got " + Reader::shown((*si)[k]));
      hs.supported_instances[i].push_back({parts[0], parts[1], parts[2]});
    }
  } else {
    hs.supported_instances[i].push_back({"x86_64", "qemu", "hvm"});
  }

  if (const Json* inst = get(h, "instances")) hs.instances[i] = rd.strings(*inst, child(p, "instances"));
  if (const Json* ci = get(h, "cpu_info")) rd.any_object(*ci, child(p, "cpu_info"));
  if (const Json* id = get(h, "id")) rd.integer(*id, child(p, "id"));

  // HostState.aggregates: every aggregate listing the host, in creation order.
  for (std::size_t a = 0; a < aggs.size(); ++a)
    if (std::find(aggs[a].hosts.begin(), aggs[a].hosts.end(), host) != aggs[a].hosts.end())
      hs.aggregates[i].push_back(static_cast<std::uint32_t>(a));

  // PlacementEmulator._inventory: the libvirt driver's update_provider_tree() shape.
  const auto& cc = in.compute;
  const std::int64_t reserved_disk_gb = ceil_gb(cc.reserved_host_disk_mb);
  HostPlacementInput rp;
  rp.inventories.push_back({"VCPU", hs.vcpus_total[i], cc.reserved_host_cpus, 1, hs.vcpus_total[i], 1,
                            std::max<std::int64_t>(hs.vcpus_used[i] - cc.reserved_host_cpus, 0),
                            hs.cpu_allocation_ratio[i]});
  rp.inventories.push_back({"MEMORY_MB", memory_mb, cc.reserved_host_memory_mb, 1, memory_mb, 1,
                            std::max<std::int64_t>(memory_mb_used - cc.reserved_host_memory_mb, 0),
                            hs.ram_allocation_ratio[i]});
  rp.inventories.push_back({"DISK_GB", local_gb, reserved_disk_gb, 1, local_gb, 1,
                            std::max<std::int64_t>(local_gb_used - reserved_disk_gb, 0),
                            hs.disk_allocation_ratio[i]});
  if (const Json* over = get_set(h, "placement")) {
    const std::string op = child(p, "placement");
    rd.any_object(*over, op);
    for (const auto& [rc, fields] : over->items()) {
      const std::string rp_path = child(op, rc);
      rd.object(fields, rp_path,
                {"total", "reserved", "min_unit", "max_unit", "step_size", "allocation_ratio", "used"});
      PlacementInventoryInput* inv = nullptr;
      for (auto& x : rp.inventories)
        if (x.resource_class == rc) inv = &x;
      if (!inv) {
        PlacementInventoryInput fresh;  // the emulator's setdefault() record
        fresh.resource_class = rc;
        rp.inventories.push_back(fresh);
        inv = &rp.inventories.back();
      }
      for (const auto& [k, v] : fields.items()) {
        const std::string fp = child(rp_path, k);
        if (k == "total") inv->total = rd.integer(v, fp);
        else if (k == "reserved") inv->reserved = rd.integer(v, fp);
        else if (k == "min_unit") inv->min_unit = rd.integer(v, fp);
        else if (k == "max_unit") inv->max_unit = rd.integer(v, fp);
        else if (k == "step_size") inv->step_size = rd.integer(v, fp);
        else if (k == "used") inv->used = rd.integer(v, fp);
        else inv->allocation_ratio = rd.number(v, fp);
      }
    }
  }
  std::set<std::string> traits{"COMPUTE_NODE"};
  if (const Json* t = get(h, "traits")) {
    const auto list = rd.strings(*t, child(p, "traits"));
    traits = std::set<std::string>(list.begin(), list.end());
  }
  // ComputeManager sets this trait on the provider of a disabled service.
  if (hs.service_disabled[i]) traits.insert("COMPUTE_STATUS_DISABLED");
  rp.traits.assign(traits.begin(), traits.end());
  in.placement.push_back(std::move(rp));
}

// ---- request (build_request) ---------------------------------------------------------------

void read_request(const Reader& rd, const Json& r, const Json& hosts, ScheduleInput& in) {
  const std::string p = "request";
  rd.object(r, p,
            {"flavor", "num_instances", "availability_zone", "scheduler_hints", "project_id",
             "user_id", "image", "instance_group", "ignore_hosts", "force_hosts", "force_nodes",
             "requested_destination", "instance_uuids", "is_bfv"});
  auto& spec = in.request;

  if (const Json* fj = get(r, "flavor")) {
    const std::string fp = child(p, "flavor");
    const Json& f = rd.object(*fj, fp,
                              {"id", "flavorid", "name", "vcpus", "memory_mb", "root_gb",
                               "ephemeral_gb", "swap", "extra_specs"});
    auto fint = [&](std::string_view key, std::int64_t dflt) {
      const Json* v = get(f, key);
      return v ? rd.integer(*v, child(fp, key)) : dflt;
    };
    spec.flavor.sizes.name = get(f, "name") ? rd.string(f.at("name"), child(fp, "name")) : "oracle.flavor";
    spec.flavor.sizes.vcpus = fint("vcpus", 1);
    spec.flavor.sizes.ram_mb = fint("memory_mb", 512);
    spec.flavor.sizes.disk_gb = fint("root_gb", 1);
    spec.flavor.sizes.ephemeral_gb = fint("ephemeral_gb", 0);
    spec.flavor.sizes.swap_mb = fint("swap", 0);
    if (const Json* es = get(f, "extra_specs")) spec.flavor.extra_specs = rd.str_map(*es, child(fp, "extra_specs"));
  } else {
    spec.flavor.sizes = {"oracle.flavor", 1, 512, 1, 0, 0};
  }

  spec.image_id = det_uuid({"image", "default"});
  if (const Json* ij = get(r, "image")) {
    const std::string ip = child(p, "image");
    const Json& img = rd.object(*ij, ip, {"id", "name", "properties"});
    if (const Json* id = get(img, "id")) spec.image_id = rd.string(*id, child(ip, "id"));
    if (const Json* name = get(img, "name")) rd.string(*name, child(ip, "name"));
    if (const Json* props = get(img, "properties"))
      spec.image_properties = rd.str_map(*props, child(ip, "properties"));
  }

  // Hints: every value a list of strings; a non-string "query" is JSON-encoded first.
  if (const Json* hj = get_set(r, "scheduler_hints")) {
    const std::string hp = child(p, "scheduler_hints");
    rd.any_object(*hj, hp);
    for (const auto& [k, v] : hj->items()) {
      std::vector<std::string> values;
      if (k == "query" && !v.is_string()) values.push_back(python_json_dumps(v));
      else if (v.is_array())
        for (const auto& x : v) values.push_back(python_str(x));
      else values.push_back(python_str(v));
      spec.scheduler_hints[k] = std::move(values);
    }
  }

  spec.num_instances = get(r, "num_instances") ? rd.integer(r.at("num_instances"), child(p, "num_instances")) : 1;
  if (truthy(get(r, "instance_uuids"))) {
    spec.instance_uuids = rd.strings(r.at("instance_uuids"), child(p, "instance_uuids"));
  } else {
    for (std::int64_t k = 0; k < spec.num_instances; ++k)
      spec.instance_uuids.push_back(det_uuid({"instance", std::to_string(k)}));
  }
  if (spec.instance_uuids.empty())
    rd.fail(child(p, "num_instances"), "expected at least one instance, got " + std::to_string(spec.num_instances));
  spec.instance_uuid = spec.instance_uuids.front();

  if (const Json* az = get_set(r, "availability_zone"))
    spec.availability_zone = rd.string(*az, child(p, "availability_zone"));
  if (const Json* v = get(r, "project_id")) spec.project_id = rd.string(*v, child(p, "project_id"));
  if (const Json* v = get(r, "user_id")) spec.user_id = rd.string(*v, child(p, "user_id"));
  if (const Json* v = get_set(r, "ignore_hosts")) spec.ignore_hosts = rd.strings(*v, child(p, "ignore_hosts"));
  if (const Json* v = get_set(r, "force_hosts")) spec.force_hosts = rd.strings(*v, child(p, "force_hosts"));
  if (const Json* v = get_set(r, "force_nodes")) spec.force_nodes = rd.strings(*v, child(p, "force_nodes"));
  if (const Json* v = get(r, "is_bfv")) spec.is_bfv = rd.boolean(*v, child(p, "is_bfv"));

  const Json* gj = get(r, "instance_group");
  if (truthy(gj)) {
    const std::string gp = child(p, "instance_group");
    const Json& g = rd.object(*gj, gp,
                              {"policy", "members", "hosts", "rules", "uuid", "name",
                               "add_request_to_members"});
    nova::InstanceGroup group;
    const Json* pol = get(g, "policy");
    if (!pol) rd.fail(child(gp, "policy"), "required field is missing");
    group.policy = rd.string(*pol, child(gp, "policy"));
    if (const Json* m = get(g, "members")) group.members = rd.strings(*m, child(gp, "members"));
    bool add = true;
    if (const Json* a = get(g, "add_request_to_members")) add = rd.boolean(*a, child(gp, "add_request_to_members"));
    if (add) {
      // nova-api adds the instances being created to the group before scheduling.
      for (const auto& u : spec.instance_uuids)
        if (std::find(group.members.begin(), group.members.end(), u) == group.members.end())
          group.members.push_back(u);
    }
    if (const Json* hj = get_set(g, "hosts")) {
      group.hosts = rd.strings(*hj, child(gp, "hosts"));
    } else {
      // setup_instance_group(): the hosts of the members, in host order.
      const std::set<std::string> members(group.members.begin(), group.members.end());
      for (std::size_t i = 0; i < in.hosts.size(); ++i) {
        bool hit = false;
        for (const auto& u : in.hosts.instances[i]) hit = hit || members.count(u) > 0;
        if (hit && std::find(group.hosts.begin(), group.hosts.end(), in.hosts.host[i]) == group.hosts.end())
          group.hosts.push_back(in.hosts.host[i]);
      }
    }
    (void)hosts;
    if (const Json* rules = get(g, "rules")) group.rules = rd.str_map(*rules, child(gp, "rules"));
    group.uuid = get(g, "uuid") ? rd.string(g.at("uuid"), child(gp, "uuid")) : det_uuid({"group", group.policy});
    if (const Json* n = get(g, "name")) rd.string(*n, child(gp, "name"));
    // The API passes the group through the "group" scheduler hint.
    spec.scheduler_hints.try_emplace("group", std::vector<std::string>{group.uuid});
    spec.instance_group = std::move(group);
  }

  const Json* dj = get(r, "requested_destination");
  if (truthy(dj)) {
    const std::string dp = child(p, "requested_destination");
    const Json& d = rd.object(*dj, dp, {"host", "node"});
    const Json* host = get(d, "host");
    if (!host) rd.fail(child(dp, "host"), "required field is missing");
    RequestedDestination dest;
    dest.host = rd.string(*host, child(dp, "host"));
    if (const Json* node = get_set(d, "node")) dest.node = rd.string(*node, child(dp, "node"));
    in.request.requested_destination = nova::Destination{dest.host, dest.node};
    in.requested_destination = std::move(dest);
  }
}

std::string base_name(std::string_view file) {
  const auto slash = file.find_last_of('/');
  return std::string(slash == std::string_view::npos ? file : file.substr(slash + 1));
}

}  // namespace

const PlacementInventoryInput* HostPlacementInput::find(std::string_view resource_class) const {
  for (const auto& inv : inventories)
    if (inv.resource_class == resource_class) return &inv;
  return nullptr;
}

std::string det_uuid(const std::vector<std::string>& parts) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) joined += (i ? "/" : "") + parts[i];
  return sim::uuid5(kNamespaceUrl, joined);
}

ScheduleInput parse_schedule_input(std::string_view json_text, std::string_view file_name) {
  const Reader rd{std::string(file_name)};
  Json doc;
  try {
    doc = Json::parse(json_text.begin(), json_text.end());
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    std::replace(what.begin(), what.end(), '\n', ' ');
    throw ScheduleInputError(std::string(file_name) + ": invalid JSON: " + what);
  }
  rd.object(doc, "", {"config", "hosts", "aggregates", "request", "filters", "weighers", "placement", "seed"});

  ScheduleInput in;
  if (const Json* cfg = get_set(doc, "config")) read_config(rd, *cfg, in);

  const Json* hosts = get(doc, "hosts");
  if (!hosts) rd.fail("hosts", "required field is missing");
  rd.array(*hosts, "hosts");
  for (std::size_t i = 0; i < hosts->size(); ++i) {
    const std::string p = index("hosts", i);
    if (!(*hosts)[i].is_object()) rd.wrong((*hosts)[i], p, "an object");
    if (!get((*hosts)[i], "host")) rd.fail(child(p, "host"), "required field is missing");
  }
  const auto aggs = build_aggregates(rd, doc);
  for (std::size_t i = 0; i < hosts->size(); ++i) read_host(rd, (*hosts)[i], index("hosts", i), in, aggs);
  for (const auto& a : aggs) in.hosts.all_aggregates.push_back(a.agg);

  if (const Json* r = get(doc, "request")) read_request(rd, *r, *hosts, in);
  else read_request(rd, Json::object(), *hosts, in);

  if (const Json* f = get_set(doc, "filters")) in.filters = rd.strings(*f, "filters");
  else in.filters = in.config.enabled_filters;
  if (const Json* w = get_set(doc, "weighers")) in.weighers = rd.strings(*w, "weighers");
  if (const Json* pl = get(doc, "placement")) in.use_placement = rd.boolean(*pl, "placement");
  if (const Json* s = get(doc, "seed")) {
    if (!s->is_number_integer()) rd.wrong(*s, "seed", "an integer");
    in.seed = rd.integer(*s, "seed");
  }
  return in;
}

ScheduleInput load_schedule_input(const std::filesystem::path& path) {
  const std::string name = base_name(path.string());
  std::ifstream f(path, std::ios::binary);
  if (!f) throw ScheduleInputError(name + ": cannot open " + path.string());
  std::ostringstream ss;
  ss << f.rdbuf();
  return parse_schedule_input(ss.str(), name);
}

}  // namespace stacktwin::cli
