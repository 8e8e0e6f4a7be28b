// The one place where units in user text are parsed (STYLE.md rule 4).
//
//   durations  250us 30s 5m 2h 7d 1.5h 100ms 10ns           -> Duration (integer ns)
//   sizes      512MiB 2TiB 20GB 4096 (bytes) 1.5KiB         -> bytes (int64)
//   bit rates  25Gbps 100Mbps 1.5Gbit/s 800bps              -> bits per second
//   frequencies 30/h 5/s 120/min 2.5/d                      -> events per second
//
// SI prefixes (k, M, G, T, P; also K for kilo) are powers of 1000, IEC prefixes (Ki, Mi,
// Gi, Ti, Pi) powers of 1024, as in Nova and Swift. Each parser returns a UnitResult:
// either a value or the text that says what was expected, for the scenario loader's
// "file:line:col: key: bad value 'x': expected ..." messages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sim/engine/time.h"

namespace stacktwin::sim {

template <class T>
struct UnitResult {
  std::optional<T> value;
  std::string expected;  // set when value is empty: "a duration such as 30s, 5m, 2h or 7d"
  explicit operator bool() const { return value.has_value(); }
};

UnitResult<Duration> parse_duration(std::string_view text);
UnitResult<std::int64_t> parse_size_bytes(std::string_view text);
UnitResult<double> parse_bit_rate(std::string_view text);
UnitResult<double> parse_frequency_per_second(std::string_view text);

// What each parser expects, for documentation and error messages.
inline constexpr std::string_view kDurationExpected =
    "a duration such as 250us, 30s, 5m, 2h or 7d";
inline constexpr std::string_view kSizeExpected = "a size such as 512MiB, 2TiB or 20GB";
inline constexpr std::string_view kBitRateExpected = "a bit rate such as 25Gbps or 100Mbps";
inline constexpr std::string_view kFrequencyExpected = "a rate such as 30/h, 5/s or 120/min";

// "512MiB", "2TiB", "20GB", "1536": the largest unit that divides exactly (IEC on a tie).
std::string format_size_bytes(std::int64_t bytes);

}  // namespace stacktwin::sim
