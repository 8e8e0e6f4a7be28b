#include "sim/engine/engine.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace stacktwin::sim {
namespace {

[[noreturn]] void engine_limit(const char* what) {
  std::fprintf(stderr, "stacktwin engine: %s\n", what);
  std::abort();
}

constexpr std::size_t kLine = 64;
constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kInitialHeapCapacity = 1024;  // entries, a multiple of 4
constexpr std::size_t kPrefetchSlack = 16;

std::align_val_t region_alignment(std::size_t bytes) {
  return std::align_val_t{bytes >= kHugePage ? kHugePage : kLine};
}

// The (time, sequence) order, written once: one unsigned 128-bit comparison of
// (time with its sign bit flipped, sequence << 24 | slot), which compiles to cmp + sbb with no
// branch. The slot bits never decide: sequences are unique.
__extension__ typedef unsigned __int128 OrderKey;
template <class E>
inline OrderKey order_key(const E& e) {
  const auto biased = static_cast<std::uint64_t>(e.time) ^ (std::uint64_t{1} << 63);
  return (static_cast<OrderKey>(biased) << 64) | e.seq_slot;
}
template <class E>
inline bool before(const E& a, const E& b) {
  return order_key(a) < order_key(b);
}

// Heap layout: the root is at kRoot = 3, so the four children of position q are 4q-8 .. 4q-5,
// one 64-byte line when the array is line-aligned, and the parent of q is q/4 + 2.
constexpr std::size_t first_child(std::size_t q) { return 4 * q - 8; }
constexpr std::size_t parent(std::size_t q) { return q / 4 + 2; }

}  // namespace

Engine::Region::Region(std::size_t bytes)
    : p_(::operator new(bytes, region_alignment(bytes))), bytes_(bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes >= kHugePage) madvise(p_, bytes, MADV_HUGEPAGE);  // advice only: errors harmless
#endif
}
Engine::Region::Region(Region&& o) noexcept
    : p_(std::exchange(o.p_, nullptr)), bytes_(std::exchange(o.bytes_, 0)) {}
Engine::Region& Engine::Region::operator=(Region&& o) noexcept {
  if (this != &o) {
    if (p_) ::operator delete(p_, region_alignment(bytes_));
    p_ = std::exchange(o.p_, nullptr);
    bytes_ = std::exchange(o.bytes_, 0);
  }
  return *this;
}
Engine::Region::~Region() {
  if (p_) ::operator delete(p_, region_alignment(bytes_));
}

Engine::Engine() { grow_heap(); }

Engine::~Engine() {
  // Pending callbacks own their captures (shared state, coroutine handles' owners): destroy.
  for (Slot* chunk : chunks_) std::destroy_n(chunk, std::size_t{1} << kChunkBits);
}

void Engine::grow_heap() {
  const std::size_t capacity = heap_capacity_ ? 2 * heap_capacity_ : kInitialHeapCapacity;
  // kPrefetchSlack entries past the capacity keep pop()'s grandchild prefetches in bounds.
  Region fresh((capacity + kPrefetchSlack) * sizeof(Entry));
  // Entry is trivial: plain stores into the raw storage.
  auto* h = static_cast<Entry*>(fresh.get());
  for (std::size_t q = 0; q < kRoot; ++q) h[q] = Entry{INT64_MIN, 0};  // padding, never read
  for (std::size_t q = kRoot; q < heap_end_; ++q) h[q] = heap_[q];
  for (std::size_t q = heap_end_; q < capacity + kPrefetchSlack; ++q)
    h[q] = Entry{INT64_MAX, UINT64_MAX};
  heap_memory_ = std::move(fresh);
  heap_ = h;
  heap_capacity_ = capacity;
}

void Engine::add_chunk() {
  constexpr std::size_t kChunkBytes = sizeof(Slot) << kChunkBits;
  if (chunks_free_in_block_ == 0) {
    // The first block holds one chunk, so a small engine stays small; later ones hold
    // kChunksPerBlock (2 MiB, huge-page backed).
    const std::size_t chunks = slot_blocks_.empty() ? 1 : kChunksPerBlock;
    slot_blocks_.emplace_back(chunks * kChunkBytes);
    chunks_free_in_block_ = chunks;
  }
  auto* base = static_cast<unsigned char*>(slot_blocks_.back().get());
  const std::size_t used = slot_blocks_.back().bytes() / kChunkBytes - chunks_free_in_block_;
  auto* chunk = reinterpret_cast<Slot*>(base + used * kChunkBytes);
  std::uninitialized_value_construct_n(chunk, std::size_t{1} << kChunkBits);
  chunks_.push_back(chunk);
  --chunks_free_in_block_;
}

std::uint32_t Engine::acquire_slot() {
  if (!free_slots_.empty()) {
    std::uint32_t i = free_slots_.back();
    free_slots_.pop_back();
    return i;
  }
  if (slots_used_ > kSlotMask) engine_limit("more than 2^24 events pending at once");
  if ((slots_used_ >> kChunkBits) == chunks_.size()) add_chunk();
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
  // Keep at least one complete sentinel group past the end (see pop()).
  if (heap_end_ + 4 >= heap_capacity_) grow_heap();
  Entry* const h = heap_;
  std::size_t hole = heap_end_++;
  while (hole > kRoot) {
    const std::size_t p = parent(hole);
    if (!before(e, h[p])) break;
    h[hole] = h[p];
    hole = p;
  }
  h[hole] = e;
}

// Removes the top, bottom-up (Wegener 1993): the hole at the root follows the smaller child
// down to a leaf, then the last entry is sifted up from there; it nearly always belongs near
// the bottom, so this saves the per-level "stop here?" comparison, a mispredicted branch.
// Child groups are always complete: positions past the end hold sentinels that lose every
// comparison.
void Engine::pop() {
  Entry* const h = heap_;
  const std::size_t end = --heap_end_;
  const Entry last = h[end];
  h[end] = Entry{INT64_MAX, UINT64_MAX};
  if (end == kRoot) return;
  std::size_t hole = kRoot;
  for (std::size_t c = first_child(hole); c < end; c = first_child(hole)) {
    // Fetch the four grandchild lines now: whichever child wins, its children are on the way.
    // Without this the descent is one dependent cache miss per level (docs/performance.md).
    const std::size_t g = first_child(c);
    if (g < end) {
      __builtin_prefetch(h + g);
      __builtin_prefetch(h + g + 4);
      __builtin_prefetch(h + g + 8);
      __builtin_prefetch(h + g + 12);
    }
    const std::size_t m01 = c + before(h[c + 1], h[c]);
    const std::size_t m23 = c + 2 + before(h[c + 3], h[c + 2]);
    const std::size_t m = before(h[m23], h[m01]) ? m23 : m01;
    h[hole] = h[m];
    hole = m;
  }
  while (hole > kRoot) {
    const std::size_t p = parent(hole);
    if (!before(last, h[p])) break;
    h[hole] = h[p];
    hole = p;
  }
  h[hole] = last;
}

bool Engine::step(std::int64_t limit) {
  while (heap_end_ > kRoot) {
    const Entry top = heap_[kRoot];
    if (top.time > limit) return false;
    pop();
    const auto i = static_cast<std::uint32_t>(top.seq_slot & kSlotMask);
    Slot& s = slot(i);
    if (!s.live) {  // cancelled
      release_slot(i);
      continue;
    }
    // The next event's payload is cold when many events are pending: fetch it while this
    // one runs.
    if (heap_end_ > kRoot)
      __builtin_prefetch(&slot(static_cast<std::uint32_t>(heap_[kRoot].seq_slot & kSlotMask)));
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
