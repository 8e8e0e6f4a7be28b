// Queueing stations (sim/engine/service_station.h): FIFO order in small hand-checked cases,
// and M/M/1 and M/M/3 against the Erlang-C closed form over long runs.
#include "sim/engine/service_station.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sim/engine/task.h"

namespace stacktwin::sim {
namespace {

Time at_s(std::int64_t s) { return Time::zero() + seconds(s); }

struct Done {
  std::string who;
  std::int64_t at_s;
  bool operator==(const Done&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Done& d) {
  return os << d.who << "@" << d.at_s;
}

Task<> customer(Engine& eng, ServiceStation& st, Duration arrive, std::string who,
                std::optional<Duration> service, std::vector<Done>& log) {
  co_await eng.sleep(arrive);
  if (service)
    co_await st.serve(*service);
  else
    co_await st.serve();
  log.push_back({std::move(who), eng.now().ns() / 1'000'000'000});
}

TEST(ServiceStation, OneServerServesInArrivalOrder) {
  Engine eng;
  RngStream rng(1, "unused");
  ServiceStation st(eng, "api", 1, Distribution::constant(1.0), rng);
  std::vector<Done> log;
  spawn(customer(eng, st, seconds(0), "A", seconds(10), log));
  spawn(customer(eng, st, seconds(1), "B", seconds(5), log));
  spawn(customer(eng, st, seconds(2), "C", seconds(1), log));
  spawn(customer(eng, st, seconds(12), "D", seconds(2), log));

  eng.run_until(at_s(3));
  EXPECT_EQ(st.busy(), 1);
  EXPECT_EQ(st.queue_length(), 2u);
  eng.run();

  // A 0-10, B 10-15, C 15-16, D arrives at 12 and waits for C: 16-18.
  EXPECT_EQ(log, (std::vector<Done>{{"A", 10}, {"B", 15}, {"C", 16}, {"D", 18}}));
  EXPECT_EQ(st.completed(), 4u);
  EXPECT_EQ(st.busy(), 0);
  EXPECT_EQ(st.queue_length(), 0u);
  const auto& w = st.waiting_time_s();
  EXPECT_EQ(w.count(), 4u);
  EXPECT_DOUBLE_EQ(w.mean(), (0 + 9 + 13 + 4) / 4.0);
  EXPECT_DOUBLE_EQ(w.max(), 13.0);
  EXPECT_DOUBLE_EQ(st.service_time_s().mean(), (10 + 5 + 1 + 2) / 4.0);
  // Busy over [0, 18] the whole time; queue area 9 + 13 + 4 = 26 seconds.
  EXPECT_DOUBLE_EQ(st.utilisation(), 1.0);
  EXPECT_DOUBLE_EQ(st.mean_queue_length(), 26.0 / 18.0);
}

TEST(ServiceStation, TwoServersStartInFifoOrder) {
  Engine eng;
  RngStream rng(1, "unused");
  ServiceStation st(eng, "conductor", 2, Distribution::constant(1.0), rng);
  std::vector<Done> log;
  // All arrive at 0, in this order. Starts: A 0 and B 0, C 4 (B's server), D 7, E 10 (A's).
  spawn(customer(eng, st, Duration{}, "A", seconds(10), log));
  spawn(customer(eng, st, Duration{}, "B", seconds(4), log));
  spawn(customer(eng, st, Duration{}, "C", seconds(3), log));
  spawn(customer(eng, st, Duration{}, "D", seconds(8), log));
  spawn(customer(eng, st, Duration{}, "E", seconds(1), log));
  eng.run();
  EXPECT_EQ(log, (std::vector<Done>{{"B", 4}, {"C", 7}, {"A", 10}, {"E", 11}, {"D", 15}}));
  EXPECT_DOUBLE_EQ(st.waiting_time_s().mean(), (0 + 0 + 4 + 7 + 10) / 5.0);
  EXPECT_DOUBLE_EQ(st.utilisation(), (10 + 4 + 3 + 8 + 1) / (2 * 15.0));
}

TEST(ServiceStation, ServeWithoutDurationDrawsFromTheStationsDistribution) {
  Engine eng;
  RngStream rng(1, "unused");
  ServiceStation st(eng, "db", 1, Distribution::constant(2.0), rng);
  std::vector<Done> log;
  for (const char* who : {"A", "B", "C"})
    spawn(customer(eng, st, Duration{}, who, std::nullopt, log));
  eng.run();
  EXPECT_EQ(log, (std::vector<Done>{{"A", 2}, {"B", 4}, {"C", 6}}));
  EXPECT_DOUBLE_EQ(st.service_time_s().mean(), 2.0);
}

// completed() counts services that have ended (service_station.h). It reads the count of
// service-time samples, which are recorded when a service starts, so it runs ahead while
// services are in progress. Enable when service_station.cc counts at finish().
TEST(ServiceStation, CompletedCountsOnlyEndedServices) {
  Engine eng;
  RngStream rng(1, "unused");
  ServiceStation st(eng, "api", 1, Distribution::constant(1.0), rng);
  std::vector<Done> log;
  spawn(customer(eng, st, Duration{}, "A", seconds(10), log));
  eng.run_until(at_s(5));
  EXPECT_EQ(st.completed(), 0u);
  eng.run();
  EXPECT_EQ(st.completed(), 1u);
}

// Erlang C: the probability that an arrival waits in M/M/c with offered load a = lambda/mu.
double erlang_c(int c, double a) {
  double term = 1, sum = 0;  // a^k / k!
  for (int k = 0; k < c; ++k) {
    sum += term;
    term *= a / (k + 1);
  }
  const double top = term * c / (c - a);
  return top / (sum + top);
}

TEST(ErlangC, ClosedForms) {
  EXPECT_DOUBLE_EQ(erlang_c(1, 0.7), 0.7);  // M/M/1: P(wait) = rho
  // M/M/2, a = 1: C = (1/2 * 2) / (1 + 1 + 1) = 1/3.
  EXPECT_NEAR(erlang_c(2, 1.0), 1.0 / 3, 1e-15);
}

struct BatchMeans {
  double mean;
  double half_width;  // of a 99% confidence interval
};

// 20 batches of consecutive customers after a warm-up; t(0.995, 19) = 2.861.
BatchMeans batch_means(const std::vector<double>& x, std::size_t warmup) {
  constexpr std::size_t kBatches = 20;
  const std::size_t per = (x.size() - warmup) / kBatches;
  SampleStats batches;
  for (std::size_t b = 0; b < kBatches; ++b) {
    double sum = 0;
    for (std::size_t i = 0; i < per; ++i) sum += x[warmup + b * per + i];
    batches.add(sum / static_cast<double>(per));
  }
  return {batches.mean(), 2.861 * batches.stddev() / std::sqrt(static_cast<double>(kBatches))};
}

// One Poisson source, each arrival a spawned coroutine that records its own waiting time.
struct MMcRun {
  Engine eng;
  RngStreams streams{20240611};
  ServiceStation station;
  std::vector<double> waits;   // per customer, in arrival order
  std::vector<double> sojourn;
  double sum_service_s = 0;

  MMcRun(int c, double mu)
      : station(eng, "mmc", c, Distribution::exponential(1.0 / mu), streams.get("station")) {}

  // Given service: the customer knows its service time, so waiting = sojourn - service.
  static Task<> given(MMcRun& r, std::size_t i, Duration service) {
    const Time arrived = r.eng.now();
    co_await r.station.serve(service);
    r.sojourn[i] = (r.eng.now() - arrived).seconds();
    r.waits[i] = r.sojourn[i] - service.seconds();
  }
  // Drawn by the station: only the sojourn time is visible to the customer.
  static Task<> drawn(MMcRun& r, std::size_t i) {
    const Time arrived = r.eng.now();
    co_await r.station.serve();
    r.sojourn[i] = (r.eng.now() - arrived).seconds();
  }
  static Task<> source(MMcRun& r, double lambda, double mu, std::size_t n, bool station_draws) {
    const Distribution gap = Distribution::exponential(1.0 / lambda);
    const Distribution service = Distribution::exponential(1.0 / mu);
    RngStream& arrivals = r.streams.get("arrivals");
    RngStream& services = r.streams.get("services");
    for (std::size_t i = 0; i < n; ++i) {
      co_await r.eng.sleep(gap.sample_duration(arrivals));
      if (station_draws) {
        spawn(drawn(r, i));
      } else {
        const Duration d = service.sample_duration(services);
        r.sum_service_s += d.seconds();
        spawn(given(r, i, d));
      }
    }
  }
  void run(double lambda, double mu, std::size_t n, bool station_draws) {
    waits.assign(n, -1);
    sojourn.assign(n, -1);
    spawn(source(*this, lambda, mu, n, station_draws));
    eng.run();
  }
};

TEST(ServiceStationQueueing, MM1MatchesErlangC) {
  constexpr double kLambda = 0.7, kMu = 1.0;
  constexpr std::size_t kCustomers = 200'000;
  MMcRun r(1, kMu);
  r.run(kLambda, kMu, kCustomers, /*station_draws=*/true);
  ASSERT_EQ(r.station.completed(), kCustomers);
  EXPECT_EQ(r.station.busy(), 0);

  const double wq = erlang_c(1, kLambda / kMu) / (kMu - kLambda);  // 7/3 s
  const double w = wq + 1 / kMu;                                     // 10/3 s
  ASSERT_NEAR(wq, 7.0 / 3, 1e-12);
  const BatchMeans b = batch_means(r.sojourn, 2000);
  EXPECT_LT(b.half_width, 0.05 * w) << "the run is too short to test anything";
  EXPECT_NEAR(b.mean, w, b.half_width);
  // The station's own record of waiting agrees with theory (it saw every customer).
  EXPECT_NEAR(r.station.waiting_time_s().mean(), wq, 0.05 * wq);
  EXPECT_NEAR(r.station.service_time_s().mean(), 1 / kMu, 0.01);
  EXPECT_NEAR(r.station.utilisation(), kLambda / kMu, 0.02 * kLambda / kMu);
  EXPECT_NEAR(r.station.mean_queue_length(), kLambda * wq, 0.05 * kLambda * wq);  // Little
}

TEST(ServiceStationQueueing, MM3MatchesErlangC) {
  constexpr int kServers = 3;
  constexpr double kLambda = 2.4, kMu = 1.0;  // rho = 0.8
  constexpr std::size_t kCustomers = 1'000'000;
  MMcRun r(kServers, kMu);
  r.run(kLambda, kMu, kCustomers, /*station_draws=*/false);
  ASSERT_EQ(r.station.completed(), kCustomers);

  const double a = kLambda / kMu;
  const double wq = erlang_c(kServers, a) / (kServers * kMu - kLambda);
  ASSERT_NEAR(erlang_c(kServers, a), 0.6472, 1e-4);  // tables: C(3, 2.4)
  const BatchMeans b = batch_means(r.waits, 2000);
  EXPECT_LT(b.half_width, 0.05 * wq) << "the run is too short to test anything";
  EXPECT_NEAR(b.mean, wq, b.half_width);

  // Sample-path identities: they hold exactly for any run that ends with the station empty.
  // Queue-length area = sum of waits; busy-server area = sum of service times.
  double sum_waits = 0;
  for (double x : r.waits) sum_waits += x;
  const double span = r.eng.now().seconds();
  EXPECT_NEAR(r.station.mean_queue_length() * span, sum_waits, 1e-6 * sum_waits);
  EXPECT_NEAR(r.station.utilisation() * kServers * span, r.sum_service_s, 1e-6 * r.sum_service_s);
  EXPECT_NEAR(r.station.waiting_time_s().mean(), sum_waits / kCustomers, 1e-9);

  EXPECT_NEAR(r.station.utilisation(), kLambda / (kServers * kMu),
              0.02 * kLambda / (kServers * kMu));
}

}  // namespace
}  // namespace stacktwin::sim
