// Coroutine tasks: multi-step flows that read top to bottom (after simcpp20).
//
//   Task<> boot(Engine& eng, ServiceStation& api) {
//     co_await api.serve();            // queue for an API worker
//     co_await eng.sleep(seconds(2));  // a fixed step
//     co_await schedule_vm();          // another task; resumes when it finishes
//   }
//   spawn(boot(eng, api));             // runs until its first suspension, then detaches
//
// A Task is lazy: it starts when awaited or spawned. An awaited task resumes its parent by
// symmetric transfer when it ends (no stack growth). A spawned task frees itself when it ends.
// `Trigger` is a one-shot event that coroutines can await; `when_all` runs tasks concurrently
// and resumes when every one has ended. An exception escaping a spawned task is a bug: the
// program terminates; one escaping an awaited task is rethrown in the parent.
#pragma once

#include <cassert>
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>
#include <vector>

#include "sim/engine/engine.h"

namespace stacktwin::sim {

template <class T = void>
class Task;

namespace detail {

struct PromiseBase {
  std::coroutine_handle<> continuation;
  std::exception_ptr error;
  bool detached = false;

  std::suspend_always initial_suspend() const noexcept { return {}; }

  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
      PromiseBase& p = h.promise();
      if (p.continuation) return p.continuation;
      if (p.detached) {
        if (p.error) std::terminate();
        h.destroy();
      }
      return std::noop_coroutine();
    }
    void await_resume() const noexcept {}
  };
  FinalAwaiter final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept { error = std::current_exception(); }
};

template <class T>
struct Promise : PromiseBase {
  std::optional<T> value;
  Task<T> get_return_object() noexcept;
  template <class U>
  void return_value(U&& v) {
    value.emplace(std::forward<U>(v));
  }
};

template <>
struct Promise<void> : PromiseBase {
  Task<void> get_return_object() noexcept;
  void return_void() const noexcept {}
};

}  // namespace detail

template <class T>
class [[nodiscard]] Task {
 public:
  using promise_type = detail::Promise<T>;
  using Handle = std::coroutine_handle<promise_type>;

  Task() = default;
  explicit Task(Handle h) : h_(h) {}
  Task(Task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Task& operator=(Task&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  ~Task() {
    if (h_) h_.destroy();
  }

  bool done() const { return !h_ || h_.done(); }

  struct Awaiter {
    Handle h;
    bool await_ready() const noexcept { return !h || h.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> parent) noexcept {
      h.promise().continuation = parent;
      return h;
    }
    T await_resume() {
      auto& p = h.promise();
      if (p.error) std::rethrow_exception(p.error);
      if constexpr (!std::is_void_v<T>) return std::move(*p.value);
    }
  };
  Awaiter operator co_await() && { return Awaiter{h_}; }
  Awaiter operator co_await() & { return Awaiter{h_}; }

  // Gives up ownership: the frame frees itself when the coroutine ends. For spawn().
  Handle release_detached() {
    h_.promise().detached = true;
    return std::exchange(h_, {});
  }

 private:
  Handle h_;
};

namespace detail {
template <class T>
Task<T> Promise<T>::get_return_object() noexcept {
  return Task<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}
inline Task<void> Promise<void>::get_return_object() noexcept {
  return Task<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}
}  // namespace detail

// Starts a task now; it runs until its first suspension and frees itself when it ends.
inline void spawn(Task<void> task) {
  if (task.done()) return;
  task.release_detached().resume();
}

// A one-shot event. Coroutines that await it before fire() resume, in the order they began
// waiting, at the time of fire() (through the engine, after events already due then).
// Awaiting a fired trigger does not suspend.
class Trigger {
 public:
  explicit Trigger(Engine& engine) : engine_(engine) {}
  Trigger(const Trigger&) = delete;
  Trigger& operator=(const Trigger&) = delete;

  bool fired() const { return fired_; }
  void fire() {
    if (fired_) return;
    fired_ = true;
    for (auto h : waiters_) engine_.resume_later(h);
    waiters_.clear();
  }

  auto operator co_await() {
    struct Awaiter {
      Trigger& t;
      bool await_ready() const noexcept { return t.fired_; }
      void await_suspend(std::coroutine_handle<> h) { t.waiters_.push_back(h); }
      void await_resume() const noexcept {}
    };
    return Awaiter{*this};
  }

 private:
  Engine& engine_;
  std::vector<std::coroutine_handle<>> waiters_;
  bool fired_ = false;
};

// Runs every task concurrently (each starts in order, up to its first suspension) and
// completes when all have ended.
Task<void> when_all(Engine& engine, std::vector<Task<void>> tasks);

}  // namespace stacktwin::sim
