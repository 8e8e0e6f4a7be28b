// Coroutine tasks (sim/engine/task.h): sleeps, awaited children, triggers, when_all, spawn.
#include "sim/engine/task.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace stacktwin::sim {
namespace {

// Counts its destructions: placed in a coroutine frame it tells when the frame is freed.
struct FrameTracker {
  int* destroyed;
  explicit FrameTracker(int* d) : destroyed(d) {}
  FrameTracker(const FrameTracker&) = delete;
  ~FrameTracker() { ++*destroyed; }
};

std::int64_t now_s(const Engine& eng) { return eng.now().ns() / 1'000'000'000; }

Task<> sleeper(Engine& eng, std::vector<std::int64_t>& times) {
  times.push_back(now_s(eng));
  co_await eng.sleep(seconds(5));
  times.push_back(now_s(eng));
  co_await eng.sleep(seconds(3));
  times.push_back(now_s(eng));
  co_await eng.sleep(Duration{});  // zero: still a turn through the queue
  times.push_back(now_s(eng));
}

TEST(Task, SleepAdvancesVirtualTime) {
  Engine eng;
  std::vector<std::int64_t> times;
  spawn(sleeper(eng, times));
  EXPECT_EQ(times, (std::vector<std::int64_t>{0})) << "runs up to its first suspension";
  eng.run();
  EXPECT_EQ(times, (std::vector<std::int64_t>{0, 5, 8, 8}));
  EXPECT_EQ(eng.events_executed(), 3u);
}

TEST(Task, IsLazyUntilSpawnedOrAwaited) {
  Engine eng;
  std::vector<std::int64_t> times;
  {
    Task<> t = sleeper(eng, times);
    EXPECT_TRUE(times.empty());
    EXPECT_FALSE(t.done());
  }  // destroyed without ever running
  EXPECT_TRUE(times.empty());
  EXPECT_EQ(eng.pending(), 0u);
}

Task<int> answer_after(Engine& eng, Duration d, int value) {
  co_await eng.sleep(d);
  co_return value;
}

Task<int> sum_of_two(Engine& eng) {
  const int a = co_await answer_after(eng, seconds(2), 40);
  const int b = co_await answer_after(eng, seconds(3), 2);
  co_return a + b;
}

Task<> parent(Engine& eng, std::vector<std::string>& log) {
  log.push_back("parent starts at " + std::to_string(now_s(eng)));
  const int v = co_await answer_after(eng, seconds(2), 42);
  log.push_back("child returned " + std::to_string(v) + " at " + std::to_string(now_s(eng)));
  const int w = co_await sum_of_two(eng);  // nested: a task awaiting tasks
  log.push_back("nested returned " + std::to_string(w) + " at " + std::to_string(now_s(eng)));
}

TEST(Task, AwaitedChildReturnsValueToParent) {
  Engine eng;
  std::vector<std::string> log;
  spawn(parent(eng, log));
  eng.run();
  EXPECT_EQ(log, (std::vector<std::string>{"parent starts at 0", "child returned 42 at 2",
                                           "nested returned 42 at 7"}));
}

Task<int> immediate(int v) { co_return v; }

Task<> await_immediate(int& out) {
  out = co_await immediate(5) + co_await immediate(6);
}

TEST(Task, ChildThatNeverSuspendsCompletesInline) {
  Engine eng;
  int out = 0;
  spawn(await_immediate(out));
  EXPECT_EQ(out, 11);
  EXPECT_EQ(eng.pending(), 0u);
}

Task<int> deep(Engine& eng, int depth) {
  if (depth == 0) {
    co_await eng.sleep(seconds(1));
    co_return 0;
  }
  co_return 1 + co_await deep(eng, depth - 1);
}

TEST(Task, DeepNestingUsesSymmetricTransfer) {
  // Each level resumes its parent by symmetric transfer: 10k levels must not overflow.
  Engine eng;
  int result = -1;
  spawn([](Engine& e, int& r) -> Task<> { r = co_await deep(e, 10'000); }(eng, result));
  eng.run();
  EXPECT_EQ(result, 10'000);
  EXPECT_EQ(eng.now(), Time::zero() + seconds(1));
}

Task<int> throws_after(Engine& eng) {
  co_await eng.sleep(seconds(1));
  throw std::runtime_error("boom");
}

TEST(Task, ExceptionInAwaitedTaskIsRethrownInParent) {
  Engine eng;
  std::string caught;
  spawn([](Engine& e, std::string& c) -> Task<> {
    try {
      (void)co_await throws_after(e);
    } catch (const std::runtime_error& err) {
      c = err.what();
    }
  }(eng, caught));
  eng.run();
  EXPECT_EQ(caught, "boom");
}

Task<> tracked(Engine& eng, int* destroyed, int* finished) {
  FrameTracker tracker(destroyed);
  co_await eng.sleep(seconds(1));
  ++*finished;
}

TEST(Task, SpawnedTaskFreesItsFrameWhenItEnds) {
  Engine eng;
  int destroyed = 0, finished = 0;
  for (int i = 0; i < 3; ++i) spawn(tracked(eng, &destroyed, &finished));
  EXPECT_EQ(destroyed, 0);
  eng.run();
  EXPECT_EQ(finished, 3);
  EXPECT_EQ(destroyed, 3);
}

Task<> tracked_no_suspend(int* destroyed) {
  FrameTracker tracker(destroyed);
  co_return;
}

TEST(Task, SpawnedTaskThatNeverSuspendsFreesAtOnce) {
  int destroyed = 0;
  spawn(tracked_no_suspend(&destroyed));
  EXPECT_EQ(destroyed, 1);
}

Task<int> tracked_value(Engine& eng, int* destroyed) {
  FrameTracker tracker(destroyed);
  co_await eng.sleep(seconds(1));
  co_return 3;
}

TEST(Task, AwaitedTaskFrameIsFreedByItsOwner) {
  Engine eng;
  int destroyed = 0, seen_destroyed_after_await = -1;
  spawn([](Engine& e, int* d, int* seen) -> Task<> {
    const int v = co_await tracked_value(e, d);
    *seen = *d;  // the temporary Task has gone at the end of the full expression
    EXPECT_EQ(v, 3);
  }(eng, &destroyed, &seen_destroyed_after_await));
  eng.run();
  EXPECT_EQ(seen_destroyed_after_await, 1);
  EXPECT_EQ(destroyed, 1);
}

Task<> wait_then_log(Engine& eng, Trigger& trig, Duration start, int id,
                     std::vector<std::pair<int, std::int64_t>>& log) {
  co_await eng.sleep(start);
  co_await trig;
  log.emplace_back(id, now_s(eng));
}

TEST(Trigger, WaitersResumeInWaitOrderAtFireTime) {
  Engine eng;
  Trigger trig(eng);
  std::vector<std::pair<int, std::int64_t>> log;
  // Begin waiting at t = 3, 1, 2: resume order follows the order they began to wait.
  spawn(wait_then_log(eng, trig, seconds(3), 0, log));
  spawn(wait_then_log(eng, trig, seconds(1), 1, log));
  spawn(wait_then_log(eng, trig, seconds(2), 2, log));
  eng.at(Time::zero() + seconds(5), [&] {
    EXPECT_FALSE(trig.fired());
    trig.fire();
    EXPECT_TRUE(trig.fired());
    EXPECT_TRUE(log.empty()) << "waiters resume through the engine, not inside fire()";
    trig.fire();  // a second fire does nothing
  });
  eng.run();
  EXPECT_EQ(log, (std::vector<std::pair<int, std::int64_t>>{{1, 5}, {2, 5}, {0, 5}}));
}

TEST(Trigger, WaitersResumeAfterEventsAlreadyDueAtFireTime) {
  Engine eng;
  Trigger trig(eng);
  std::vector<std::string> log;
  spawn([](Trigger& t, std::vector<std::string>& l) -> Task<> {
    co_await t;
    l.push_back("waiter");
  }(trig, log));
  eng.at(Time::zero() + seconds(5), [&] {
    log.push_back("fire");
    trig.fire();
  });
  eng.at(Time::zero() + seconds(5), [&] { log.push_back("due at 5"); });
  eng.run();
  EXPECT_EQ(log, (std::vector<std::string>{"fire", "due at 5", "waiter"}));
}

TEST(Trigger, AwaitingAFiredTriggerDoesNotSuspend) {
  Engine eng;
  Trigger trig(eng);
  trig.fire();
  bool after = false;
  spawn([](Trigger& t, bool& a) -> Task<> {
    co_await t;
    a = true;
  }(trig, after));
  EXPECT_TRUE(after) << "continued inside spawn()";
  EXPECT_EQ(eng.pending(), 0u);
  EXPECT_EQ(eng.events_executed(), 0u);
}

Task<> sleep_then_log(Engine& eng, Duration d, int id, std::vector<int>& log) {
  co_await eng.sleep(d);
  log.push_back(id);
}

TEST(WhenAll, CompletesAtTheLatestChild) {
  Engine eng;
  std::vector<int> log;
  std::int64_t done_at = -1;
  spawn([](Engine& e, std::vector<int>& l, std::int64_t& at) -> Task<> {
    std::vector<Task<>> tasks;
    tasks.push_back(sleep_then_log(e, seconds(3), 3, l));
    tasks.push_back(sleep_then_log(e, seconds(7), 7, l));
    tasks.push_back(sleep_then_log(e, seconds(5), 5, l));
    co_await when_all(e, std::move(tasks));
    at = now_s(e);
    l.push_back(0);
  }(eng, log, done_at));
  eng.run();
  EXPECT_EQ(done_at, 7);
  EXPECT_EQ(log, (std::vector<int>{3, 5, 7, 0}));
}

TEST(WhenAll, EmptyAndInstantChildrenCompleteWithoutTime) {
  Engine eng;
  int stage = 0;
  spawn([](Engine& e, int& s) -> Task<> {
    co_await when_all(e, {});
    s = 1;
    std::vector<Task<>> instant;
    instant.push_back([]() -> Task<> { co_return; }());
    instant.push_back([]() -> Task<> { co_return; }());
    co_await when_all(e, std::move(instant));
    s = 2;
  }(eng, stage));
  EXPECT_EQ(stage, 2);
  eng.run();
  EXPECT_EQ(eng.now(), Time::zero());
}

TEST(WhenAll, ChildFramesAreFreed) {
  Engine eng;
  int destroyed = 0, finished = 0;
  spawn([](Engine& e, int* d, int* f) -> Task<> {
    std::vector<Task<>> tasks;
    for (int i = 0; i < 4; ++i) tasks.push_back(tracked(e, d, f));
    co_await when_all(e, std::move(tasks));
  }(eng, &destroyed, &finished));
  eng.run();
  EXPECT_EQ(finished, 4);
  EXPECT_EQ(destroyed, 4);
}

}  // namespace
}  // namespace stacktwin::sim
