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
  void disconnect(std::size_t token) {
    std::erase_if(slots_, [token](const auto& s) { return s.token == token; });
  }
  void emit(Args... args) const {
    for (const auto& s : slots_) s.fn(args...);
  }
  bool empty() const { return slots_.empty(); }
  std::size_t size() const { return slots_.size(); }

 private:
  struct Entry {
    std::size_t token;
    Slot fn;
  };
  std::vector<Entry> slots_;
  std::size_t next_token_ = 0;
};

}  // namespace stacktwin::sim
