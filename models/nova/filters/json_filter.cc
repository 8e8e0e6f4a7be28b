#include "models/nova/filters/json_filter.h"

#include <nlohmann/json.hpp>

#include "models/nova/filters/filter_error.h"
#include "models/nova/filters/filter_utils.h"
#include "models/nova/filters/host_attributes.h"

namespace stacktwin::nova {
namespace {

using nlohmann::json;

bool is_num(const json& v) { return v.is_number() || v.is_boolean(); }

double num(const json& v) { return v.is_boolean() ? (v.get<bool>() ? 1.0 : 0.0) : v.get<double>(); }

bool py_eq(const json& a, const json& b) {
  if (is_num(a) && is_num(b)) {
    if ((a.is_number_integer() || a.is_boolean()) && (b.is_number_integer() || b.is_boolean())) {
      auto as_int = [](const json& v) { return v.is_boolean() ? std::int64_t{v.get<bool>()} : v.get<std::int64_t>(); };
      return as_int(a) == as_int(b);
    }
    return num(a) == num(b);
  }
  if (a.is_string() && b.is_string()) return a.get_ref<const std::string&>() == b.get_ref<const std::string&>();
  if (a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!py_eq(a[i], b[i])) return false;
    return true;
  }
  if (a.is_object() && b.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto jt = b.find(it.key());
      if (jt == b.end() || !py_eq(it.value(), *jt)) return false;
    }
    return true;
  }
  return a.is_null() && b.is_null();
}

// Python's a < b as -1/0/1 ordering; TypeError for unorderable operands.
int py_order(const json& a, const json& b) {
  if (is_num(a) && is_num(b)) {
    if (py_eq(a, b)) return 0;
    return num(a) < num(b) ? -1 : 1;
  }
  if (a.is_string() && b.is_string()) {
    const int c = a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (a.is_array() && b.is_array()) {
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
      if (!py_eq(a[i], b[i])) return py_order(a[i], b[i]);
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
  }
  throw FilterError("TypeError: JsonFilter cannot order " + std::string(a.type_name()) + " and " + b.type_name());
}

bool op_compare(const std::vector<json>& args, const std::string& op) {
  if (args.size() < 2) return false;
  if (op == "in") {
    for (std::size_t i = 1; i < args.size(); ++i)
      if (py_eq(args[0], args[i])) return true;
    return false;
  }
  for (std::size_t i = 1; i < args.size(); ++i) {
    bool ok;
    if (op == "=") {
      ok = py_eq(args[0], args[i]);
    } else {
      const int c = py_order(args[0], args[i]);
      ok = op == "<" ? c < 0 : op == ">" ? c > 0 : op == "<=" ? c <= 0 : c >= 0;
    }
    if (!ok) return false;
  }
  return true;
}

json parse_string(const std::string& s, const HostStates& hosts, HostIndex h) {
  if (s.empty()) return nullptr;
  if (s[0] != '$') return s;
  const auto path = filter_utils::py_split_on(s.substr(1), '.');
  json obj = host_attribute(hosts, h, path[0]).value;
  if (obj.is_null()) return nullptr;
  for (std::size_t i = 1; i < path.size(); ++i) {
    if (!obj.is_object())
      throw FilterError("AttributeError: '" + std::string(obj.type_name()) + "' object has no attribute 'get' (" + s + ")");
    auto it = obj.find(path[i]);
    if (it == obj.end() || it->is_null()) return nullptr;
    obj = *it;
  }
  return obj;
}

json process_filter(const json& query, const HostStates& hosts, HostIndex h) {
  if (!py_truthy(query)) return true;
  std::vector<json> items;
  if (query.is_array()) {
    items.assign(query.begin(), query.end());
  } else if (query.is_string()) {  // a string is indexed and sliced character by character
    for (char c : query.get<std::string>()) items.emplace_back(std::string(1, c));
  } else if (query.is_object()) {
    throw FilterError("KeyError: 0 (JsonFilter query is a JSON object)");
  } else {
    throw FilterError("TypeError: JsonFilter query is not subscriptable: " + query.dump());
  }
  const json& cmd = items[0];
  static const char* kCommands[] = {"=", "<", ">", "in", "<=", ">=", "not", "or", "and"};
  if (!cmd.is_string() || std::find(std::begin(kCommands), std::end(kCommands), cmd.get<std::string>()) == std::end(kCommands))
    throw FilterError("KeyError: JsonFilter has no command " + cmd.dump());
  const std::string op = cmd.get<std::string>();
  std::vector<json> args;
  for (std::size_t i = 1; i < items.size(); ++i) {
    json arg = items[i];
    if (arg.is_array()) arg = process_filter(arg, hosts, h);
    else if (arg.is_string()) arg = parse_string(arg.get<std::string>(), hosts, h);
    if (!arg.is_null()) args.push_back(std::move(arg));
  }
  if (op == "not") {
    json out = json::array();
    for (const auto& a : args) out.push_back(!py_truthy(a));
    return out;
  }
  if (op == "or") return std::any_of(args.begin(), args.end(), [](const json& a) { return py_truthy(a); });
  if (op == "and") return std::all_of(args.begin(), args.end(), [](const json& a) { return py_truthy(a); });
  return op_compare(args, op);
}

}  // namespace

bool JsonFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  auto it = spec.scheduler_hints.find("query");
  if (it == spec.scheduler_hints.end() || it->second.empty()) return true;
  if (it->second.size() > 1) throw FilterError("TypeError: JsonFilter hint 'query' has several values");
  const std::string& query = it->second[0];
  if (query.empty()) return true;
  json parsed;
  try {
    parsed = json::parse(query);
  } catch (const json::exception& e) {
    throw FilterError(std::string("ValueError: JsonFilter query is not JSON: ") + e.what());
  }
  json result = process_filter(parsed, hosts, h);
  if (result.is_array()) return std::any_of(result.begin(), result.end(), [](const json& a) { return py_truthy(a); });
  return py_truthy(result);
}

}  // namespace stacktwin::nova
