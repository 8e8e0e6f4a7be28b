// Placement's capacity rule and the first-candidate search, against hand-computed cases and a
// linear scan.
#include <gtest/gtest.h>

#include <random>

#include "models/placement/provider_table.h"

namespace stacktwin::placement {
namespace {

Inventories make(std::int64_t vcpus, std::int64_t mem_mb, std::int64_t disk_gb, double cpu_ratio = 16.0,
                 double ram_ratio = 1.5, double disk_ratio = 1.0, std::int64_t reserved_mem = 512) {
  Inventories inv{};
  inv[0] = {vcpus, 0, 1, vcpus, 1, cpu_ratio};
  inv[1] = {mem_mb, reserved_mem, 1, mem_mb, 1, ram_ratio};
  inv[2] = {disk_gb, 0, 1, disk_gb, 1, disk_ratio};
  return inv;
}

TEST(Inventory, CapacityIsTruncatedProductOfUsableAndRatio) {
  Inventory mem{1000, 512, 1, 1000, 1, 1.5};
  EXPECT_EQ(mem.capacity(), 732);  // int((1000 - 512) * 1.5)
  Inventory odd{3, 0, 1, 3, 1, 1.1};
  EXPECT_EQ(odd.capacity(), 3);  // int(3.3000000000000003)
  EXPECT_TRUE(odd.fits(2, 1));
  EXPECT_FALSE(odd.fits(3, 1));
  Inventory negative{4, 8, 1, 4, 1, 1.0};  // reserved above total: nothing fits
  EXPECT_LT(negative.capacity(), 0);
  EXPECT_FALSE(negative.fits(0, 1));
}

TEST(Inventory, MinMaxAndStepAreCheckedBeforeCapacity) {
  Inventory inv{64, 0, 2, 8, 2, 16.0};
  EXPECT_FALSE(inv.fits(0, 1));   // below min_unit
  EXPECT_FALSE(inv.fits(0, 10));  // above max_unit even though capacity is 1024
  EXPECT_FALSE(inv.fits(0, 3));   // not a multiple of step_size
  EXPECT_TRUE(inv.fits(0, 8));
}

// NOVA_NOTES.md §5 worked example (oracle ex3): host a has 8 vCPUs, 8 used, ratio 1.0 -> a
// 2-vCPU request is rejected (8 + 2 > 8); host c has 100 GB with 95 used -> an 11 GB request
// (root 10 + ceil(1024 MB swap / 1024)) is rejected (95 + 11 > 100).
TEST(ProviderTable, OracleExample3CapacityRejections) {
  ProviderTable t;
  const auto a = t.add("a", 0, make(8, 16384, 200, 1.0, 1.5, 1.0, 0));
  const auto c = t.add("c", 0, make(64, 65536, 100, 16.0, 1.5, 1.0, 0));
  ASSERT_TRUE(t.claim(a, {8, 0, 0}));
  ASSERT_TRUE(t.claim(c, {0, 0, 95}));
  const ResourceAmounts request{2, 2048, 11};
  EXPECT_FALSE(t.fits(a, request));
  EXPECT_FALSE(t.fits(c, request));
  EXPECT_FALSE(t.first_candidate(request).has_value());
  EXPECT_EQ(t.first_candidate({2, 2048, 5}), std::optional<ProviderId>(c));
}

TEST(ProviderTable, FirstCandidateIsInProviderOrderAndSkipsDisabled) {
  ProviderTable t;
  for (int i = 0; i < 5; ++i) t.add("h" + std::to_string(i), i % 2, make(4, 8192, 100, 1.0, 1.0, 1.0, 0));
  EXPECT_EQ(*t.first_candidate({4, 1024, 10}), 0u);
  ASSERT_TRUE(t.claim(0, {4, 1024, 10}));
  EXPECT_EQ(*t.first_candidate({1, 1024, 10}), 1u);
  t.set_enabled(1, false);
  EXPECT_EQ(*t.first_candidate({1, 1024, 10}), 2u);
  EXPECT_EQ(*t.first_candidate({1, 1024, 10}, AggregateId{1}), 3u);  // member_of the AZ
  t.set_enabled(1, true);
  EXPECT_EQ(*t.first_candidate({1, 1024, 10}, AggregateId{1}), 1u);
  EXPECT_FALSE(t.first_candidate({5, 1024, 10}).has_value());  // above max_unit everywhere
  EXPECT_FALSE(t.first_candidate({1, 1024, 10}, AggregateId{7}).has_value());
}

TEST(ProviderTable, ClaimRefusesOverCapacityAndReleaseRestores) {
  ProviderTable t;
  const auto p = t.add("p", 0, make(2, 4096, 50, 1.0, 1.0, 1.0, 0));
  EXPECT_TRUE(t.claim(p, {2, 1000, 10}));
  EXPECT_FALSE(t.claim(p, {1, 1000, 10}));
  EXPECT_EQ(t.used(p, ResourceClass::VCPU), 2);
  t.release(p, {2, 1000, 10});
  EXPECT_EQ(t.used(p, ResourceClass::VCPU), 0);
  EXPECT_EQ(t.used(p, ResourceClass::MEMORY_MB), 0);
  EXPECT_TRUE(t.claim(p, {1, 1000, 10}));
}

TEST(ProviderTable, MissingInventoryAcceptsOnlyRequestsWithoutThatClass) {
  ProviderTable t;
  const auto p = t.add("diskless", 0, make(4, 4096, 0, 1.0, 1.0, 1.0, 0));
  EXPECT_FALSE(t.fits(p, {1, 512, 1}));
  EXPECT_TRUE(t.fits(p, {1, 512, 0}));  // a zero amount is not requested
}

// The segment-tree search must agree with a linear scan over providers in order.
TEST(ProviderTable, FirstCandidateAgreesWithLinearScan) {
  std::mt19937_64 rng(7);
  ProviderTable t;
  constexpr int kHosts = 300;
  for (int i = 0; i < kHosts; ++i) {
    const std::int64_t cpus = 2 + static_cast<std::int64_t>(rng() % 30);
    t.add("h" + std::to_string(i), static_cast<AggregateId>(rng() % 3),
          make(cpus, 1024 * (4 + static_cast<std::int64_t>(rng() % 60)), 20 + static_cast<std::int64_t>(rng() % 500),
               1.0 + static_cast<double>(rng() % 4), 1.0, 1.0, 256));
  }
  std::vector<std::pair<ProviderId, ResourceAmounts>> claims;
  int placed = 0, rejected = 0;
  for (int step = 0; step < 20000; ++step) {
    if (!claims.empty() && rng() % 3 == 0) {
      const std::size_t k = rng() % claims.size();
      t.release(claims[k].first, claims[k].second);
      claims[k] = claims.back();
      claims.pop_back();
      continue;
    }
    if (rng() % 50 == 0) t.set_enabled(static_cast<ProviderId>(rng() % kHosts), rng() % 2 == 0);
    const ResourceAmounts req{1 + static_cast<std::int64_t>(rng() % 8), 512 * (1 + static_cast<std::int64_t>(rng() % 32)),
                              static_cast<std::int64_t>(rng() % 80)};
    std::optional<AggregateId> agg;
    if (rng() % 2) agg = static_cast<AggregateId>(rng() % 3);
    std::optional<ProviderId> expected;
    for (ProviderId p = 0; p < t.size(); ++p) {
      if (t.enabled(p) && (!agg || t.aggregate(p) == *agg) && t.fits(p, req)) {
        expected = p;
        break;
      }
    }
    const auto got = t.first_candidate(req, agg);
    ASSERT_EQ(got, expected) << "step " << step;
    if (got) {
      ASSERT_TRUE(t.claim(*got, req));
      claims.emplace_back(*got, req);
      ++placed;
    } else {
      ++rejected;
    }
  }
  EXPECT_GT(placed, 1000);  // both branches were exercised
  EXPECT_GT(rejected, 1000);
}

}  // namespace
}  // namespace stacktwin::placement

