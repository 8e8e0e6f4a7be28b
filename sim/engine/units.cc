#include "sim/engine/units.h"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace stacktwin::sim {
namespace {

struct Unit {
  std::string_view suffix;
  double factor;
};

// Splits "  1.5GiB " into 1.5 and "GiB". Returns nullopt when there is no leading number.
std::optional<std::pair<double, std::string_view>> split_number(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  double value = 0;
  const char* first = text.data();
  if (*first == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), value);
  if (ec != std::errc() || !std::isfinite(value)) return std::nullopt;
  std::string_view rest(ptr, static_cast<std::size_t>(text.data() + text.size() - ptr));
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return std::make_pair(value, rest);
}

template <std::size_t N>
std::optional<double> factor_of(std::string_view suffix, const std::array<Unit, N>& units) {
  for (const auto& u : units)
    if (u.suffix == suffix) return u.factor;
  return std::nullopt;
}

constexpr std::array<Unit, 12> kDurationUnits{{{"ns", 1.0},
                                               {"us", 1e3},
                                               {"µs", 1e3},
                                               {"ms", 1e6},
                                               {"s", 1e9},
                                               {"sec", 1e9},
                                               {"m", 60e9},
                                               {"min", 60e9},
                                               {"h", 3600e9},
                                               {"d", 86400e9},
                                               {"w", 7 * 86400e9},
                                               {"y", 365 * 86400e9}}};

constexpr double kKi = 1024.0;
constexpr std::array<Unit, 16> kSizeUnits{{{"", 1.0},
                                           {"B", 1.0},
                                           {"kB", 1e3},
                                           {"KB", 1e3},
                                           {"MB", 1e6},
                                           {"GB", 1e9},
                                           {"TB", 1e12},
                                           {"PB", 1e15},
                                           {"KiB", kKi},
                                           {"MiB", kKi * kKi},
                                           {"GiB", kKi * kKi * kKi},
                                           {"TiB", kKi * kKi * kKi * kKi},
                                           {"PiB", kKi * kKi * kKi * kKi * kKi},
                                           {"K", 1e3},
                                           {"M", 1e6},
                                           {"G", 1e9}}};

constexpr std::array<Unit, 10> kBitRateUnits{{{"bps", 1.0},
                                              {"kbps", 1e3},
                                              {"Kbps", 1e3},
                                              {"Mbps", 1e6},
                                              {"Gbps", 1e9},
                                              {"Tbps", 1e12},
                                              {"bit/s", 1.0},
                                              {"Mbit/s", 1e6},
                                              {"Gbit/s", 1e9},
                                              {"Tbit/s", 1e12}}};

constexpr std::array<Unit, 9> kPerUnits{{{"ns", 1e-9},
                                         {"us", 1e-6},
                                         {"ms", 1e-3},
                                         {"s", 1.0},
                                         {"min", 60.0},
                                         {"m", 60.0},
                                         {"h", 3600.0},
                                         {"d", 86400.0},
                                         {"w", 7 * 86400.0}}};

template <class T>
UnitResult<T> fail(std::string_view expected) {
  return UnitResult<T>{std::nullopt, std::string(expected)};
}

}  // namespace

UnitResult<Duration> parse_duration(std::string_view text) {
  auto parts = split_number(text);
  if (!parts) return fail<Duration>(kDurationExpected);
  auto [number, suffix] = *parts;
  std::optional<double> factor;
  if (suffix.empty()) {
    if (number == 0) factor = 1.0;  // a bare 0 needs no unit
  } else {
    factor = factor_of(suffix, kDurationUnits);
  }
  if (!factor) return fail<Duration>(kDurationExpected);
  const double ns = std::round(number * *factor);
  if (std::fabs(ns) >= 9.2e18) return fail<Duration>(kDurationExpected);
  return {Duration::from_ns(static_cast<std::int64_t>(ns)), {}};
}

UnitResult<std::int64_t> parse_size_bytes(std::string_view text) {
  auto parts = split_number(text);
  if (!parts) return fail<std::int64_t>(kSizeExpected);
  auto factor = factor_of(parts->second, kSizeUnits);
  if (!factor) return fail<std::int64_t>(kSizeExpected);
  const double bytes = std::round(parts->first * *factor);
  if (std::fabs(bytes) >= 9.2e18) return fail<std::int64_t>(kSizeExpected);
  return {static_cast<std::int64_t>(bytes), {}};
}

UnitResult<double> parse_bit_rate(std::string_view text) {
  auto parts = split_number(text);
  if (!parts) return fail<double>(kBitRateExpected);
  auto factor = factor_of(parts->second, kBitRateUnits);
  if (!factor) return fail<double>(kBitRateExpected);
  return {parts->first * *factor, {}};
}

UnitResult<double> parse_frequency_per_second(std::string_view text) {
  auto parts = split_number(text);
  if (!parts) return fail<double>(kFrequencyExpected);
  auto [number, suffix] = *parts;
  if (suffix.empty() || suffix.front() != '/') return fail<double>(kFrequencyExpected);
  suffix.remove_prefix(1);
  auto per = factor_of(suffix, kPerUnits);
  if (!per) return fail<double>(kFrequencyExpected);
  return {number / *per, {}};
}

std::string format_size_bytes(std::int64_t bytes) {
  // The unit that writes the value as the smallest whole number; IEC wins a tie.
  static constexpr std::array<std::pair<std::string_view, std::int64_t>, 10> kUnits{{
      {"PiB", std::int64_t{1} << 50},
      {"PB", 1'000'000'000'000'000},
      {"TiB", std::int64_t{1} << 40},
      {"TB", 1'000'000'000'000},
      {"GiB", std::int64_t{1} << 30},
      {"GB", 1'000'000'000},
      {"MiB", std::int64_t{1} << 20},
      {"MB", 1'000'000},
      {"KiB", std::int64_t{1} << 10},
      {"kB", 1'000},
  }};
  if (bytes == 0) return "0";
  for (const auto& [suffix, factor] : kUnits)
    if (bytes % factor == 0) return std::to_string(bytes / factor) + std::string(suffix);
  return std::to_string(bytes);
}

std::string to_string(Duration d) {
  static constexpr std::array<std::pair<std::string_view, std::int64_t>, 7> kUnits{{
      {"d", 86'400'000'000'000},
      {"h", 3'600'000'000'000},
      {"m", 60'000'000'000},
      {"s", 1'000'000'000},
      {"ms", 1'000'000},
      {"us", 1'000},
      {"ns", 1},
  }};
  const std::int64_t ns = d.ns();
  if (ns == 0) return "0s";
  for (const auto& [suffix, factor] : kUnits)
    if (ns % factor == 0) return std::to_string(ns / factor) + std::string(suffix);
  return std::to_string(ns) + "ns";
}

std::string to_string(Time t) { return to_string(t.since_start()); }

Duration Duration::from_seconds(double s) {
  return Duration::from_ns(static_cast<std::int64_t>(std::llround(s * 1e9)));
}

}  // namespace stacktwin::sim
