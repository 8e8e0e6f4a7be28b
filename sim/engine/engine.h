// The discrete-event engine: one virtual clock and one totally ordered event queue.
//
// Order. Events run in the order (time, sequence): the sequence number is taken when an event
// is scheduled, so simultaneous events run in the order they were scheduled. Nothing depends
// on pointer values, hashes or container iteration order; the same program and seed give the
// same run, on every machine (ARCHITECTURE.md, "The engine's contract"; tests/engine pins it).
//
// Storage. The queue is a 4-ary min-heap of 16-byte entries (time, sequence:40 | slot:24) over
// a chunked pool of payload slots; callbacks live in an inline buffer (InplaceFunction), so
// scheduling, running and cancelling an event never touch the heap allocator once the pool has
// grown to the run's high-water mark. Cancelling marks the slot; the heap entry is skipped when
// it reaches the top (lazy deletion), which keeps cancel O(1).
//
// Limits, checked: at most 2^24 (16.7 M) events pending at once and 2^40 (1.1e12) events
// scheduled in one run.
#pragma once

#include <cassert>
#include <coroutine>
#include <cstdint>
#include <memory>
#include <vector>

#include "sim/engine/inplace_function.h"
#include "sim/engine/time.h"

namespace stacktwin::sim {

// Identifies one scheduled event, for cancel(). A stale id (event already run or cancelled,
// slot reused) is recognised by its generation and ignored.
struct EventId {
  std::uint32_t slot = UINT32_MAX;
  std::uint32_t generation = 0;
  bool valid() const { return slot != UINT32_MAX; }
};

class Engine {
 public:
  // Captures up to 40 bytes: five pointers, or a coroutine handle plus a little state.
  using Callback = InplaceFunction<void(), 40>;

  Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  ~Engine();

  // Schedules fn at time t (t >= now()). Returns an id for cancel().
  EventId at(Time t, Callback fn);
  // Schedules fn after d (d >= 0) from now().
  EventId after(Duration d, Callback fn) { return at(now_ + d, std::move(fn)); }
  // Cancels a pending event. Returns false when it already ran, was cancelled, or is invalid.
  bool cancel(EventId id);

  // Runs events until the queue is empty or stop() is called.
  void run();
  // Runs every event with time <= t, then sets now() to t (unless stopped earlier).
  void run_until(Time t);
  // Makes run()/run_until() return after the current event.
  void stop() { stopped_ = true; }
  bool stopped() const { return stopped_; }

  Time now() const { return now_; }
  std::uint64_t events_executed() const { return executed_; }
  std::size_t pending() const { return live_; }

  // Awaitable for coroutines (see task.h): `co_await engine.sleep(5s);`
  struct SleepAwaiter {
    Engine& engine;
    Duration delay;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) {
      engine.after(delay, [h] { h.resume(); });
    }
    void await_resume() const noexcept {}
  };
  SleepAwaiter sleep(Duration d) {
    assert(d >= Duration{});
    return SleepAwaiter{*this, d};
  }
  // Resumes a coroutine at now(), after every event already scheduled for now().
  void resume_later(std::coroutine_handle<> h) {
    at(now_, [h] { h.resume(); });
  }

 private:
  struct Entry {
    std::int64_t time;
    std::uint64_t seq_slot;  // sequence << 24 | slot: orders ties by sequence
    bool operator<(const Entry& o) const {
      return time < o.time || (time == o.time && seq_slot < o.seq_slot);
    }
  };
  struct Slot {
    Callback fn;
    std::uint32_t generation = 0;
    bool live = false;
  };
  static constexpr unsigned kSlotBits = 24;
  static constexpr std::uint64_t kSlotMask = (std::uint64_t{1} << kSlotBits) - 1;
  static constexpr unsigned kChunkBits = 12;  // 4096 slots (256 KiB) per chunk

  Slot& slot(std::uint32_t i) { return chunks_[i >> kChunkBits][i & ((1u << kChunkBits) - 1)]; }
  std::uint32_t acquire_slot();
  void release_slot(std::uint32_t i);
  void push(Entry e);
  void pop();
  // Runs the top event if its time <= limit. Returns false when there is none.
  bool step(std::int64_t limit);

  std::vector<Entry> heap_;
  std::vector<std::unique_ptr<Slot[]>> chunks_;
  std::vector<std::uint32_t> free_slots_;
  std::uint32_t slots_used_ = 0;
  std::uint64_t next_seq_ = 0;
  std::uint64_t executed_ = 0;
  std::size_t live_ = 0;
  Time now_ = Time::zero();
  bool stopped_ = false;
};

}  // namespace stacktwin::sim
