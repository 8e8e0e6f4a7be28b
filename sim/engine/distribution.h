// Random variates for model parameters: service times, lifetimes, inter-arrival times, sizes.
//
// A Distribution is a value (copyable, cheap) built from one of the named constructors and
// sampled with a caller's RngStream. All sampling goes through Boost.Random, whose algorithms
// are fixed by Boost's source rather than by the standard library, so draws are identical on
// every machine with the same Boost (tests/engine pins the first draws).
//
//   kind         parameters                 notes
//   constant     value
//   exponential  mean                       rate = 1/mean
//   lognormal    mu, sigma                  of the underlying normal
//                median, p99                mu = ln(median), sigma = ln(p99/median)/z(0.99)
//   normal       mean, stddev
//   uniform      min, max                   [min, max)
//   gamma        shape, scale               mean = shape*scale
//   weibull      shape, scale               Boost's (a = shape, b = scale)
//   empirical    samples                    inverse of the ECDF, linear between order statistics
//
// Values are plain numbers; the caller fixes the unit (sample_duration() reads them as
// seconds and truncates negative draws at zero).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include <boost/random/discrete_distribution.hpp>
#include <boost/random/exponential_distribution.hpp>
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/lognormal_distribution.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <boost/random/weibull_distribution.hpp>

#include "sim/engine/rng.h"
#include "sim/engine/time.h"

namespace stacktwin::sim {

// The standard normal quantile at 0.99, for lognormal(median, p99).
inline constexpr double kNormalQuantile99 = 2.3263478740408408;

class Distribution {
 public:
  Distribution() : Distribution(constant(0.0)) {}

  static Distribution constant(double value);
  static Distribution exponential(double mean);
  static Distribution lognormal(double mu, double sigma);
  static Distribution lognormal_median_p99(double median, double p99);
  static Distribution normal(double mean, double stddev);
  static Distribution uniform(double min, double max);
  static Distribution gamma(double shape, double scale);
  static Distribution weibull(double shape, double scale);
  static Distribution empirical(std::vector<double> samples);

  double sample(RngStream& rng) const;
  // A draw read as seconds, rounded to the nanosecond; negative draws become zero.
  Duration sample_duration(RngStream& rng) const;
  // The distribution's mean (exact, from its parameters).
  double mean() const;
  // "exponential(mean=43200)", for messages and /meta.
  std::string describe() const;

 private:
  struct Constant {
    double value;
  };
  struct Empirical {
    std::vector<double> sorted;
  };
  using Impl = std::variant<Constant, boost::random::exponential_distribution<double>,
                            boost::random::lognormal_distribution<double>,
                            boost::random::normal_distribution<double>,
                            boost::random::uniform_real_distribution<double>,
                            boost::random::gamma_distribution<double>,
                            boost::random::weibull_distribution<double>, Empirical>;
  explicit Distribution(Impl impl) : impl_(std::move(impl)) {}
  // Boost distributions are stateless between draws for these kinds, but their operator() is
  // non-const; the mutable copy keeps sample() const.
  mutable Impl impl_;
};

// Picks index i with probability weights[i] / sum(weights) (Boost's alias method).
class DiscreteDistribution {
 public:
  DiscreteDistribution() = default;
  explicit DiscreteDistribution(const std::vector<double>& weights);
  std::size_t sample(RngStream& rng) const { return dist_(rng.generator()); }
  std::vector<double> probabilities() const { return dist_.probabilities(); }

 private:
  mutable boost::random::discrete_distribution<std::size_t, double> dist_;
};

}  // namespace stacktwin::sim