namespace stacktwin::placement {
namespace {

TEST(ProviderTable, CandidatesAreEveryFittingProviderInOrderUpToTheLimit) {
  ProviderTable t;
  for (int i = 0; i < 8; ++i) t.add("h" + std::to_string(i), i < 4 ? 0 : 1, make(4, 8192, 100, 1.0, 1.0, 1.0, 0));
  ASSERT_TRUE(t.claim(1, {4, 1024, 10}));
  t.set_enabled(2, false);
  EXPECT_EQ(t.candidates({2, 1024, 10}, std::nullopt, 100), (std::vector<ProviderId>{0, 3, 4, 5, 6, 7}));
  EXPECT_EQ(t.candidates({2, 1024, 10}, std::nullopt, 3), (std::vector<ProviderId>{0, 3, 4}));
  EXPECT_EQ(t.candidates({2, 1024, 10}, AggregateId{1}, 2), (std::vector<ProviderId>{4, 5}));
  EXPECT_EQ(t.candidates({2, 1024, 10}, AggregateId{0}, 10), (std::vector<ProviderId>{0, 3}));
  EXPECT_TRUE(t.candidates({5, 1024, 10}, std::nullopt, 10).empty());
  EXPECT_TRUE(t.candidates({1, 1024, 10}, std::nullopt, 0).empty());
}

}  // namespace
}  // namespace stacktwin::placement
