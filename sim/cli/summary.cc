#include "sim/cli/summary.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace stacktwin::cli {

void Summary::set(std::string key, Value value) {
  for (auto& [k, v] : entries_) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  entries_.emplace_back(std::move(key), std::move(value));
}

const Summary::Value* Summary::find(const std::string& key) const {
  for (const auto& [k, v] : entries_)
    if (k == key) return &v;
  return nullptr;
}

double Summary::number(const std::string& key) const {
  const Value* v = find(key);
  assert(v && !std::holds_alternative<std::string>(*v));
  return std::visit(
      [](const auto& x) -> double {
        if constexpr (std::is_same_v<std::decay_t<decltype(x)>, std::string>) return 0.0;
        else return static_cast<double>(x);
      },
      *v);
}

std::string Summary::to_json() const {
  nlohmann::ordered_json root = nlohmann::ordered_json::object();
  for (const auto& [key, value] : entries_) {
    nlohmann::ordered_json* node = &root;
    std::size_t start = 0;
    for (std::size_t dot; (dot = key.find('.', start)) != std::string::npos; start = dot + 1)
      node = &(*node)[key.substr(start, dot - start)];
    std::visit([&](const auto& x) { (*node)[key.substr(start)] = x; }, value);
  }
  return root.dump(2) + "\n";
}

}  // namespace stacktwin::cli

namespace stacktwin::cli {

std::string Summary::to_table() const {
  std::size_t width = 0;
  for (const auto& [k, v] : entries_) width = std::max(width, k.size());
  std::string out, group;
  for (const auto& [key, value] : entries_) {
    const std::size_t dot = key.find('.');
    const std::string head = dot == std::string::npos ? "" : key.substr(0, dot);
    if (!out.empty() && head != group) out += "\n";
    group = head;
    std::string text = std::visit(
        [](const auto& x) -> std::string {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::string>) {
            return x;
          } else if constexpr (std::is_same_v<T, double>) {
            char buf[64];
            if (x == std::floor(x) && std::fabs(x) < 1e15)
              std::snprintf(buf, sizeof buf, "%.0f", x);
            else
              std::snprintf(buf, sizeof buf, "%.6g", x);
            return buf;
          } else {
            return std::to_string(x);
          }
        },
        value);
    out += "  " + key + std::string(width - key.size() + 2, ' ') + text + "\n";
  }
  return out;
}

}  // namespace stacktwin::cli
