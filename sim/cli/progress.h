// The progress line on a terminal: simulated time, % done, events/s and ETA, redrawn in place
// at most four times a second. Silent when stderr is not a TTY (CI logs, pipes).
#pragma once

#include <chrono>
#include <cstdint>

#include "sim/engine/time.h"

namespace stacktwin::cli {

class ProgressLine {
 public:
  explicit ProgressLine(bool enabled);
  ~ProgressLine();  // ends the line if one was drawn
  void update(sim::Time now, sim::Time end, std::uint64_t events);

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace stacktwin::cli
