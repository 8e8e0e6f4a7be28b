// Units in user text (sim/engine/units.h): the one place they are parsed (STYLE.md rule 4).
#include "sim/engine/units.h"

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

namespace stacktwin::sim {
namespace {

std::int64_t duration_ns(std::string_view text) {
  const auto r = parse_duration(text);
  EXPECT_TRUE(r) << "'" << text << "' should parse";
  return r ? r.value->ns() : -1;
}

TEST(ParseDuration, AcceptsEachUnit) {
  EXPECT_EQ(duration_ns("250us"), 250'000);
  EXPECT_EQ(duration_ns("10ns"), 10);
  EXPECT_EQ(duration_ns("100ms"), 100'000'000);
  EXPECT_EQ(duration_ns("30s"), 30'000'000'000);
  EXPECT_EQ(duration_ns("5m"), 300'000'000'000);
  EXPECT_EQ(duration_ns("5min"), 300'000'000'000);
  EXPECT_EQ(duration_ns("2h"), 7'200'000'000'000);
  EXPECT_EQ(duration_ns("7d"), 604'800'000'000'000);
  EXPECT_EQ(duration_ns("1w"), 604'800'000'000'000);
  EXPECT_EQ(duration_ns("1.5h"), 5'400'000'000'000);
  EXPECT_EQ(duration_ns("0.5s"), 500'000'000);
  EXPECT_EQ(duration_ns(" 30s "), 30'000'000'000);
  EXPECT_EQ(duration_ns("30 s"), 30'000'000'000);
  EXPECT_EQ(duration_ns("+2s"), 2'000'000'000);
}

TEST(ParseDuration, BareZeroNeedsNoUnit) {
  EXPECT_EQ(duration_ns("0"), 0);
  EXPECT_EQ(duration_ns("0s"), 0);
}

TEST(ParseDuration, MatchesTheTypedConstructors) {
  EXPECT_EQ(*parse_duration("250us").value, microseconds(250));
  EXPECT_EQ(*parse_duration("30s").value, seconds(30));
  EXPECT_EQ(*parse_duration("5m").value, minutes(5));
  EXPECT_EQ(*parse_duration("2h").value, hours(2));
  EXPECT_EQ(*parse_duration("7d").value, days(7));
}

TEST(ParseDuration, RejectsWithTheExpectedText) {
  for (const char* bad : {"5", "abc", "10parsecs", "", "   ", "s", "5 hours", "1e400s", "nan s",
                          "--5s", "5s5"}) {
    const auto r = parse_duration(bad);
    EXPECT_FALSE(r) << "'" << bad << "' should not parse";
    EXPECT_FALSE(r.value.has_value()) << bad;
    EXPECT_EQ(r.expected, kDurationExpected) << bad;
  }
}

TEST(ParseDuration, RejectsValuesBeyondTheClockRange) {
  EXPECT_FALSE(parse_duration("300y"));  // int64 ns cover +-292 years
  EXPECT_TRUE(parse_duration("200y"));
}

TEST(ParseSizeBytes, IecAndSiPrefixes) {
  EXPECT_EQ(*parse_size_bytes("512MiB").value, 512LL * 1024 * 1024);
  EXPECT_EQ(*parse_size_bytes("2TiB").value, 2LL * 1024 * 1024 * 1024 * 1024);
  EXPECT_EQ(*parse_size_bytes("20GB").value, 20'000'000'000LL);
  EXPECT_EQ(*parse_size_bytes("4096").value, 4096);
  EXPECT_EQ(*parse_size_bytes("4096B").value, 4096);
  EXPECT_EQ(*parse_size_bytes("1.5KiB").value, 1536);
  EXPECT_EQ(*parse_size_bytes("1.5TiB").value, 3LL * 512 * 1024 * 1024 * 1024);
  EXPECT_EQ(*parse_size_bytes("3kB").value, 3000);
  EXPECT_EQ(*parse_size_bytes("2G").value, 2'000'000'000LL);
}

TEST(ParseSizeBytes, RejectsWithTheExpectedText) {
  for (const char* bad : {"abc", "12XB", "GiB", "5 gigabytes", "12mib"}) {
    const auto r = parse_size_bytes(bad);
    EXPECT_FALSE(r) << bad;
    EXPECT_EQ(r.expected, kSizeExpected) << bad;
  }
}

TEST(ParseBitRate, SiPrefixes) {
  EXPECT_DOUBLE_EQ(*parse_bit_rate("25Gbps").value, 25e9);
  EXPECT_DOUBLE_EQ(*parse_bit_rate("100Mbps").value, 100e6);
  EXPECT_DOUBLE_EQ(*parse_bit_rate("1.5Gbit/s").value, 1.5e9);
  EXPECT_DOUBLE_EQ(*parse_bit_rate("800bps").value, 800.0);
  const auto bad = parse_bit_rate("25GB");
  EXPECT_FALSE(bad);
  EXPECT_EQ(bad.expected, kBitRateExpected);
  EXPECT_FALSE(parse_bit_rate("25"));
}

TEST(ParseFrequency, PerTimeUnit) {
  EXPECT_DOUBLE_EQ(*parse_frequency_per_second("30/h").value, 30.0 / 3600.0);
  EXPECT_DOUBLE_EQ(*parse_frequency_per_second("5/s").value, 5.0);
  EXPECT_DOUBLE_EQ(*parse_frequency_per_second("120/min").value, 2.0);
  EXPECT_DOUBLE_EQ(*parse_frequency_per_second("2.5/d").value, 2.5 / 86400.0);
}

TEST(ParseFrequency, RejectsWithTheExpectedText) {
  for (const char* bad : {"30", "30h", "30/", "30/fortnight", "/s"}) {
    const auto r = parse_frequency_per_second(bad);
    EXPECT_FALSE(r) << bad;
    EXPECT_EQ(r.expected, kFrequencyExpected) << bad;
  }
}

TEST(DurationToString, LargestExactUnit) {
  EXPECT_EQ(to_string(Duration{}), "0s");
  EXPECT_EQ(to_string(days(30)), "30d");
  EXPECT_EQ(to_string(minutes(90)), "90m");
  EXPECT_EQ(to_string(hours(48)), "2d");
  EXPECT_EQ(to_string(microseconds(250)), "250us");
  EXPECT_EQ(to_string(milliseconds(1500)), "1500ms");
  EXPECT_EQ(to_string(nanoseconds(1'000'000'001)), "1000000001ns");
  EXPECT_EQ(to_string(-seconds(5)), "-5s");
  EXPECT_EQ(to_string(Time::zero() + hours(3)), "3h");
}

TEST(DurationToString, RoundTripsThroughParse) {
  for (const Duration d : {Duration{}, nanoseconds(1), nanoseconds(999), microseconds(250),
                           milliseconds(1500), seconds(30), seconds(61), minutes(5), minutes(90),
                           hours(2), hours(36), days(7), days(365 * 100), -seconds(5),
                           nanoseconds(123'456'789'012)}) {
    const std::string text = to_string(d);
    const auto back = parse_duration(text);
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(*back.value, d) << text;
  }
}

TEST(FormatSizeBytes, LargestExactUnit) {
  EXPECT_EQ(format_size_bytes(512LL << 20), "512MiB");
  EXPECT_EQ(format_size_bytes(2LL << 40), "2TiB");
  EXPECT_EQ(format_size_bytes(1024LL << 40), "1PiB");
  EXPECT_EQ(format_size_bytes(1536), "1536");  // 1.5KiB: not a whole number of KiB
  // 20GB is also a whole number of KiB (19531250KiB); the largest exact unit wins.
  EXPECT_EQ(format_size_bytes(20'000'000'000LL), "20GB");
  EXPECT_EQ(format_size_bytes(1000), "1kB");
  EXPECT_EQ(format_size_bytes(3LL << 40), "3TiB");
  EXPECT_EQ(format_size_bytes(1'000'000'001LL), "1000000001");
  EXPECT_EQ(format_size_bytes(4096), "4KiB");
  EXPECT_EQ(format_size_bytes(0), "0");
  EXPECT_EQ(format_size_bytes(1), "1");
}

TEST(FormatSizeBytes, RoundTripsThroughParse) {
  for (const std::int64_t b : {0LL, 1LL, 1536LL, 4096LL, 512LL << 20, 3LL << 30, 2LL << 40,
                               20'000'000'000LL}) {
    const auto back = parse_size_bytes(format_size_bytes(b));
    ASSERT_TRUE(back) << b;
    EXPECT_EQ(*back.value, b);
  }
}

}  // namespace
}  // namespace stacktwin::sim
