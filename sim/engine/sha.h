// SHA-1 and SHA-512 (FIPS 180-4), the two digests the Python-exact code needs: SHA-512 for
// random.seed(str) version 2 (CPython 3.11 Lib/random.py) and SHA-1 for uuid.uuid5
// (Lib/uuid.py, RFC 4122 §4.3). Written here so the engine links no crypto library; these
// are not used for security.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace stacktwin::sim {

std::array<std::uint8_t, 20> sha1(std::string_view data);
std::array<std::uint8_t, 64> sha512(std::string_view data);

// Lower-case hex of a digest or any byte string.
template <std::size_t N>
std::string to_hex(const std::array<std::uint8_t, N>& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * N);
  for (std::uint8_t b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

// uuid.uuid5(namespace, name) of CPython's Lib/uuid.py: SHA-1 of the namespace's 16 bytes
// followed by the UTF-8 name, truncated to 16 bytes, version 5 and RFC 4122 variant set.
// `namespace_uuid` is in the canonical 8-4-4-4-12 hex form; returns the same form.
std::string uuid5(std::string_view namespace_uuid, std::string_view name);

}  // namespace stacktwin::sim
