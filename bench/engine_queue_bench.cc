// Event-queue throughput (docs/performance.md, "Engine"): the classic hold model and a
// cancel-heavy variant.
//
// Hold model (Jones 1986, "An empirical comparison of priority-queue and event-set
// implementations", CACM 29(4)): the queue holds N pending events; each event, when it runs,
// schedules one new event at now + an exponential increment. The queue size stays N, so the
// figure is the cost of one pop + one push + one callback at that size. Increments come from a
// precomputed table so that the random-number generator stays out of the measurement.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "sim/engine/engine.h"

namespace stacktwin::sim {
namespace {

constexpr std::size_t kTableSize = std::size_t{1} << 16;
constexpr std::int64_t kMeanIncrementNs = 1'000'000;  // 1 ms
constexpr std::int64_t kBatch = 100'000;              // events per benchmark iteration

// Exponential increments, mean 1 ms, from a fixed seed.
std::vector<std::int64_t> make_increments() {
  std::mt19937_64 gen(12345);
  std::vector<std::int64_t> table(kTableSize);
  for (auto& x : table) {
    const double u = (static_cast<double>(gen() >> 11) + 0.5) * 0x1.0p-53;
    x = static_cast<std::int64_t>(-std::log(u) * kMeanIncrementNs);
  }
  return table;
}

struct HoldModel {
  Engine eng;
  std::vector<std::int64_t> increments = make_increments();
  std::size_t next = 0;
  std::int64_t remaining = 0;

  Duration increment() { return Duration::from_ns(increments[next++ & (kTableSize - 1)]); }
  // Runs exactly n events.
  void run_events(std::int64_t n) {
    remaining = n;
    eng.run();
  }
};

struct HoldEvent {
  HoldModel* m;
  void operator()() const {
    m->eng.after(m->increment(), HoldEvent{m});
    if (--m->remaining == 0) m->eng.stop();
  }
};

void BM_EngineHold(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  HoldModel m;
  for (std::size_t i = 0; i < n; ++i) m.eng.at(Time::zero() + m.increment(), HoldEvent{&m});
  // Warm up into the hold model's steady-state distribution of pending times.
  m.run_events(static_cast<std::int64_t>(std::max<std::size_t>(n, kBatch)));
  for (auto _ : state) m.run_events(kBatch);
  if (m.eng.pending() != n) state.SkipWithError("queue size drifted");
  state.SetItemsProcessed(state.iterations() * kBatch);
  state.counters["pending"] = static_cast<double>(n);
}
BENCHMARK(BM_EngineHold)->Arg(1'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Mixed callbacks: the same hold model, but each event is one of four callable types of
// different sizes, picked from a table. A real model schedules many different lambdas, so the
// indirect calls (invoke, move, destroy) are not monomorphic as in BM_EngineHold.
template <int Words>
struct MixedEvent {
  HoldModel* m;
  std::uint64_t payload[Words];
  void operator()() const;
};

void schedule_mixed(HoldModel* m) {
  const std::size_t i = m->next & (kTableSize - 1);
  const Duration d = m->increment();
  switch (m->increments[i] & 3) {  // the low bits of the increment pick the kind
    case 0: m->eng.after(d, MixedEvent<1>{m, {i}}); break;
    case 1: m->eng.after(d, MixedEvent<2>{m, {i, 1}}); break;
    case 2: m->eng.after(d, MixedEvent<3>{m, {i, 1, 2}}); break;
    default: m->eng.after(d, MixedEvent<4>{m, {i, 1, 2, 3}}); break;
  }
}

template <int Words>
void MixedEvent<Words>::operator()() const {
  benchmark::DoNotOptimize(payload[Words - 1]);
  schedule_mixed(m);
  if (--m->remaining == 0) m->eng.stop();
}

void BM_EngineHoldMixed(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  HoldModel m;
  for (std::size_t i = 0; i < n; ++i) schedule_mixed(&m);
  m.run_events(static_cast<std::int64_t>(std::max<std::size_t>(n, kBatch)));
  for (auto _ : state) m.run_events(kBatch);
  if (m.eng.pending() != n) state.SkipWithError("queue size drifted");
  state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_EngineHoldMixed)->Arg(1'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Cancel-heavy: every event schedules its successor and a timeout (as a request does with its
// RPC timeout), and cancels the timeout scheduled 64 events earlier, which has not fired yet.
// Half of all scheduled events are cancelled; they stay in the queue until they reach the top.
struct CancelModel {
  HoldModel hold;
  std::array<EventId, 64> timeouts{};
  std::size_t ring = 0;
  std::uint64_t fired_timeouts = 0;
};

struct CancelEvent {
  CancelModel* m;
  void operator()() const {
    HoldModel& h = m->hold;
    h.eng.after(h.increment(), CancelEvent{m});
    const EventId t = h.eng.after(Duration::from_ns(kMeanIncrementNs), [m = m] {
      ++m->fired_timeouts;
    });
    EventId& old = m->timeouts[m->ring++ & 63];
    h.eng.cancel(old);
    old = t;
    if (--h.remaining == 0) h.eng.stop();
  }
};

void BM_EngineHoldCancelHalf(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  CancelModel m;
  for (std::size_t i = 0; i < n; ++i)
    m.hold.eng.at(Time::zero() + m.hold.increment(), CancelEvent{&m});
  m.hold.run_events(static_cast<std::int64_t>(std::max<std::size_t>(n, kBatch)));
  const std::uint64_t fired_before = m.fired_timeouts;
  for (auto _ : state) m.hold.run_events(kBatch);
  if (m.fired_timeouts != fired_before) state.SkipWithError("a timeout fired: not cancel-heavy");
  // Items: events run (each also schedules two and cancels one).
  state.SetItemsProcessed(state.iterations() * kBatch);
  state.counters["pending"] = static_cast<double>(m.hold.eng.pending());
}
BENCHMARK(BM_EngineHoldCancelHalf)->Arg(1'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace stacktwin::sim
