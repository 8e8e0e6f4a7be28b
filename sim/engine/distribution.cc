#include "sim/engine/distribution.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <sstream>

namespace stacktwin::sim {

Distribution Distribution::constant(double value) { return Distribution(Constant{value}); }
Distribution Distribution::exponential(double mean) {
  assert(mean > 0);
  return Distribution(boost::random::exponential_distribution<double>(1.0 / mean));
}
Distribution Distribution::lognormal(double mu, double sigma) {
  assert(sigma > 0);
  // Boost's lognormal_distribution(m, s) takes the underlying normal's mean and sigma.
  return Distribution(boost::random::lognormal_distribution<double>(mu, sigma));
}
Distribution Distribution::lognormal_median_p99(double median, double p99) {
  assert(median > 0 && p99 > median);
  return lognormal(std::log(median), std::log(p99 / median) / kNormalQuantile99);
}
Distribution Distribution::normal(double mean, double stddev) {
  assert(stddev > 0);
  return Distribution(boost::random::normal_distribution<double>(mean, stddev));
}
Distribution Distribution::uniform(double min, double max) {
  assert(min < max);
  return Distribution(boost::random::uniform_real_distribution<double>(min, max));
}
Distribution Distribution::gamma(double shape, double scale) {
  assert(shape > 0 && scale > 0);
  return Distribution(boost::random::gamma_distribution<double>(shape, scale));
}
Distribution Distribution::weibull(double shape, double scale) {
  assert(shape > 0 && scale > 0);
  return Distribution(boost::random::weibull_distribution<double>(shape, scale));
}
Distribution Distribution::empirical(std::vector<double> samples) {
  assert(!samples.empty());
  std::sort(samples.begin(), samples.end());
  return Distribution(Empirical{std::move(samples)});
}

double Distribution::sample(RngStream& rng) const {
  return std::visit(
      [&rng](auto& d) -> double {
        using D = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<D, Constant>) {
          return d.value;
        } else if constexpr (std::is_same_v<D, Empirical>) {
          // Inverse ECDF with linear interpolation between order statistics.
          const auto& s = d.sorted;
          if (s.size() == 1) return s[0];
          const double pos = rng.uniform01() * static_cast<double>(s.size() - 1);
          const auto i = static_cast<std::size_t>(pos);
          const double frac = pos - static_cast<double>(i);
          return i + 1 < s.size() ? s[i] + frac * (s[i + 1] - s[i]) : s[i];
        } else {
          return d(rng.generator());
        }
      },
      impl_);
}

Duration Distribution::sample_duration(RngStream& rng) const {
  const double s = sample(rng);
  return s > 0 ? Duration::from_seconds(s) : Duration{};
}

double Distribution::mean() const {
  return std::visit(
      [](const auto& d) -> double {
        using D = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<D, Constant>) {
          return d.value;
        } else if constexpr (std::is_same_v<D, Empirical>) {
          // Mean of the piecewise-linear inverse ECDF: trapezoids between order statistics.
          const auto& s = d.sorted;
          if (s.size() == 1) return s[0];
          double sum = 0;
          for (std::size_t i = 0; i + 1 < s.size(); ++i) sum += 0.5 * (s[i] + s[i + 1]);
          return sum / static_cast<double>(s.size() - 1);
        } else if constexpr (std::is_same_v<D, boost::random::exponential_distribution<double>>) {
          return 1.0 / d.lambda();
        } else if constexpr (std::is_same_v<D, boost::random::lognormal_distribution<double>>) {
          return std::exp(d.m() + 0.5 * d.s() * d.s());
        } else if constexpr (std::is_same_v<D, boost::random::normal_distribution<double>>) {
          return d.mean();
        } else if constexpr (std::is_same_v<D, boost::random::uniform_real_distribution<double>>) {
          return 0.5 * (d.a() + d.b());
        } else if constexpr (std::is_same_v<D, boost::random::gamma_distribution<double>>) {
          return d.alpha() * d.beta();
        } else {
          static_assert(std::is_same_v<D, boost::random::weibull_distribution<double>>);
          return d.b() * std::tgamma(1.0 + 1.0 / d.a());
        }
      },
      impl_);
}

std::string Distribution::describe() const {
  std::ostringstream out;
  out.precision(10);
  std::visit(
      [&out](const auto& d) {
        using D = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<D, Constant>) {
          out << "constant(value=" << d.value << ")";
        } else if constexpr (std::is_same_v<D, Empirical>) {
          out << "empirical(n=" << d.sorted.size() << ")";
        } else if constexpr (std::is_same_v<D, boost::random::exponential_distribution<double>>) {
          out << "exponential(mean=" << 1.0 / d.lambda() << ")";
        } else if constexpr (std::is_same_v<D, boost::random::lognormal_distribution<double>>) {
          out << "lognormal(mu=" << d.m() << ", sigma=" << d.s() << ")";
        } else if constexpr (std::is_same_v<D, boost::random::normal_distribution<double>>) {
          out << "normal(mean=" << d.mean() << ", stddev=" << d.sigma() << ")";
        } else if constexpr (std::is_same_v<D, boost::random::uniform_real_distribution<double>>) {
          out << "uniform(min=" << d.a() << ", max=" << d.b() << ")";
        } else if constexpr (std::is_same_v<D, boost::random::gamma_distribution<double>>) {
          out << "gamma(shape=" << d.alpha() << ", scale=" << d.beta() << ")";
        } else {
          out << "weibull(shape=" << d.a() << ", scale=" << d.b() << ")";
        }
      },
      impl_);
  return out.str();
}

DiscreteDistribution::DiscreteDistribution(const std::vector<double>& weights)
    : dist_(weights.begin(), weights.end()) {}

}  // namespace stacktwin::sim
