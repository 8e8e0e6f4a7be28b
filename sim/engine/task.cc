#include "sim/engine/task.h"

#include <memory>

namespace stacktwin::sim {
namespace {

struct JoinState {
  explicit JoinState(Engine& e, std::size_t n) : done(e), remaining(n) {}
  Trigger done;
  std::size_t remaining;
};

Task<void> run_and_count(Task<void> task, std::shared_ptr<JoinState> state) {
  co_await std::move(task);
  if (--state->remaining == 0) state->done.fire();
}

}  // namespace

Task<void> when_all(Engine& engine, std::vector<Task<void>> tasks) {
  auto state = std::make_shared<JoinState>(engine, tasks.size());
  if (tasks.empty()) co_return;
  for (auto& t : tasks) spawn(run_and_count(std::move(t), state));
  co_await state->done;
}

}  // namespace stacktwin::sim
