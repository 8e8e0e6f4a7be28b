#include "sim/engine/engine.h"

#include <cstdio>
#include <cstdlib>

namespace stacktwin::sim {
namespace {
constexpr std::size_t kArity = 4;

[[noreturn]] void engine_limit(const char* what) {
  std::fprintf(stderr, "stacktwin engine: %s\n", what);
  std::abort();
}
}  // namespace

Engine::Engine() { heap_.reserve(1024); }
Engine::~Engine() = default;

std::uint32_t Engine::acquire_slot() {
  if (!free_slots_.empty()) {
    std::uint32_t i = free_slots_.back();
    free_slots_.pop_back();
    return i;
  }
  if (slots_used_ > kSlotMask) engine_limit("more than 2^24 events pending at once");
  if ((slots_used_ >> kChunkBits) == chunks_.size())
    chunks_.push_back(std::make_unique<Slot[]>(std::size_t{1} << kChunkBits));
  return slots_used_++;
}

void Engine::release_slot(std::uint32_t i) {
  Slot& s = slot(i);
  s.fn.reset();
  s.live = false;
  ++s.generation;
  free_slots_.push_back(i);
}

EventId Engine::at(Time t, Callback fn) {
  assert(t >= now_ && "an event cannot be scheduled in the past");
  if (next_seq_ >> (64 - kSlotBits)) engine_limit("more than 2^40 events scheduled in one run");
  const std::uint32_t i = acquire_slot();
  Slot& s = slot(i);
  s.fn = std::move(fn);
  s.live = true;
  ++live_;
  push(Entry{t.ns(), (next_seq_++ << kSlotBits) | i});
  return EventId{i, s.generation};
}

bool Engine::cancel(EventId id) {
  if (!id.valid() || id.slot >= slots_used_) return false;
  Slot& s = slot(id.slot);
  if (!s.live || s.generation != id.generation) return false;
  s.live = false;  // the heap entry is dropped when it reaches the top
  s.fn.reset();
  --live_;
  return true;
}

// Sift-up with a hole: one write per level instead of a swap.
void Engine::push(Entry e) {
  std::size_t hole = heap_.size();
  heap_.push_back(e);
  while (hole > 0) {
    const std::size_t parent = (hole - 1) / kArity;
    if (!(e < heap_[parent])) break;
    heap_[hole] = heap_[parent];
    hole = parent;
  }
  heap_[hole] = e;
}

// Removes the top. The last entry is sifted down from the root through the smallest child.
void Engine::pop() {
  const Entry last = heap_.back();
  heap_.pop_back();
  const std::size_t n = heap_.size();
  if (n == 0) return;
  std::size_t hole = 0;
  for (;;) {
    const std::size_t first = hole * kArity + 1;
    if (first >= n) break;
    std::size_t best = first;
    const std::size_t end = first + kArity < n ? first + kArity : n;
    for (std::size_t c = first + 1; c < end; ++c)
      if (heap_[c] < heap_[best]) best = c;
    if (!(heap_[best] < last)) break;
    heap_[hole] = heap_[best];
    hole = best;
  }
  heap_[hole] = last;
}

bool Engine::step(std::int64_t limit) {
  while (!heap_.empty()) {
    const Entry top = heap_.front();
    if (top.time > limit) return false;
    pop();
    const auto i = static_cast<std::uint32_t>(top.seq_slot & kSlotMask);
    Slot& s = slot(i);
    if (!s.live) {  // cancelled
      release_slot(i);
      continue;
    }
    now_ = Time::from_ns(top.time);
    s.live = false;  // running: no longer cancellable
    --live_;
    ++executed_;
    // Chunks never move, so the callback runs in place even if it schedules more events.
    s.fn();
    release_slot(i);
    return true;
  }
  return false;
}

void Engine::run() {
  stopped_ = false;
  while (!stopped_ && step(INT64_MAX)) {
  }
}

void Engine::run_until(Time t) {
  assert(t >= now_);
  stopped_ = false;
  while (!stopped_ && step(t.ns())) {
  }
  if (!stopped_) now_ = t;
}

}  // namespace stacktwin::sim
