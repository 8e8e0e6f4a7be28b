// The event queue's contract (sim/engine/engine.h): events run in (time, sequence) order,
// cancel is exact, run_until and stop do what they say.
#include "sim/engine/engine.h"

#include <algorithm>
#include <coroutine>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

namespace stacktwin::sim {
namespace {

Time at_s(std::int64_t s) { return Time::zero() + seconds(s); }

// STYLE.md rule 5: a test pins the order of tied events.
TEST(EngineOrder, TiedEventsRunInSchedulingOrder) {
  Engine eng;
  std::vector<std::string> log;
  auto rec = [&](std::string name) {
    log.push_back(name + "@" + std::to_string(eng.now().ns()));
  };
  eng.at(Time::from_ns(10), [&] {
    rec("A");
    // Scheduled for now() from inside a callback: after every event already due at 10.
    eng.at(eng.now(), [&] { rec("E"); });
    eng.after(Duration{}, [&] { rec("F"); });
  });
  eng.at(Time::from_ns(5), [&] {
    rec("B");
    eng.at(Time::from_ns(10), [&] { rec("G"); });  // sequence taken at t=5: before E and F
  });
  eng.at(Time::from_ns(10), [&] { rec("C"); });
  eng.at(Time::from_ns(10), [&] { rec("D"); });
  eng.at(Time::from_ns(11), [&] { rec("H"); });
  eng.run();
  EXPECT_EQ(log, (std::vector<std::string>{"B@5", "A@10", "C@10", "D@10", "G@10", "E@10", "F@10",
                                           "H@11"}));
  EXPECT_EQ(eng.events_executed(), 8u);
  EXPECT_EQ(eng.pending(), 0u);
  EXPECT_EQ(eng.now(), Time::from_ns(11));
}

TEST(EngineOrder, ResumeLaterRunsAfterEventsAlreadyDueNow) {
  Engine eng;
  std::vector<int> log;
  eng.at(Time::from_ns(3), [&] {
    log.push_back(1);
    eng.at(eng.now(), [&] { log.push_back(3); });
    eng.resume_later(std::noop_coroutine());  // a no-op resumption still takes its turn
    eng.at(eng.now(), [&] { log.push_back(4); });
  });
  eng.at(Time::from_ns(3), [&] { log.push_back(2); });
  eng.run();
  EXPECT_EQ(log, (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(eng.events_executed(), 5u);
}

// A model of the contract: a sorted list of (time, sequence). Many events over a few
// distinct times (so ties are common), cancellations, and events scheduled from callbacks.
struct ChurnModel {
  struct Expected {
    std::int64_t time;
    int seq;
    bool cancelled;
    bool ran;
  };
  Engine eng;
  std::uint64_t x = 0x9e3779b97f4a7c15ULL;
  std::vector<Expected> expected;  // indexed by sequence
  std::vector<EventId> ids;
  std::vector<int> ran;

  std::uint64_t next() {  // xorshift64: deterministic, independent of the engine's RNG
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  }
  void schedule(std::int64_t t) {
    const int my = static_cast<int>(expected.size());
    expected.push_back({t, my, false, false});
    ids.push_back(eng.at(Time::from_ns(t), [this, my] { run(my); }));
  }
  bool cancel(std::size_t victim) {
    const bool was_pending = !expected[victim].cancelled && !expected[victim].ran;
    EXPECT_EQ(eng.cancel(ids[victim]), was_pending) << "victim " << victim;
    if (was_pending) expected[victim].cancelled = true;
    return was_pending;
  }
  void run(int my) {
    ran.push_back(my);
    expected[static_cast<std::size_t>(my)].ran = true;
    // A third of the events schedule another one, some at now().
    if (next() % 3 == 0) schedule(eng.now().ns() + static_cast<std::int64_t>(next() % 4));
    // Some cancel a random one (pending, already run, already cancelled, or itself).
    if (next() % 5 == 0) cancel(static_cast<std::size_t>(next() % ids.size()));
  }
};

TEST(EngineOrder, MatchesReferenceOrderUnderChurn) {
  ChurnModel m;
  for (int i = 0; i < 5000; ++i) m.schedule(static_cast<std::int64_t>(m.next() % 50));
  int cancelled = 0;
  for (int i = 0; i < 1000; ++i)  // some up front, some of them twice
    cancelled += m.cancel(static_cast<std::size_t>(m.next() % m.ids.size()));
  EXPECT_EQ(m.eng.pending(), 5000u - static_cast<std::size_t>(cancelled));
  m.eng.run();

  std::vector<ChurnModel::Expected> order;
  for (const auto& e : m.expected)
    if (!e.cancelled) order.push_back(e);
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return std::tie(a.time, a.seq) < std::tie(b.time, b.seq);
  });
  std::vector<int> want;
  for (const auto& e : order) want.push_back(e.seq);
  ASSERT_GT(want.size(), 4000u);
  EXPECT_EQ(m.ran, want);
  EXPECT_EQ(m.eng.events_executed(), want.size());
  EXPECT_EQ(m.eng.pending(), 0u);
}

TEST(EngineSchedule, AtAndAfterUseAbsoluteAndRelativeTime) {
  Engine eng;
  std::vector<std::int64_t> times;
  eng.at(at_s(10), [&] {
    times.push_back(eng.now().ns());
    eng.after(seconds(5), [&] { times.push_back(eng.now().ns()); });
    eng.at(at_s(12), [&] { times.push_back(eng.now().ns()); });
  });
  eng.after(seconds(3), [&] { times.push_back(eng.now().ns()); });
  eng.run();
  EXPECT_EQ(times, (std::vector<std::int64_t>{3'000'000'000, 10'000'000'000, 12'000'000'000,
                                              15'000'000'000}));
}

TEST(EngineCancel, CancelledEventNeverRuns) {
  Engine eng;
  std::vector<int> log;
  const EventId a = eng.at(at_s(1), [&] { log.push_back(1); });
  const EventId b = eng.at(at_s(2), [&] { log.push_back(2); });
  const EventId c = eng.at(at_s(3), [&] { log.push_back(3); });
  EXPECT_EQ(eng.pending(), 3u);
  EXPECT_TRUE(eng.cancel(b));
  EXPECT_EQ(eng.pending(), 2u);
  EXPECT_FALSE(eng.cancel(b)) << "second cancel of the same id";
  EXPECT_EQ(eng.pending(), 2u);
  eng.run();
  EXPECT_EQ(log, (std::vector<int>{1, 3}));
  EXPECT_EQ(eng.events_executed(), 2u);
  EXPECT_FALSE(eng.cancel(a)) << "already ran";
  EXPECT_FALSE(eng.cancel(c)) << "already ran";
  EXPECT_FALSE(eng.cancel(EventId{})) << "invalid id";
  EXPECT_FALSE(eng.cancel(EventId{12345, 0})) << "slot never used";
}

TEST(EngineCancel, StaleIdDoesNotCancelTheSlotsNextEvent) {
  Engine eng;
  int runs = 0;
  const EventId first = eng.at(at_s(1), [&] { ++runs; });
  eng.run();
  ASSERT_EQ(runs, 1);
  const EventId second = eng.at(at_s(2), [&] { runs += 10; });
  // The pool reuses the freed slot; the generation tells the two events apart.
  EXPECT_EQ(second.slot, first.slot);
  EXPECT_NE(second.generation, first.generation);
  EXPECT_FALSE(eng.cancel(first));
  EXPECT_EQ(eng.pending(), 1u);
  eng.run();
  EXPECT_EQ(runs, 11);

  // Same after a cancel: once the cancelled entry has left the queue its slot is reused.
  const EventId third = eng.at(at_s(3), [&] { runs += 100; });
  EXPECT_TRUE(eng.cancel(third));
  eng.run();
  const EventId fourth = eng.at(at_s(4), [&] { runs += 1000; });
  EXPECT_FALSE(eng.cancel(third));
  eng.run();
  EXPECT_EQ(runs, 1011);
  EXPECT_FALSE(eng.cancel(fourth));
}

TEST(EngineCancel, EventCannotCancelItselfWhileRunning) {
  Engine eng;
  EventId self;
  bool result = true;
  self = eng.at(at_s(1), [&] { result = eng.cancel(self); });
  eng.run();
  EXPECT_FALSE(result);
  EXPECT_EQ(eng.events_executed(), 1u);
}

TEST(EngineCancel, CancelReleasesTheCallbackAtOnce) {
  auto token = std::make_shared<int>(7);
  Engine eng;
  const EventId id = eng.at(at_s(1), [token] {});
  EXPECT_EQ(token.use_count(), 2);
  EXPECT_TRUE(eng.cancel(id));
  EXPECT_EQ(token.use_count(), 1);
}

TEST(EngineCancel, PendingCallbacksAreDestroyedWithTheEngine) {
  auto token = std::make_shared<int>(7);
  {
    Engine eng;
    for (int i = 0; i < 10; ++i) eng.at(at_s(i), [token] {});
    EXPECT_EQ(token.use_count(), 11);
  }
  EXPECT_EQ(token.use_count(), 1);
}

TEST(EngineRun, RunUntilRunsEventsUpToAndIncludingT) {
  Engine eng;
  std::vector<int> log;
  for (int s : {1, 2, 3, 5}) eng.at(at_s(s), [&, s] { log.push_back(s); });
  eng.run_until(at_s(3));
  EXPECT_EQ(log, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(eng.now(), at_s(3));
  EXPECT_EQ(eng.pending(), 1u);
  EXPECT_EQ(eng.events_executed(), 3u);

  eng.run_until(at_s(4));  // nothing due: the clock still advances to t
  EXPECT_EQ(log.size(), 3u);
  EXPECT_EQ(eng.now(), at_s(4));

  // Events scheduled during run_until for <= t run in the same call.
  eng.at(at_s(4), [&] {
    log.push_back(4);
    eng.at(at_s(5), [&] { log.push_back(50); });
    eng.at(at_s(6), [&] { log.push_back(6); });
  });
  eng.run_until(at_s(5));
  EXPECT_EQ(log, (std::vector<int>{1, 2, 3, 4, 5, 50}));
  EXPECT_EQ(eng.now(), at_s(5));
  EXPECT_EQ(eng.pending(), 1u);

  eng.run();
  EXPECT_EQ(log.back(), 6);
  EXPECT_EQ(eng.now(), at_s(6));
  EXPECT_EQ(eng.events_executed(), 7u);
}

TEST(EngineRun, RunUntilOnEmptyQueueAdvancesClock) {
  Engine eng;
  eng.run_until(at_s(100));
  EXPECT_EQ(eng.now(), at_s(100));
  EXPECT_EQ(eng.events_executed(), 0u);
  eng.run();  // empty: the clock stays
  EXPECT_EQ(eng.now(), at_s(100));
}

TEST(EngineRun, StopReturnsAfterTheCurrentEvent) {
  Engine eng;
  std::vector<int> log;
  for (int s = 1; s <= 5; ++s)
    eng.at(at_s(s), [&, s] {
      log.push_back(s);
      if (s == 2) eng.stop();
    });
  eng.run();
  EXPECT_EQ(log, (std::vector<int>{1, 2}));
  EXPECT_TRUE(eng.stopped());
  EXPECT_EQ(eng.now(), at_s(2));
  EXPECT_EQ(eng.events_executed(), 2u);
  EXPECT_EQ(eng.pending(), 3u);

  eng.run();  // resumes where it stopped
  EXPECT_FALSE(eng.stopped());
  EXPECT_EQ(log, (std::vector<int>{1, 2, 3, 4, 5}));
  EXPECT_EQ(eng.events_executed(), 5u);
}

TEST(EngineRun, StopInsideRunUntilLeavesClockAtStoppingEvent) {
  Engine eng;
  eng.at(at_s(1), [&] { eng.stop(); });
  eng.at(at_s(2), [] {});
  eng.run_until(at_s(10));
  EXPECT_EQ(eng.now(), at_s(1));
  EXPECT_EQ(eng.pending(), 1u);
}

TEST(EngineRun, CancelledEventsDoNotCountAsExecuted) {
  Engine eng;
  std::vector<EventId> ids;
  for (int i = 0; i < 100; ++i) ids.push_back(eng.at(at_s(i % 7), [] {}));
  for (int i = 0; i < 100; i += 3) EXPECT_TRUE(eng.cancel(ids[static_cast<std::size_t>(i)]));
  EXPECT_EQ(eng.pending(), 66u);
  eng.run();
  EXPECT_EQ(eng.events_executed(), 66u);
  EXPECT_EQ(eng.pending(), 0u);
  EXPECT_EQ(eng.now(), at_s(6));
}

TEST(EngineRun, ManyPendingEventsAcrossPoolChunks) {
  // More than one 4096-slot chunk, scheduled in reverse time order.
  Engine eng;
  constexpr int kN = 20000;
  std::vector<int> log;
  log.reserve(kN);
  for (int i = kN - 1; i >= 0; --i) eng.at(Time::from_ns(i), [&log, i] { log.push_back(i); });
  EXPECT_EQ(eng.pending(), static_cast<std::size_t>(kN));
  eng.run();
  ASSERT_EQ(log.size(), static_cast<std::size_t>(kN));
  for (int i = 0; i < kN; ++i) ASSERT_EQ(log[static_cast<std::size_t>(i)], i);
}

TEST(EngineRun, LargeQueueKeepsTotalOrder) {
  // 150k pending: the heap passes 2 MiB (huge-page storage) and the slot pool spans several
  // blocks; times collide often, so the sequence decides many ties.
  Engine eng;
  constexpr std::uint32_t kN = 150'000;
  std::vector<std::pair<std::int64_t, std::uint32_t>> ran;
  ran.reserve(kN);
  std::uint64_t x = 88172645463325252ULL;
  for (std::uint32_t i = 0; i < kN; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const auto t = static_cast<std::int64_t>(x % 5000);
    eng.at(Time::from_ns(t), [&ran, &eng, i] { ran.emplace_back(eng.now().ns(), i); });
  }
  eng.run();
  ASSERT_EQ(ran.size(), kN);
  EXPECT_TRUE(std::is_sorted(ran.begin(), ran.end())) << "not in (time, sequence) order";
}

TEST(EngineRun, EventAtTheEndOfTimeRuns) {
  Engine eng;
  int runs = 0;
  eng.at(Time::max(), [&] { ++runs; });
  eng.at(Time::from_ns(1), [&] { ++runs; });
  eng.run_until(Time::max() - nanoseconds(1));
  EXPECT_EQ(runs, 1);
  eng.run();
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(eng.now(), Time::max());
}

TEST(EngineCallback, CarriesFortyBytesOfCapture) {
  Engine eng;
  std::int64_t a = 1, b = 2, c = 3, d = 4, out = 0;
  std::int64_t* p = &out;
  eng.at(at_s(1), [a, b, c, d, p] { *p = a + b + c + d; });
  eng.run();
  EXPECT_EQ(out, 10);
}

}  // namespace
}  // namespace stacktwin::sim
