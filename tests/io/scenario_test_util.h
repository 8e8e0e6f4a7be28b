// Helpers shared by the scenario loader tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sim/io/scenario_loader.h"

namespace stacktwin::io::testing {

// The error a document gives, or "no error".
inline std::string error_of(const std::string& text, const std::vector<std::string>& overrides = {},
                            const std::string& label = "q.yaml") {
  try {
    load_scenario_text(text, label, overrides);
  } catch (const ScenarioError& e) {
    return e.what();
  }
  return "no error";
}

inline std::string file_error_of(const std::string& path,
                                 const std::vector<std::string>& overrides = {}) {
  try {
    load_scenario(path, overrides);
  } catch (const ScenarioError& e) {
    return e.what();
  }
  return "no error";
}

// `text` with the one occurrence of `from` replaced by `to`.
inline std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "no '" << from << "' in the document";
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << "'" << from << "' is not unique";
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// A small valid scenario; one key per flow map entry so that columns are easy to count.
inline const std::string kBase =
    "name: q\n"                                                                             // 1
    "duration: 30d\n"                                                                       // 2
    "hosts:\n"                                                                              // 3
    "  - {name: std, count: 4, availability_zone: az1, vcpus: 64, memory: 512GiB, disk: 4TiB}\n"  // 4
    "flavors:\n"                                                                            // 5
    "  - {name: m1.small, vcpus: 1, ram: 2048}\n"                                           // 6
    "  - {name: m1.large, vcpus: 4, ram: 8192, disk: 80}\n"                                 // 7
    "workload:\n"                                                                           // 8
    "  - kind: poisson\n"                                                                   // 9
    "    arrival_rate: 30/h\n"                                                              // 10
    "    lifetime: {distribution: exponential, mean: 12h}\n"                                // 11
    "    flavors: {m1.small: 0.7, m1.large: 0.3}\n"                                         // 12
    "events:\n"                                                                             // 13
    "  - {at: 10d, action: fail_hosts, class: std, count: 4}\n";                            // 14

inline std::string data_path(const std::string& name) {
  return std::string(STACKTWIN_SOURCE_DIR) + "/tests/io/data/" + name;
}

}  // namespace stacktwin::io::testing
