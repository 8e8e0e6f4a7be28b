// Coroutine resumption throughput (docs/performance.md, "Engine"): K processes, each looping
// `co_await eng.sleep(d)` with d drawn from a precomputed exponential table (mean 1 ms).
// One item = one sleep = one event scheduled, popped and resumed.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "sim/engine/engine.h"
#include "sim/engine/task.h"

namespace stacktwin::sim {
namespace {

constexpr std::size_t kTableSize = std::size_t{1} << 16;
constexpr std::int64_t kBatch = 100'000;

struct SleepModel {
  Engine eng;
  std::vector<std::int64_t> increments;
  std::size_t next = 0;
  std::int64_t remaining = 0;
  bool done = false;
  std::int64_t live = 0;

  SleepModel() : increments(kTableSize) {
    std::mt19937_64 gen(777);
    for (auto& x : increments) {
      const double u = (static_cast<double>(gen() >> 11) + 0.5) * 0x1.0p-53;
      x = static_cast<std::int64_t>(-std::log(u) * 1e6);
    }
  }
  Duration increment() { return Duration::from_ns(increments[next++ & (kTableSize - 1)]); }
  void run_resumptions(std::int64_t n) {
    remaining = n;
    eng.run();
  }
};

Task<> sleeper(SleepModel& m) {
  ++m.live;
  while (!m.done) {
    co_await m.eng.sleep(m.increment());
    if (--m.remaining == 0) m.eng.stop();
  }
  --m.live;
}

void BM_EngineCoroutineSleep(benchmark::State& state) {
  const auto k = static_cast<int>(state.range(0));
  SleepModel m;
  for (int i = 0; i < k; ++i) spawn(sleeper(m));
  m.run_resumptions(std::max<std::int64_t>(k, kBatch));  // warm up
  for (auto _ : state) m.run_resumptions(kBatch);
  state.SetItemsProcessed(state.iterations() * kBatch);
  // Let every process see `done` and end, so that every frame is freed.
  m.done = true;
  m.remaining = -1;
  m.eng.run();
  if (m.live != 0) state.SkipWithError("coroutines left behind");
}
BENCHMARK(BM_EngineCoroutineSleep)->Arg(1'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace stacktwin::sim
