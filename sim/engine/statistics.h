// Streaming summaries of observations (Welford's algorithm) and time-weighted averages.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "sim/engine/time.h"

namespace stacktwin::sim {

// Count, mean, variance, min and max of a stream of values, in O(1) memory.
class SampleStats {
 public:
  void add(double x) {
    ++n_;
    const double delta = x - mean_;
    mean_ += delta / static_cast<double>(n_);
    m2_ += delta * (x - mean_);
    min_ = std::min(min_, x);
    max_ = std::max(max_, x);
  }
  std::uint64_t count() const { return n_; }
  double mean() const { return n_ ? mean_ : 0.0; }
  double variance() const { return n_ > 1 ? m2_ / static_cast<double>(n_ - 1) : 0.0; }
  double stddev() const { return std::sqrt(variance()); }
  double min() const { return n_ ? min_ : 0.0; }
  double max() const { return n_ ? max_ : 0.0; }

 private:
  std::uint64_t n_ = 0;
  double mean_ = 0, m2_ = 0;
  double min_ = std::numeric_limits<double>::infinity();
  double max_ = -std::numeric_limits<double>::infinity();
};

// The time average of a piecewise-constant quantity (queue length, busy servers, VMs active).
class TimeWeightedStats {
 public:
  explicit TimeWeightedStats(Time start = Time::zero(), double value = 0.0)
      : start_(start), last_(start), value_(value), peak_(value) {}
  void set(Time now, double value) {
    area_ += value_ * (now - last_).seconds();
    last_ = now;
    value_ = value;
    peak_ = std::max(peak_, value);
  }
  double value() const { return value_; }
  double peak() const { return peak_; }
  // The average over [start, now].
  double mean(Time now) const {
    const double span = (now - start_).seconds();
    const double area = area_ + value_ * (now - last_).seconds();
    return span > 0 ? area / span : value_;
  }

 private:
  Time start_, last_;
  double value_;
  double peak_;
  double area_ = 0;
};

}  // namespace stacktwin::sim
