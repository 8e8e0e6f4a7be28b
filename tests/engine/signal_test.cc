// Observer lists (sim/engine/signal.h): slots run in connection order; disconnect removes one.
#include "sim/engine/signal.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace stacktwin::sim {
namespace {

TEST(Signal, SlotsRunInConnectionOrder) {
  Signal<const std::string&, int> vm_started;
  std::vector<std::string> log;
  EXPECT_TRUE(vm_started.empty());
  vm_started.connect([&](const std::string& vm, int vcpus) {
    log.push_back("metering " + vm + " " + std::to_string(vcpus));
  });
  vm_started.connect([&](const std::string& vm, int) { log.push_back("energy " + vm); });
  vm_started.connect([&](const std::string& vm, int) { log.push_back("recorder " + vm); });
  EXPECT_EQ(vm_started.size(), 3u);
  vm_started.emit("vm-1", 4);
  EXPECT_EQ(log, (std::vector<std::string>{"metering vm-1 4", "energy vm-1", "recorder vm-1"}));
}

TEST(Signal, DisconnectRemovesOnlyThatSlot) {
  Signal<int> s;
  std::vector<int> log;
  const auto a = s.connect([&](int x) { log.push_back(100 + x); });
  const auto b = s.connect([&](int x) { log.push_back(200 + x); });
  const auto c = s.connect([&](int x) { log.push_back(300 + x); });
  EXPECT_NE(a, b);
  EXPECT_NE(b, c);
  s.disconnect(b);
  EXPECT_EQ(s.size(), 2u);
  s.emit(1);
  EXPECT_EQ(log, (std::vector<int>{101, 301}));

  s.disconnect(b);  // twice: nothing happens
  s.disconnect(999);
  EXPECT_EQ(s.size(), 2u);

  const auto d = s.connect([&](int x) { log.push_back(400 + x); });
  EXPECT_NE(d, b) << "tokens are not reused";
  s.disconnect(a);
  log.clear();
  s.emit(2);
  EXPECT_EQ(log, (std::vector<int>{302, 402}));
  s.disconnect(c);
  s.disconnect(d);
  EXPECT_TRUE(s.empty());
  s.emit(3);
  EXPECT_EQ(log.size(), 2u);
}

TEST(Signal, ArgumentsReachEverySlotUnchanged) {
  Signal<double, const std::vector<int>&> s;
  double sum = 0;
  std::size_t n = 0;
  s.connect([&](double x, const std::vector<int>& v) { sum += x * static_cast<double>(v.size()); });
  s.connect([&](double, const std::vector<int>& v) { n += v.size(); });
  s.emit(1.5, {1, 2, 3, 4});
  EXPECT_DOUBLE_EQ(sum, 6.0);
  EXPECT_EQ(n, 4u);
}

}  // namespace
}  // namespace stacktwin::sim
