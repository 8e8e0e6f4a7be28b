// Validation against closed forms (docs/models/capacity.md): with N hosts that each fit exactly
// one VM, Poisson arrivals and exponential lifetimes, the cloud is an M/M/N/N loss system, so
// the NoValidHost rate is the Erlang-B blocking probability B(N, A) with A = lambda * mean
// lifetime; and by Little's law the mean number of VMs active is lambda_placed * mean lifetime.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "sim/cli/capacity_run.h"
#include "sim/io/scenario_loader.h"

namespace stacktwin::cli {
namespace {

// B(n, A) by the stable recursion B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1)).
double erlang_b(int servers, double offered_erlangs) {
  double b = 1.0;
  for (int k = 1; k <= servers; ++k) b = offered_erlangs * b / (k + offered_erlangs * b);
  return b;
}

const sim::TimeSeries& series(const RunResult& r, const std::string& name) {
  for (const auto& s : r.series)
    if (s.name == name) return s;
  throw std::runtime_error("no series " + name);
}

TEST(ErlangB, ClosedFormReferenceValues) {
  EXPECT_NEAR(erlang_b(10, 8.0), 0.121661, 1e-6);
  EXPECT_NEAR(erlang_b(1, 1.0), 0.5, 1e-12);
  EXPECT_NEAR(erlang_b(20, 15.0), 0.045593, 1e-6);
}

struct LossCase {
  int hosts;
  double arrivals_per_hour;  // lifetime mean is 1h, so A = arrivals_per_hour
  std::uint64_t seed;
};

class ErlangBValidation : public ::testing::TestWithParam<LossCase> {};

TEST_P(ErlangBValidation, RejectionRateMatchesErlangBWithin95PercentConfidence) {
  const LossCase c = GetParam();
  const auto config = io::load_scenario(
      STACKTWIN_SOURCE_DIR "/scenarios/validation/erlang_b.yaml",
      {"hosts[0].count=" + std::to_string(c.hosts),
       "workload[0].arrival_rate=" + std::to_string(c.arrivals_per_hour) + "/h",
       "seed=" + std::to_string(c.seed)});
  const RunResult r = run_capacity_scenario(config);

  // Batch means over the sampling intervals (10 days, ~2000 arrivals each); the first batch
  // is dropped as warm-up from the empty cloud.
  const auto& requested = series(r, "vms/requested").values;
  const auto& rejected = series(r, "vms/rejected").values;
  std::vector<double> batch;
  for (std::size_t i = 2; i < requested.size(); ++i)
    if (requested[i] > 0) batch.push_back(rejected[i] / requested[i]);
  ASSERT_GE(batch.size(), 100u);
  double mean = 0;
  for (double x : batch) mean += x;
  mean /= static_cast<double>(batch.size());
  double var = 0;
  for (double x : batch) var += (x - mean) * (x - mean);
  var /= static_cast<double>(batch.size() - 1);
  const double half_width = 1.984 * std::sqrt(var / static_cast<double>(batch.size()));  // t(0.975, ~100)

  const double expected = erlang_b(c.hosts, c.arrivals_per_hour);
  std::printf("  N=%d A=%g: rejection %.5f +- %.5f (batch means, 95%%), Erlang-B %.5f\n", c.hosts,
              c.arrivals_per_hour, mean, half_width, expected);
  EXPECT_NEAR(mean, expected, half_width) << "batch-means estimate " << mean << " +- " << half_width;
  EXPECT_LT(half_width, 0.15 * expected);  // the interval is tight enough to mean something
  EXPECT_NEAR(r.summary.number("vms.rejection_rate"), expected, 2 * half_width);

  // Little's law: L = lambda_placed * W, with L the exact time-average VMs active (each VM
  // holds one of the N VCPUs) and W = 1h the mean lifetime.
  const double duration_h = r.summary.number("duration_s") / 3600.0;
  const double lambda_placed = r.summary.number("vms.placed") / duration_h;
  const double mean_active = r.summary.number("resources.VCPU.mean_utilisation") * c.hosts;
  EXPECT_NEAR(mean_active, lambda_placed * 1.0, 0.02 * lambda_placed);
  // ... and the carried load of the loss system is A (1 - B).
  EXPECT_NEAR(mean_active, c.arrivals_per_hour * (1 - expected), 0.02 * c.arrivals_per_hour);
  std::printf("  N=%d A=%g: mean VMs active %.4f, lambda_placed*W %.4f, A(1-B) %.4f\n", c.hosts,
              c.arrivals_per_hour, mean_active, lambda_placed, c.arrivals_per_hour * (1 - expected));
}

INSTANTIATE_TEST_SUITE_P(LossSystems, ErlangBValidation,
                         ::testing::Values(LossCase{10, 8.0, 2026}, LossCase{20, 15.0, 11},
                                           LossCase{5, 2.0, 3}),
                         [](const auto& info) {
                           return "N" + std::to_string(info.param.hosts) + "_A" +
                                  std::to_string(static_cast<int>(info.param.arrivals_per_hour));
                         });

}  // namespace
}  // namespace stacktwin::cli
