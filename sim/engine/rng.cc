#include "sim/engine/rng.h"

#include <boost/random/uniform_int_distribution.hpp>

namespace stacktwin::sim {
namespace {

constexpr std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

constexpr std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace

std::uint64_t stream_seed(std::uint64_t master_seed, std::string_view name) {
  return splitmix64(splitmix64(master_seed) ^ fnv1a64(name));
}

RngStream::RngStream(std::uint64_t master_seed, std::string_view name)
    : name_(name), gen_(stream_seed(master_seed, name)) {}

std::uint64_t RngStream::below(std::uint64_t n) {
  return boost::random::uniform_int_distribution<std::uint64_t>(0, n - 1)(gen_);
}

RngStream& RngStreams::get(std::string_view name) {
  auto it = streams_.find(name);
  if (it == streams_.end())
    it = streams_.emplace(std::string(name), std::make_unique<RngStream>(master_seed_, name)).first;
  return *it->second;
}

}  // namespace stacktwin::sim
