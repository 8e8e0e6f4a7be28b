#include "sim/engine/python_random.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <set>
#include <string>

#include "sim/engine/sha.h"

namespace stacktwin::sim {
namespace {

constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;

int bit_length(std::uint64_t n) {
  int k = 0;
  while (n != 0) {
    ++k;
    n >>= 1;
  }
  return k;
}

// Python's floor division for a nonzero divisor.
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

}  // namespace

// init_genrand, init_by_array and genrand_uint32 are _randommodule.c's (Matsumoto and
// Nishimura's mt19937ar.c), transcribed.
void PythonRandom::init_genrand(std::uint32_t s) {
  mt_[0] = s;
  for (int i = 1; i < kN; ++i)
    mt_[i] = 1812433253U * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  mti_ = kN;
}

void PythonRandom::init_by_array(std::span<const std::uint32_t> key) {
  init_genrand(19650218U);
  std::size_t i = 1, j = 0;
  const std::size_t key_length = key.size();
  for (std::size_t k = std::max<std::size_t>(kN, key_length); k; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525U)) + key[j] +
             static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (std::size_t k = kN - 1; k; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941U)) -
             static_cast<std::uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
}

std::uint32_t PythonRandom::genrand_uint32() {
  static constexpr std::uint32_t kMag01[2] = {0x0U, kMatrixA};
  std::uint32_t y;
  if (mti_ >= kN) {
    int kk;
    for (kk = 0; kk < kN - kM; ++kk) {
      y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
      mt_[kk] = mt_[kk + kM] ^ (y >> 1) ^ kMag01[y & 0x1U];
    }
    for (; kk < kN - 1; ++kk) {
      y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
      mt_[kk] = mt_[kk + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 0x1U];
    }
    y = (mt_[kN - 1] & kUpperMask) | (mt_[0] & kLowerMask);
    mt_[kN - 1] = mt_[kM - 1] ^ (y >> 1) ^ kMag01[y & 0x1U];
    mti_ = 0;
  }
  y = mt_[mti_++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

void PythonRandom::seed(std::int64_t n) {
  // abs() in unsigned arithmetic, so INT64_MIN is fine.
  const std::uint64_t mag = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  const std::uint32_t words[2] = {static_cast<std::uint32_t>(mag),
                                  static_cast<std::uint32_t>(mag >> 32)};
  seed_words(std::span<const std::uint32_t>(words, 2));
}

void PythonRandom::seed_words(std::span<const std::uint32_t> magnitude_le) {
  std::size_t used = magnitude_le.size();
  while (used > 0 && magnitude_le[used - 1] == 0) --used;
  if (used == 0) {
    const std::uint32_t zero = 0;  // _randommodule.c: keyused = bits == 0 ? 1 : ...
    init_by_array(std::span<const std::uint32_t>(&zero, 1));
  } else {
    init_by_array(magnitude_le.first(used));
  }
}

void PythonRandom::seed_str(std::string_view utf8) {
  // Lib/random.py, seed() version 2: a = int.from_bytes(a + _sha512(a).digest()).
  std::string bytes(utf8);
  const auto digest = sha512(utf8);
  bytes.append(digest.begin(), digest.end());
  std::vector<std::uint32_t> words((bytes.size() + 3) / 4, 0);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const std::size_t from_end = bytes.size() - 1 - i;  // byte significance
    words[from_end / 4] |= std::uint32_t{static_cast<std::uint8_t>(bytes[i])} << (8 * (from_end % 4));
  }
  seed_words(words);
}

double PythonRandom::random() {
  const std::uint32_t a = genrand_uint32() >> 5;
  const std::uint32_t b = genrand_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

std::uint64_t PythonRandom::getrandbits(int k) {
  if (k < 0 || k > 64) throw std::invalid_argument("getrandbits: k must be in [0, 64]");
  if (k == 0) return 0;
  if (k <= 32) return genrand_uint32() >> (32 - k);
  const std::uint64_t lo = genrand_uint32();
  const std::uint64_t hi = genrand_uint32() >> (64 - k);
  return lo | (hi << 32);
}

std::vector<std::uint32_t> PythonRandom::getrandbits_words(int k) {
  if (k < 0) throw std::invalid_argument("number of bits must be non-negative");
  std::vector<std::uint32_t> words;
  if (k == 0) return words;
  words.reserve((k - 1) / 32 + 1);
  for (; k > 0; k -= 32) {
    std::uint32_t r = genrand_uint32();
    if (k < 32) r >>= (32 - k);
    words.push_back(r);
  }
  return words;
}

std::uint64_t PythonRandom::randbelow(std::uint64_t n) {
  if (n == 0) throw std::invalid_argument("randbelow: n must be positive");
  const int k = bit_length(n);  // not (n-1): n can be 1 (Lib/random.py)
  std::uint64_t r = getrandbits(k);
  while (r >= n) r = getrandbits(k);
  return r;
}

std::int64_t PythonRandom::randrange(std::int64_t stop) {
  if (stop > 0) return static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(stop)));
  throw std::invalid_argument("empty range for randrange()");
}

std::int64_t PythonRandom::randrange(std::int64_t start, std::int64_t stop, std::int64_t step) {
  const std::int64_t width = stop - start;
  if (step == 1) {
    if (width > 0) return start + static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(width)));
    throw std::invalid_argument("empty range for randrange()");
  }
  std::int64_t n;
  if (step > 0) {
    n = floor_div(width + step - 1, step);
  } else if (step < 0) {
    n = floor_div(width + step + 1, step);
  } else {
    throw std::invalid_argument("zero step for randrange()");
  }
  if (n <= 0) throw std::invalid_argument("empty range for randrange()");
  return start + step * static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(n)));
}

std::int64_t PythonRandom::randint(std::int64_t a, std::int64_t b) { return randrange(a, b + 1); }

std::vector<std::size_t> PythonRandom::sample_indices(std::size_t n, std::size_t k) {
  if (k > n) throw std::invalid_argument("Sample larger than population or is negative");
  std::vector<std::size_t> result(k);
  // Lib/random.py 3.11: a list pool for small populations, a set of taken indexes otherwise.
  std::size_t setsize = 21;
  if (k > 5)
    setsize += static_cast<std::size_t>(
        std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<std::size_t> pool(n);
    for (std::size_t i = 0; i < n; ++i) pool[i] = i;
    for (std::size_t i = 0; i < k; ++i) {
      const std::size_t j = randbelow(n - i);
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    std::set<std::size_t> selected;
    for (std::size_t i = 0; i < k; ++i) {
      std::size_t j = randbelow(n);
      while (selected.count(j)) j = randbelow(n);
      selected.insert(j);
      result[i] = j;
    }
  }
  return result;
}

}  // namespace stacktwin::sim
