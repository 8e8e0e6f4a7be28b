// Named random streams (sim/engine/rng.h). The constants below are the stream seed and
// draws of this version; a change that moves them changes every run's numbers and must be
// deliberate (STYLE.md rule 6).
#include "sim/engine/rng.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace stacktwin::sim {
namespace {

// FNV-1a 64 of "workload.arrivals" mixed with splitmix64(42) through SplitMix64; checked
// against an independent Python implementation of the two hashes.
constexpr std::uint64_t kArrivalsSeed42 = 0x5bcc95c85f468ec2ULL;
constexpr std::array<std::uint64_t, 5> kArrivalsFirstDraws42{
    0xc0065b58db75b723ULL, 0x48ab49bfacda8c73ULL, 0xc2f90b99f4c2f817ULL,
    0x2fb8978a977e34daULL, 0xba51a5f0c1a854f8ULL};

TEST(StreamSeed, IsPinned) {
  EXPECT_EQ(stream_seed(42, "workload.arrivals"), kArrivalsSeed42);
  EXPECT_NE(stream_seed(43, "workload.arrivals"), kArrivalsSeed42);
  EXPECT_NE(stream_seed(42, "workload.arrival"), kArrivalsSeed42);
  EXPECT_NE(stream_seed(42, ""), stream_seed(43, ""));
}

TEST(RngStream, FirstDrawsArePinned) {
  RngStream s(42, "workload.arrivals");
  EXPECT_EQ(s.name(), "workload.arrivals");
  for (std::size_t i = 0; i < kArrivalsFirstDraws42.size(); ++i)
    EXPECT_EQ(s(), kArrivalsFirstDraws42[i]) << "draw " << i;
}

TEST(RngStream, GeneratorIsTheStandardMt19937_64) {
  // mt19937_64 is fixed by its specification: Boost's and the standard library's agree.
  std::mt19937_64 reference(kArrivalsSeed42);
  RngStream s(42, "workload.arrivals");
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(s(), reference()) << "draw " << i;
  // [rand.predef]: the 10000th draw of a default-constructed mt19937_64.
  boost::random::mt19937_64 boost_default;
  boost_default.discard(9999);
  EXPECT_EQ(boost_default(), 9981545732273789042ULL);
}

TEST(RngStream, DifferentNamesGiveDifferentStreams) {
  const char* names[] = {"workload.arrivals", "workload.lifetimes", "nova.scheduler",
                         "fabric.links", "a", "b"};
  std::set<std::uint64_t> first;
  for (const char* n : names) first.insert(RngStream(42, n)());
  EXPECT_EQ(first.size(), std::size(names));
}

TEST(RngStream, SameNameAndSeedGiveTheSameStream) {
  RngStream a(7, "x"), b(7, "x");
  for (int i = 0; i < 100; ++i) ASSERT_EQ(a(), b());
}

TEST(RngStreams, AnotherStreamDoesNotMoveAStreamsDraws) {
  std::vector<std::uint64_t> alone;
  {
    RngStreams streams(42);
    auto& s = streams.get("workload.arrivals");
    for (int i = 0; i < 20; ++i) alone.push_back(s());
  }
  std::vector<std::uint64_t> crowded;
  {
    RngStreams streams(42);
    streams.get("aaa.before");  // created earlier and sorted before it
    auto& s = streams.get("workload.arrivals");
    for (int i = 0; i < 20; ++i) {
      crowded.push_back(s());
      auto& other = streams.get("zzz.interleaved." + std::to_string(i % 3));
      other();
      other();
    }
  }
  EXPECT_EQ(crowded, alone);
  EXPECT_EQ(alone[0], kArrivalsFirstDraws42[0]);
}

TEST(RngStreams, GetReturnsTheSameObjectForTheSameName) {
  RngStreams streams(42);
  RngStream& a = streams.get("nova.scheduler");
  a();
  RngStream& b = streams.get("other");
  RngStream& c = streams.get(std::string("nova.") + "scheduler");
  EXPECT_EQ(&a, &c);
  EXPECT_NE(&a, &b);
  EXPECT_EQ(streams.master_seed(), 42u);
  // The same object: c continues where a left off.
  RngStream fresh(42, "nova.scheduler");
  fresh();
  EXPECT_EQ(c(), fresh());
}

TEST(RngStream, BelowStaysBelowN) {
  RngStream s(1, "below");
  const std::vector<std::uint64_t> ns{1, 2, 3, 7, 1000, (std::uint64_t{1} << 63) + 1, UINT64_MAX};
  for (const std::uint64_t n : ns)
    for (int i = 0; i < 2000; ++i) ASSERT_LT(s.below(n), n) << "n = " << n;
  EXPECT_EQ(s.below(1), 0u);
  // Every value of a small range appears, with roughly equal counts.
  std::array<int, 6> counts{};
  for (int i = 0; i < 60'000; ++i) ++counts[s.below(6)];
  for (int c : counts) EXPECT_NEAR(c, 10'000, 400);  // 4 sigma = 4 * sqrt(60000 * 1/6 * 5/6)
}

TEST(RngStream, Uniform01IsInTheUnitInterval) {
  RngStream s(1, "u");
  double sum = 0;
  for (int i = 0; i < 100'000; ++i) {
    const double u = s.uniform01();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  EXPECT_NEAR(sum / 100'000, 0.5, 4 * 0.2887 / std::sqrt(100'000.0));
}

}  // namespace
}  // namespace stacktwin::sim
