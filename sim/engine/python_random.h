// Python's `random` module, bit for bit: CPython 3.11 Lib/random.py over the MT19937 of
// Modules/_randommodule.c.
//
// Nova's scheduler (host_subset_size choice, shuffle_best_same_weighed_hosts) and Swift's
// RingBuilder (random.seed(seed), then shuffle/randint while balancing) draw from Python's
// global `random`; to reproduce their decisions exactly we must reproduce its numbers, not
// just its distribution. Every method below names the Python function whose draws it
// consumes, in the same order; tests/engine/python_random_test.cc pins outputs of Debian's
// /usr/bin/python3 (3.11.7).
//
// Integers wider than 64 bits (seeds, getrandbits(k > 64)) travel as little-endian 32-bit
// words of the magnitude, the layout _randommodule.c itself uses.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace stacktwin::sim {

class PythonRandom {
 public:
  static constexpr int kN = 624;  // MT19937 state words

  // random.Random(0). Python seeds an unseeded generator from os.urandom; we never do.
  PythonRandom() { seed(0); }
  explicit PythonRandom(std::int64_t n) { seed(n); }

  // random.seed(n) for an int: init_by_array over the 32-bit words of abs(n), least
  // significant first (one zero word for n == 0). So seed(-n) == seed(n).
  void seed(std::int64_t n);
  // random.seed(n) for an int of any size, given as the little-endian 32-bit words of abs(n)
  // (leading zero words are ignored, as _PyLong_NumBits does).
  void seed_words(std::span<const std::uint32_t> magnitude_le);
  // random.seed(s) for a str (version 2): the UTF-8 bytes followed by their SHA-512 digest,
  // read as a big-endian int. `utf8` must already be the UTF-8 encoding of the str.
  void seed_str(std::string_view utf8);

  // random.random(): 53 bits from two outputs, (a >> 5) * 2^26 + (b >> 6), over 2^53.
  double random();
  // One MT19937 output (genrand_uint32 of _randommodule.c).
  std::uint32_t genrand_uint32();

  // random.getrandbits(k), 0 <= k <= 64.
  std::uint64_t getrandbits(int k);
  // random.getrandbits(k) for any k >= 0: ceil(k / 32) little-endian words, the last one
  // holding the top k % 32 bits shifted down (k == 0 -> no words, and no draw).
  std::vector<std::uint32_t> getrandbits_words(int k);

  // Random._randbelow_with_getrandbits(n), n >= 1: getrandbits(n.bit_length()) until < n.
  std::uint64_t randbelow(std::uint64_t n);
  // random.randrange(stop) / randrange(start, stop[, step]); throws std::invalid_argument
  // for an empty range or a zero step, as Python raises ValueError.
  std::int64_t randrange(std::int64_t stop);
  std::int64_t randrange(std::int64_t start, std::int64_t stop, std::int64_t step = 1);
  // random.randint(a, b) == randrange(a, b + 1).
  std::int64_t randint(std::int64_t a, std::int64_t b);

  // random.choice(seq): seq[_randbelow(len(seq))]; throws std::out_of_range when empty.
  template <class T>
  const T& choice(std::span<const T> seq) {
    if (seq.empty()) throw std::out_of_range("Cannot choose from an empty sequence");
    return seq[randbelow(seq.size())];
  }
  template <class T>
  const T& choice(const std::vector<T>& seq) { return choice(std::span<const T>(seq)); }

  // random.shuffle(x), 3.11: for i in reversed(range(1, len(x))): j = _randbelow(i + 1);
  // swap x[i], x[j].
  template <class T>
  void shuffle(std::span<T> x) {
    for (std::size_t i = x.size(); i-- > 1;) {
      const std::size_t j = randbelow(i + 1);
      using std::swap;
      swap(x[i], x[j]);
    }
  }
  template <class T>
  void shuffle(std::vector<T>& x) { shuffle(std::span<T>(x)); }

  // random.sample(range(n), k) as indices (3.11's pool / selected-set algorithm, whose
  // switch point depends on k): apply them to the population to get sample(population, k).
  // Throws std::invalid_argument unless 0 <= k <= n.
  std::vector<std::size_t> sample_indices(std::size_t n, std::size_t k);

  // The MT19937 state and position, as random.getstate()[1] holds them (624 words + index).
  std::array<std::uint32_t, kN> state() const { return mt_; }
  int index() const { return mti_; }

 private:
  void init_genrand(std::uint32_t s);
  void init_by_array(std::span<const std::uint32_t> key);

  std::array<std::uint32_t, kN> mt_{};
  int mti_ = kN + 1;
};

}  // namespace stacktwin::sim
