// Named random streams (after ns-3's RngStream and SimGrid's per-actor streams).
//
// One master seed per run; every component draws from its own stream, asked for by name
// (`streams.get("workload.arrivals")`). A stream's seed is a fixed function of (master seed,
// name): FNV-1a 64 of the name mixed with the seed through SplitMix64 — never std::hash, whose
// value differs between standard libraries. So adding a component (a new stream) never moves
// another component's numbers, and the same seed gives the same draws on every machine.
// The generator is Boost.Random's mt19937_64, whose output is fixed by its specification.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <boost/random/mersenne_twister.hpp>

namespace stacktwin::sim {

// The seed of stream `name` in a run seeded with `master_seed`. Stable across versions:
// tests/engine pins values of it.
std::uint64_t stream_seed(std::uint64_t master_seed, std::string_view name);

class RngStream {
 public:
  using result_type = std::uint64_t;
  RngStream(std::uint64_t master_seed, std::string_view name);

  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return UINT64_MAX; }
  result_type operator()() { return gen_(); }

  // Uniform in [0, 1) with 53 random bits.
  double uniform01() { return static_cast<double>(gen_() >> 11) * 0x1.0p-53; }
  // Uniform integer in [0, n), n > 0, without modulo bias.
  std::uint64_t below(std::uint64_t n);

  const std::string& name() const { return name_; }
  boost::random::mt19937_64& generator() { return gen_; }

 private:
  std::string name_;
  boost::random::mt19937_64 gen_;
};

// The run's streams, created on first use and kept in name order.
class RngStreams {
 public:
  explicit RngStreams(std::uint64_t master_seed) : master_seed_(master_seed) {}
  RngStream& get(std::string_view name);
  std::uint64_t master_seed() const { return master_seed_; }

 private:
  std::uint64_t master_seed_;
  std::map<std::string, std::unique_ptr<RngStream>, std::less<>> streams_;
};

}  // namespace stacktwin::sim
