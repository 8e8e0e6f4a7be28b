// Observer lists (after SimGrid's xbt::signal): models publish, observers subscribe.
//
// The host does not know the recorder or the metering pipeline exist; they connect to the
// host's signals (STYLE.md rule 8). Slots run in the order they were connected.
#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace stacktwin::sim {

template <class... Args>
class Signal {
 public:
  using Slot = std::function<void(Args...)>;

  // Returns a token for disconnect().
  std::size_t connect(Slot slot) {
    slots_.push_back({next_token_, std::move(slot)});
    return next_token_++;
  }
  // Safe from inside a slot: during emit() the entry is only blanked, and removed afterwards.
  void disconnect(std::size_t token) {
    for (auto& s : slots_)
      if (s.token == token) s.fn = nullptr;
    if (emitting_ == 0) compact();
  }
  // Slots connected from inside a slot first run at the next emit().
  void emit(Args... args) {
    ++emitting_;
    const std::size_t n = slots_.size();
    for (std::size_t i = 0; i < n; ++i)
      if (slots_[i].fn) slots_[i].fn(args...);
    if (--emitting_ == 0) compact();
  }
  bool empty() const { return size() == 0; }
  std::size_t size() const {
    std::size_t n = 0;
    for (const auto& s : slots_) n += s.fn ? 1 : 0;
    return n;
  }

 private:
  struct Entry {
    std::size_t token;
    Slot fn;
  };
  void compact() {
    std::erase_if(slots_, [](const Entry& s) { return !s.fn; });
  }
  std::vector<Entry> slots_;
  std::size_t next_token_ = 0;
  int emitting_ = 0;
};

}  // namespace stacktwin::sim
