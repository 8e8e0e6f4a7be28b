#include "sim/cli/progress.h"

#include <cstdio>

namespace stacktwin::cli {

ProgressLine::ProgressLine(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

ProgressLine::~ProgressLine() {
  if (drawn_) std::fputs("\r\033[K", stderr);
}

void ProgressLine::update(sim::Time now, sim::Time end, std::uint64_t events) {
  if (!enabled_) return;
  const auto wall = std::chrono::steady_clock::now();
  if (wall - last_ < std::chrono::milliseconds(250) && now < end) return;
  last_ = wall;
  const double elapsed = std::chrono::duration<double>(wall - start_).count();
  const double done = end.ns() > 0 ? static_cast<double>(now.ns()) / static_cast<double>(end.ns()) : 1.0;
  const double rate = elapsed > 0 ? static_cast<double>(events) / elapsed : 0.0;
  const double eta = done > 0 ? elapsed * (1.0 - done) / done : 0.0;
  const std::int64_t s = now.ns() / 1'000'000'000;
  std::fprintf(stderr, "\r\033[K  sim %lldd %02lld:%02lld:%02lld of %s  %5.1f%%  %.2fM events/s  ETA %.0fs",
               static_cast<long long>(s / 86400), static_cast<long long>(s / 3600 % 24),
               static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60),
               sim::to_string(end).c_str(), 100.0 * done, rate / 1e6, eta);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace stacktwin::cli
