// Random variates (sim/engine/distribution.h): pinned first draws, moments, quantiles.
#include "sim/engine/distribution.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sim/engine/statistics.h"

namespace stacktwin::sim {
namespace {

struct Case {
  const char* name;
  Distribution dist;
  std::array<double, 3> first;  // the first draws from RngStream(7, "test.distribution")
};

// Pinned with Boost 1.74 (Debian 12). A Boost upgrade that changes an algorithm shows here.
std::vector<Case> cases() {
  return {
      {"constant", Distribution::constant(3.5), {3.5, 3.5, 3.5}},
      {"exponential",
       Distribution::exponential(2.0),
       {8.8906165643279564, 5.3576154285296278, 1.1085190037605566}},
      {"lognormal",
       Distribution::lognormal(1.0, 0.5),
       {7.9423359130530198, 1.0122840214864148, 3.4906359222953482}},
      {"lognormal_median_p99",
       Distribution::lognormal_median_p99(10, 100),
       {83.520786873246152, 1.4150760810340683, 16.405947611256288}},
      {"normal",
       Distribution::normal(5.0, 2.0),
       {9.2888297103624886, 1.0488367405284391, 6.0003357292307857}},
      {"uniform",
       Distribution::uniform(1.0, 3.0),
       {2.155057929001126, 2.8973571628518666, 1.6299831878359232}},
      {"gamma",
       Distribution::gamma(2.0, 1.5),
       {1.0774417064466069, 5.3554921008983536, 3.8800635018020042}},
      {"weibull",
       Distribution::weibull(1.5, 2.0),
       {1.8109731517145922, 4.1320594115488989, 1.0461791336442365}},
      {"empirical",
       Distribution::empirical({4.0, 1.0, 3.0, 2.0, 10.0}),
       {3.3101158580022525, 8.7682859542223994, 2.2599663756718464}},
  };
}

TEST(Distribution, FirstDrawsArePinned) {
  for (const Case& c : cases()) {
    RngStream rng(7, "test.distribution");
    for (std::size_t i = 0; i < c.first.size(); ++i)
      EXPECT_DOUBLE_EQ(c.dist.sample(rng), c.first[i]) << c.name << " draw " << i;
  }
}

TEST(Distribution, ExactMeans) {
  EXPECT_DOUBLE_EQ(Distribution::constant(3.5).mean(), 3.5);
  EXPECT_DOUBLE_EQ(Distribution::exponential(2.0).mean(), 2.0);
  EXPECT_DOUBLE_EQ(Distribution::lognormal(1.0, 0.5).mean(), std::exp(1.125));
  EXPECT_DOUBLE_EQ(Distribution::normal(5.0, 2.0).mean(), 5.0);
  EXPECT_DOUBLE_EQ(Distribution::uniform(1.0, 3.0).mean(), 2.0);
  EXPECT_DOUBLE_EQ(Distribution::gamma(2.0, 1.5).mean(), 3.0);
  EXPECT_DOUBLE_EQ(Distribution::weibull(1.5, 2.0).mean(), 2.0 * std::tgamma(1.0 + 1.0 / 1.5));
  // Trapezoids between the order statistics 1, 2, 3, 4, 10: (1.5 + 2.5 + 3.5 + 7) / 4.
  EXPECT_DOUBLE_EQ(Distribution::empirical({4.0, 1.0, 3.0, 2.0, 10.0}).mean(), 3.625);
  EXPECT_DOUBLE_EQ(Distribution::empirical({6.0}).mean(), 6.0);
  // lognormal(median, p99): mu = ln 10, sigma = ln 10 / z(0.99).
  const double sigma = std::log(10.0) / kNormalQuantile99;
  EXPECT_DOUBLE_EQ(Distribution::lognormal_median_p99(10, 100).mean(),
                   std::exp(std::log(10.0) + 0.5 * sigma * sigma));
}

TEST(Distribution, SampleMeansMatchExactMeans) {
  constexpr int kDraws = 200'000;
  for (const Case& c : cases()) {
    RngStream rng(2024, std::string("mean.") + c.name);
    SampleStats stats;
    for (int i = 0; i < kDraws; ++i) stats.add(c.dist.sample(rng));
    const double mean = c.dist.mean();
    // Within 4 standard errors and within 1% of the exact mean.
    const double four_se = 4 * stats.stddev() / std::sqrt(static_cast<double>(kDraws));
    EXPECT_NEAR(stats.mean(), mean, four_se) << c.name;
    EXPECT_NEAR(stats.mean(), mean, 0.01 * mean) << c.name;
  }
}

TEST(Distribution, KnownVariances) {
  // The spread too, so that a wrong parameterisation (rate for mean, variance for sigma)
  // cannot hide behind a right mean.
  constexpr int kDraws = 200'000;
  struct V {
    Distribution dist;
    double variance;
  };
  const double ln_var = (std::exp(0.25) - 1) * std::exp(2.0 + 0.25);
  const double g1 = std::tgamma(1 + 1 / 1.5), g2 = std::tgamma(1 + 2 / 1.5);
  for (const V& v : std::vector<V>{{Distribution::exponential(2.0), 4.0},
                                   {Distribution::lognormal(1.0, 0.5), ln_var},
                                   {Distribution::normal(5.0, 2.0), 4.0},
                                   {Distribution::uniform(1.0, 3.0), 4.0 / 12},
                                   {Distribution::gamma(2.0, 1.5), 2.0 * 1.5 * 1.5},
                                   {Distribution::weibull(1.5, 2.0), 4.0 * (g2 - g1 * g1)}}) {
    RngStream rng(99, "variance");
    SampleStats stats;
    for (int i = 0; i < kDraws; ++i) stats.add(v.dist.sample(rng));
    EXPECT_NEAR(stats.variance(), v.variance, 0.03 * v.variance) << v.dist.describe();
  }
}

TEST(Distribution, LognormalMedianP99HitsBothQuantiles) {
  const Distribution d = Distribution::lognormal_median_p99(10, 100);
  RngStream rng(42, "service.latency");
  std::vector<double> x(200'000);
  for (double& v : x) v = d.sample(rng);
  std::sort(x.begin(), x.end());
  const double median = x[x.size() / 2];
  const double p99 = x[x.size() * 99 / 100];
  EXPECT_NEAR(median, 10.0, 0.2);
  EXPECT_NEAR(p99, 100.0, 2.0);
}

TEST(Distribution, EmpiricalStaysWithinSamplesAndInterpolates) {
  const Distribution d = Distribution::empirical({1.0, 3.0});
  RngStream rng(5, "empirical");
  SampleStats s;
  for (int i = 0; i < 100'000; ++i) s.add(d.sample(rng));
  EXPECT_GE(s.min(), 1.0);
  EXPECT_LT(s.max(), 3.0);
  EXPECT_NEAR(s.mean(), 2.0, 0.01);
  EXPECT_NEAR(s.variance(), 4.0 / 12, 0.01);  // uniform on [1, 3]
  RngStream rng2(5, "empirical");
  EXPECT_EQ(Distribution::empirical({6.0}).sample(rng2), 6.0);
}

TEST(Distribution, SampleDurationReadsSecondsAndTruncatesNegatives) {
  RngStream rng(1, "durations");
  EXPECT_EQ(Distribution::constant(1.5).sample_duration(rng), milliseconds(1500));
  EXPECT_EQ(Distribution::constant(1.6e-9).sample_duration(rng).ns(), 2);  // rounds to the ns
  EXPECT_EQ(Distribution::constant(-2.0).sample_duration(rng), Duration{});
  const Distribution mostly_negative = Distribution::normal(-5.0, 1.0);
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(mostly_negative.sample_duration(rng), Duration{});
  // Same stream position, same value: sample_duration is sample() read as seconds.
  const Distribution e = Distribution::exponential(30.0);
  RngStream a(3, "same"), b(3, "same");
  for (int i = 0; i < 100; ++i)
    ASSERT_EQ(e.sample_duration(a), Duration::from_seconds(e.sample(b)));
}

TEST(Distribution, Describe) {
  EXPECT_EQ(Distribution::exponential(43200).describe(), "exponential(mean=43200)");
  EXPECT_EQ(Distribution::constant(2).describe(), "constant(value=2)");
  EXPECT_EQ(Distribution::uniform(1, 3).describe(), "uniform(min=1, max=3)");
  EXPECT_EQ(Distribution::gamma(2, 1.5).describe(), "gamma(shape=2, scale=1.5)");
  EXPECT_EQ(Distribution::empirical({1, 2, 3}).describe(), "empirical(n=3)");
  EXPECT_EQ(Distribution().describe(), "constant(value=0)");
}

TEST(DiscreteDistribution, FrequenciesFollowWeights) {
  const DiscreteDistribution d({1.0, 2.0, 3.0, 4.0, 0.0});
  const auto p = d.probabilities();
  ASSERT_EQ(p.size(), 5u);
  EXPECT_DOUBLE_EQ(p[0], 0.1);
  EXPECT_DOUBLE_EQ(p[3], 0.4);
  EXPECT_DOUBLE_EQ(p[4], 0.0);
  RngStream rng(11, "discrete");
  constexpr int kDraws = 200'000;
  std::array<int, 5> counts{};
  for (int i = 0; i < kDraws; ++i) {
    const std::size_t k = d.sample(rng);
    ASSERT_LT(k, counts.size());
    ++counts[k];
  }
  EXPECT_EQ(counts[4], 0) << "zero weight is never drawn";
  for (std::size_t i = 0; i < 4; ++i) {
    const double pi = static_cast<double>(i + 1) / 10;
    const double four_sigma = 4 * std::sqrt(kDraws * pi * (1 - pi));
    EXPECT_NEAR(counts[i], kDraws * pi, four_sigma) << "index " << i;
  }
}

}  // namespace
}  // namespace stacktwin::sim
