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
// Speed (figures and the measured effect of each choice: docs/performance.md). The heap array
// is 64-byte aligned and offset by three entries so that the four children of a node fill
// exactly one cache line; positions past the end hold a maximal sentinel, so every child group
// is complete and the smallest child is chosen without branches, with (time, sequence)
// compared as one unsigned 128-bit key. pop() is bottom-up (Wegener): the hole at the root
// follows the smaller child down to a leaf and the last entry is sifted up from there, which
// saves a comparison per level and the mispredicted "stop here?" branch. The descent
// prefetches the grandchildren's lines, and the slot of the next event is prefetched while the
// current one runs. Storage from 2 MiB up asks for transparent huge pages. Callables that are
// trivially copyable (nearly all: pointers and coroutine handles) move as bytes.
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
  };
  struct alignas(64) Slot {  // one cache line
    Callback fn;
    std::uint32_t generation = 0;
    bool live = false;
  };
  static constexpr unsigned kSlotBits = 24;
  static constexpr std::uint64_t kSlotMask = (std::uint64_t{1} << kSlotBits) - 1;
  static constexpr unsigned kChunkBits = 12;  // 4096 slots (256 KiB) per chunk
  static constexpr std::size_t kChunksPerBlock = 8;  // after the first: 2 MiB blocks

  // Raw storage, 64-byte aligned; from 2 MiB up, 2 MiB aligned and advised for transparent
  // huge pages (the heap and the pool are read at random: with a million events pending, TLB
  // misses cost as much as cache misses).
  class Region {
   public:
    Region() = default;
    explicit Region(std::size_t bytes);
    Region(Region&& o) noexcept;
    Region& operator=(Region&& o) noexcept;
    Region(const Region&) = delete;
    Region& operator=(const Region&) = delete;
    ~Region();
    void* get() const { return p_; }
    std::size_t bytes() const { return bytes_; }

   private:
    void* p_ = nullptr;
    std::size_t bytes_ = 0;
  };

  Slot& slot(std::uint32_t i) { return chunks_[i >> kChunkBits][i & ((1u << kChunkBits) - 1)]; }
  std::uint32_t acquire_slot();
  void add_chunk();
  void release_slot(std::uint32_t i);
  void push(Entry e);
  void pop();
  void grow_heap();
  // Runs the top event if its time <= limit. Returns false when there is none.
  bool step(std::int64_t limit);

  // heap_[kRoot .. heap_end_) are the entries; every position after them is a sentinel.
  static constexpr std::size_t kRoot = 3;
  Region heap_memory_;
  Entry* heap_ = nullptr;
  std::size_t heap_end_ = kRoot;
  std::size_t heap_capacity_ = 0;
  std::vector<Region> slot_blocks_;
  std::size_t chunks_free_in_block_ = 0;
  std::vector<Slot*> chunks_;  // each 1 << kChunkBits constructed slots; they never move
  std::vector<std::uint32_t> free_slots_;
  std::uint32_t slots_used_ = 0;
  std::uint64_t next_seq_ = 0;
  std::uint64_t executed_ = 0;
  std::size_t live_ = 0;
  Time now_ = Time::zero();
  bool stopped_ = false;
};

}  // namespace stacktwin::sim
