// Streaming summaries (sim/engine/statistics.h) against numbers worked by hand.
#include "sim/engine/statistics.h"

#include <cmath>

#include <gtest/gtest.h>

namespace stacktwin::sim {
namespace {

TEST(SampleStats, EmptyAndSingle) {
  SampleStats s;
  EXPECT_EQ(s.count(), 0u);
  EXPECT_EQ(s.mean(), 0.0);
  EXPECT_EQ(s.variance(), 0.0);
  EXPECT_EQ(s.min(), 0.0);
  EXPECT_EQ(s.max(), 0.0);
  s.add(-3.5);
  EXPECT_EQ(s.count(), 1u);
  EXPECT_EQ(s.mean(), -3.5);
  EXPECT_EQ(s.variance(), 0.0);
  EXPECT_EQ(s.min(), -3.5);
  EXPECT_EQ(s.max(), -3.5);
}

TEST(SampleStats, HandComputed) {
  // 2 4 4 4 5 5 7 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, sample variance 32/7.
  SampleStats s;
  for (double x : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0}) s.add(x);
  EXPECT_EQ(s.count(), 8u);
  EXPECT_DOUBLE_EQ(s.mean(), 5.0);
  EXPECT_DOUBLE_EQ(s.variance(), 32.0 / 7.0);
  EXPECT_DOUBLE_EQ(s.stddev(), std::sqrt(32.0 / 7.0));
  EXPECT_EQ(s.min(), 2.0);
  EXPECT_EQ(s.max(), 9.0);
}

TEST(SampleStats, StableForLargeOffsets) {
  // Welford keeps the variance of values near 1e9 (a naive sum of squares loses it).
  SampleStats s;
  for (double x : {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}) s.add(x);
  EXPECT_DOUBLE_EQ(s.mean(), 1e9 + 10);
  EXPECT_DOUBLE_EQ(s.variance(), 30.0);  // (36 + 9 + 9 + 36) / 3
}

TEST(TimeWeightedStats, PiecewiseConstantAverage) {
  // 0 on [0,2), 3 on [2,5), 1 on [5,10]: area 0 + 9 + 5 = 14 over 10 s.
  TimeWeightedStats q;
  q.set(Time::zero() + seconds(2), 3);
  q.set(Time::zero() + seconds(5), 1);
  EXPECT_DOUBLE_EQ(q.mean(Time::zero() + seconds(10)), 1.4);
  EXPECT_DOUBLE_EQ(q.mean(Time::zero() + seconds(5)), 9.0 / 5);
  EXPECT_EQ(q.value(), 1.0);
  EXPECT_EQ(q.peak(), 3.0);
}

TEST(TimeWeightedStats, StartOffsetAndInitialValue) {
  // From t = 100 s with value 2: 2 on [100,110), 6 on [110,115), 0 on [115,120]: area 50/20.
  TimeWeightedStats q(Time::zero() + seconds(100), 2.0);
  EXPECT_DOUBLE_EQ(q.mean(Time::zero() + seconds(100)), 2.0) << "empty span: the value";
  q.set(Time::zero() + seconds(110), 6);
  q.set(Time::zero() + seconds(110), 6);  // a repeated set at the same time adds nothing
  q.set(Time::zero() + seconds(115), 0);
  EXPECT_DOUBLE_EQ(q.mean(Time::zero() + seconds(120)), (20.0 + 30.0) / 20.0);
  EXPECT_EQ(q.peak(), 6.0);
  EXPECT_EQ(q.value(), 0.0);
}

TEST(TimeWeightedStats, SubSecondResolution) {
  TimeWeightedStats q;
  q.set(Time::from_ns(250), 4);
  EXPECT_DOUBLE_EQ(q.mean(Time::from_ns(1000)), 4.0 * 750 / 1000);
}

}  // namespace
}  // namespace stacktwin::sim
