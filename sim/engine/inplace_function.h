// A move-only callable stored in a fixed inline buffer: the engine's event payload.
//
// std::function allocates for any capture larger than two pointers; an event queue that
// allocates per event loses half its speed to malloc. InplaceFunction never allocates: a
// callable that does not fit fails to compile (raise Capacity or capture a pointer).
#pragma once

#include <cstddef>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace stacktwin::sim {

template <class Signature, std::size_t Capacity>
class InplaceFunction;

template <class R, class... Args, std::size_t Capacity>
class InplaceFunction<R(Args...), Capacity> {
 public:
  InplaceFunction() = default;

  template <class F, class D = std::decay_t<F>,
            class = std::enable_if_t<!std::is_same_v<D, InplaceFunction>>>
  InplaceFunction(F&& f) {  // NOLINT(google-explicit-constructor): used like std::function
    static_assert(sizeof(D) <= Capacity, "callable too large for the inline buffer: capture less");
    static_assert(alignof(D) <= alignof(std::max_align_t), "callable over-aligned");
    static_assert(std::is_nothrow_move_constructible_v<D>, "callable must be nothrow-movable");
    ::new (static_cast<void*>(buffer_)) D(std::forward<F>(f));
    ops_ = &kOps<D>;
  }

  InplaceFunction(InplaceFunction&& other) noexcept { move_from(other); }
  InplaceFunction& operator=(InplaceFunction&& other) noexcept {
    if (this != &other) {
      reset();
      move_from(other);
    }
    return *this;
  }
  InplaceFunction(const InplaceFunction&) = delete;
  InplaceFunction& operator=(const InplaceFunction&) = delete;
  ~InplaceFunction() { reset(); }

  explicit operator bool() const { return ops_ != nullptr; }
  R operator()(Args... args) { return ops_->invoke(buffer_, std::forward<Args>(args)...); }

  void reset() {
    if (ops_) {
      if (ops_->destroy) ops_->destroy(buffer_);
      ops_ = nullptr;
    }
  }

 private:
  // move == nullptr: the callable is trivially copyable and moves as bytes (a lambda that
  // captures pointers, ints or a coroutine handle: nearly every event). destroy == nullptr:
  // trivially destructible. Both save an indirect call per event on the engine's hot path.
  struct Ops {
    R (*invoke)(void*, Args&&...);
    void (*move)(void* dst, void* src) noexcept;  // move-constructs dst, destroys src
    void (*destroy)(void*) noexcept;
  };

  template <class D>
  static constexpr Ops kOps{
      [](void* p, Args&&... args) -> R { return (*static_cast<D*>(p))(std::forward<Args>(args)...); },
      std::is_trivially_copyable_v<D>
          ? nullptr
          : +[](void* dst, void* src) noexcept {
              ::new (dst) D(std::move(*static_cast<D*>(src)));
              static_cast<D*>(src)->~D();
            },
      std::is_trivially_destructible_v<D> ? nullptr
                                          : +[](void* p) noexcept { static_cast<D*>(p)->~D(); },
  };

  void move_from(InplaceFunction& other) noexcept {
    if (other.ops_) {
      if (other.ops_->move)
        other.ops_->move(buffer_, other.buffer_);
      else
        std::memcpy(buffer_, other.buffer_, Capacity);  // fixed size: a few register moves
      ops_ = other.ops_;
      other.ops_ = nullptr;
    }
  }

  alignas(std::max_align_t) unsigned char buffer_[Capacity];
  const Ops* ops_ = nullptr;
};

}  // namespace stacktwin::sim
