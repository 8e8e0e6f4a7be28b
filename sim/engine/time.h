// Virtual time: strong types over int64 nanoseconds (ARCHITECTURE.md, "The engine's contract").
//
// There is no floating-point clock anywhere in the simulator. A `Time` is a point on the
// virtual time line (0 = start of the run); a `Duration` is the distance between two points.
// Mixing them up (adding two Times, passing a Duration where a Time is expected) does not
// compile. int64 nanoseconds cover +-292 years.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace stacktwin::sim {

class Duration {
 public:
  constexpr Duration() = default;
  static constexpr Duration from_ns(std::int64_t ns) { return Duration(ns); }
  // Rounds to the nearest nanosecond; for converting distribution draws to durations.
  static Duration from_seconds(double s);

  constexpr std::int64_t ns() const { return ns_; }
  constexpr double seconds() const { return static_cast<double>(ns_) * 1e-9; }

  constexpr auto operator<=>(const Duration&) const = default;
  constexpr Duration operator+(Duration o) const { return Duration(ns_ + o.ns_); }
  constexpr Duration operator-(Duration o) const { return Duration(ns_ - o.ns_); }
  constexpr Duration operator-() const { return Duration(-ns_); }
  constexpr Duration operator*(std::int64_t k) const { return Duration(ns_ * k); }
  constexpr std::int64_t operator/(Duration o) const { return ns_ / o.ns_; }
  constexpr Duration operator/(std::int64_t k) const { return Duration(ns_ / k); }
  constexpr Duration operator%(Duration o) const { return Duration(ns_ % o.ns_); }
  constexpr Duration& operator+=(Duration o) { ns_ += o.ns_; return *this; }
  constexpr Duration& operator-=(Duration o) { ns_ -= o.ns_; return *this; }

 private:
  constexpr explicit Duration(std::int64_t ns) : ns_(ns) {}
  std::int64_t ns_ = 0;
};

constexpr Duration nanoseconds(std::int64_t n) { return Duration::from_ns(n); }
constexpr Duration microseconds(std::int64_t n) { return Duration::from_ns(n * 1'000); }
constexpr Duration milliseconds(std::int64_t n) { return Duration::from_ns(n * 1'000'000); }
constexpr Duration seconds(std::int64_t n) { return Duration::from_ns(n * 1'000'000'000); }
constexpr Duration minutes(std::int64_t n) { return seconds(n * 60); }
constexpr Duration hours(std::int64_t n) { return seconds(n * 3'600); }
constexpr Duration days(std::int64_t n) { return seconds(n * 86'400); }

class Time {
 public:
  constexpr Time() = default;
  static constexpr Time from_ns(std::int64_t ns) { return Time(ns); }
  static constexpr Time zero() { return Time(0); }
  static constexpr Time max() { return Time(INT64_MAX); }

  constexpr std::int64_t ns() const { return ns_; }
  constexpr double seconds() const { return static_cast<double>(ns_) * 1e-9; }
  constexpr Duration since_start() const { return Duration::from_ns(ns_); }

  constexpr auto operator<=>(const Time&) const = default;
  constexpr Time operator+(Duration d) const { return Time(ns_ + d.ns()); }
  constexpr Time operator-(Duration d) const { return Time(ns_ - d.ns()); }
  constexpr Duration operator-(Time o) const { return Duration::from_ns(ns_ - o.ns_); }
  constexpr Time& operator+=(Duration d) { ns_ += d.ns(); return *this; }

 private:
  constexpr explicit Time(std::int64_t ns) : ns_(ns) {}
  std::int64_t ns_ = 0;
};

constexpr Time operator+(Duration d, Time t) { return t + d; }

// Human form with the largest exact unit: "30d", "90m", "250us", "1500ms" (used in messages and
// the scenario reference; parse_duration() reads every form it writes).
std::string to_string(Duration d);
std::string to_string(Time t);

}  // namespace stacktwin::sim
