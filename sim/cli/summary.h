// The run summary: an ordered list of dotted keys ("vms.rejection_rate") and values, printed as
// a table on the terminal and written as nested JSON for scripts (--summary-json).
//
// The keys are a contract that later issues extend (issue 2): vms.requested, vms.placed,
// vms.rejected, vms.rejection_rate, vms.lost_to_failures,
// resources.<VCPU|MEMORY_MB|DISK_GB>.peak_used and .mean_utilisation, engine.events,
// engine.wall_s, engine.events_per_s, seed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace stacktwin::cli {

class Summary {
 public:
  using Value = std::variant<std::int64_t, std::uint64_t, double, std::string>;

  void set(std::string key, Value value);
  const Value* find(const std::string& key) const;
  double number(const std::string& key) const;  // asserts the key exists and is numeric

  // Nested JSON, keys in insertion order, numbers with full precision.
  std::string to_json() const;
  // Aligned "key  value" lines for the terminal, grouped by the key's first part.
  std::string to_table() const;
  const std::vector<std::pair<std::string, Value>>& entries() const { return entries_; }

 private:
  std::vector<std::pair<std::string, Value>> entries_;
};

}  // namespace stacktwin::cli
