// Differential test of the Nova filter scheduler against the real Nova Zed code.
//
// At test time: tests/oracle/gen_nova_cases.py writes STACKTWIN_ORACLE_CASES (default 500)
// seeded random inputs in the oracle's schema into the build directory,
// tests/oracle/run_nova_oracle_batch.py runs the real-Nova oracle
// (../shared/tools/oracles/nova_oracle.py) on all of them in one Python process, and this test
// computes the same output keys with our scheduler, linked directly:
//
//   per_filter_pass  each enabled filter alone over all hosts (instance 0)
//   filter_chain     the filters that run for instance 0, in order, over all hosts, stopping
//                    at the first empty result
//   filtered         get_filtered_hosts over all hosts (ignore/force hosts, destination)
//   weighed          those hosts weighed, best first; weights to 1e-9 relative
//   selections       the real pass: Placement candidates, claims, consume, alternates
//   no_valid_host    NoValidHost or any failure of the request
//   hosts_after      every host's state after the real pass
//
// The same comparison is made for `stacktwin schedule FILE --json` (run_schedule), which prints
// these keys but hosts_after.
//
// Every key must be equal; a difference is a bug in the model (or in the generator, if it
// produced something the oracle does not model), never a tolerance to widen. On a mismatch the
// message names the case file and the first differing key with both values; our output is
// written next to the oracle's as <case>.ours.json.
//
// Skipped (GTEST_SKIP) only when /usr/bin/python3 cannot import nova (Debian's python3-nova).
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "models/nova/filter_scheduler.h"
#include "sim/cli/input_placement.h"
#include "sim/cli/schedule_command.h"
#include "sim/cli/schedule_input.h"
#include "sim/engine/python_random.h"

namespace stacktwin::cli {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr const char* kPython = "/usr/bin/python3";

std::string oracle_dir() {
  if (const char* d = std::getenv("STACKTWIN_NOVA_ORACLE_DIR")) return d;
  return STACKTWIN_SOURCE_DIR "/../shared/tools/oracles";
}

int case_count() {
  if (const char* n = std::getenv("STACKTWIN_ORACLE_CASES")) return std::atoi(n);
  return 500;
}

int run(const std::string& cmd) {
  const int rc = std::system(cmd.c_str());
  return rc;
}

std::string hid(const nova::HostStates& hosts, nova::HostIndex h) {
  return hosts.host[h] == hosts.nodename[h] ? hosts.host[h] : hosts.host[h] + "/" + hosts.nodename[h];
}

Json names(const nova::HostStates& hosts, const std::vector<nova::HostIndex>& list) {
  Json out = Json::array();
  for (auto h : list) out.push_back(hid(hosts, h));
  return out;
}

nova::SchedulerConfig config_of(const ScheduleInput& in) {
  nova::SchedulerConfig config = in.config;
  config.enabled_filters = in.filters;
  if (in.weighers) config.weight_classes = *in.weighers;
  return config;
}

// Every host is a candidate and no claim succeeds: select_destinations then stops after the
// first _get_sorted_hosts, whose trace is get_filtered_hosts + get_weighed_hosts over all hosts.
class RefusingPlacement : public nova::PlacementClient {
 public:
  std::vector<nova::HostIndex> allocation_candidates(const nova::HostStates& hosts, const nova::RequestSpec&,
                                                     std::optional<std::int64_t>) override {
    std::vector<nova::HostIndex> all;
    for (nova::HostIndex h = 0; h < hosts.size(); ++h) all.push_back(h);
    return all;
  }
  bool claim(nova::HostIndex, const nova::RequestSpec&) override { return false; }
};

Json host_view(const nova::HostStates& hosts, nova::HostIndex h) {
  return Json{{"host", hosts.host[h]},
              {"nodename", hosts.nodename[h]},
              {"free_ram_mb", hosts.free_ram_mb[h]},
              {"free_disk_mb", hosts.free_disk_mb[h]},
              {"vcpus_total", hosts.vcpus_total[h]},
              {"vcpus_used", hosts.vcpus_used[h]},
              {"num_instances", hosts.num_instances[h]},
              {"num_io_ops", hosts.num_io_ops[h]}};
}

// Our answer to one oracle input, with the oracle's output keys.
Json ours(const fs::path& file) {
  Json out;
  const nova::SchedulerConfig config = [&] { return config_of(load_schedule_input(file)); }();

  // per_filter_pass and filter_chain: the filters on fresh hosts, over all hosts.
  {
    ScheduleInput in = load_schedule_input(file);
    std::vector<nova::HostIndex> all;
    for (nova::HostIndex h = 0; h < in.hosts.size(); ++h) all.push_back(h);
    Json per = Json::object();
    Json chain = Json::array();
    std::vector<nova::HostIndex> remaining = all;
    bool chain_done = false;
    for (const auto& name : in.filters) {
      const auto filter = nova::filter_registry().create(name, config);
      std::vector<nova::HostIndex> alone = all;
      filter->filter_all(in.hosts, in.request, alone);
      per[name] = names(in.hosts, alone);
      if (!chain_done && filter->run_filter_for_index(0)) {
        filter->filter_all(in.hosts, in.request, remaining);
        chain.push_back(Json{{"filter", name}, {"remaining", names(in.hosts, remaining)}});
        chain_done = remaining.empty();
      }
    }
    out["per_filter_pass"] = per;
    out["filter_chain"] = chain;
  }

  // filtered and weighed: the first sorting pass over all hosts.
  {
    ScheduleInput in = load_schedule_input(file);
    const nova::FilterScheduler scheduler(config);
    RefusingPlacement everything;
    sim::PythonRandom rng(in.seed);
    const auto result = scheduler.select_destinations(
        in.hosts, in.request, &everything, [&](std::uint64_t n) { return rng.randbelow(n); }, true);
    if (!result.error.empty()) {
      out["error_in_weighing"] = result.error;
    } else {
      const auto& trace = result.traces.at(0);
      out["filtered"] = names(in.hosts, trace.filtered);
      Json weighed = Json::array();
      for (std::size_t i = 0; i < trace.weighed.size(); ++i)
        weighed.push_back(Json{{"host", hid(in.hosts, trace.weighed[i])}, {"weight", trace.weights[i]}});
      out["weighed"] = weighed;
    }
  }

  // The real pass.
  {
    ScheduleInput in = load_schedule_input(file);
    const nova::FilterScheduler scheduler(config);
    InputPlacement placement(in);
    sim::PythonRandom rng(in.seed);
    const auto result = scheduler.select_destinations(in.hosts, in.request, in.use_placement ? &placement : nullptr,
                                                      [&](std::uint64_t n) { return rng.randbelow(n); });
    Json sel = Json::array();
    if (!result.no_valid_host && result.error.empty()) {
      for (std::size_t i = 0; i < result.selections.size(); ++i) {
        const auto& s = result.selections[i];
        sel.push_back(Json{{"instance_uuid", in.request.instance_uuids.at(i)},
                           {"host", in.hosts.host[s.host]},
                           {"nodename", in.hosts.nodename[s.host]},
                           {"alternates", names(in.hosts, s.alternates)}});
      }
    }
    out["selections"] = sel;
    out["no_valid_host"] = result.no_valid_host || !result.error.empty();
    if (!result.error.empty()) out["error"] = result.error;
    Json after = Json::array();
    for (nova::HostIndex h = 0; h < in.hosts.size(); ++h) after.push_back(host_view(in.hosts, h));
    out["hosts_after"] = after;
  }
  return out;
}

int weights_compared = 0, weights_bit_identical = 0;

bool weights_equal(double a, double b) {
  ++weights_compared;
  if (a == b) {
    ++weights_bit_identical;
    return true;
  }
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

// The first difference between the oracle's and our value of `key`, or "".
std::string diff_key(const std::string& key, const Json& oracle, const Json& mine) {
  const Json& o = oracle.contains(key) ? oracle.at(key) : Json();
  const Json& m = mine.contains(key) ? mine.at(key) : Json();
  auto show = [&](const Json& a, const Json& b) {
    return key + ":\n    oracle: " + a.dump() + "\n    ours:   " + b.dump();
  };
  if (key == "weighed") {
    bool same = o.is_array() && m.is_array() && o.size() == m.size();
    for (std::size_t i = 0; same && i < o.size(); ++i)
      same = o[i].at("host") == m[i].at("host") &&
             weights_equal(o[i].at("weight").get<double>(), m[i].at("weight").get<double>());
    return same ? "" : show(o, m);
  }
  if (key == "hosts_after") {
    // The oracle's view has the allocation ratios too; compare the fields we model.
    if (!o.is_array() || !m.is_array() || o.size() != m.size()) return show(o, m);
    for (std::size_t i = 0; i < o.size(); ++i)
      for (const auto& [k, v] : m[i].items())
        if (o[i].value(k, Json()) != v) return key + "[" + std::to_string(i) + "]." + k + ":\n    oracle: " +
                                               o[i].dump() + "\n    ours:   " + m[i].dump();
    return "";
  }
  return o == m ? "" : show(o, m);
}

bool nova_importable() {
  return run(std::string(kPython) + " -c 'import nova.conf' >/dev/null 2>&1") == 0;
}

TEST(NovaDifferential, RandomCasesMatchTheRealNovaScheduler) {
  const auto t_begin = std::chrono::steady_clock::now();
  if (!nova_importable())
    GTEST_SKIP() << kPython << " cannot import nova: install Debian's python3-nova (tools/setup-deps.sh) to run "
                               "the differential test against the real Nova scheduler";
  const fs::path oracle = fs::path(oracle_dir()) / "nova_oracle.py";
  ASSERT_TRUE(fs::exists(oracle)) << "the real-Nova oracle is missing: " << oracle;

  const int count = case_count();
  const fs::path work = fs::path(STACKTWIN_BINARY_DIR) / "oracle_nova";
  const fs::path in_dir = work / "in", out_dir = work / "out";
  fs::remove_all(work);
  const std::string here = STACKTWIN_SOURCE_DIR "/tests/oracle";
  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(run(std::string(kPython) + " " + here + "/gen_nova_cases.py --out '" + in_dir.string() +
                "' --count " + std::to_string(count)),
            0);
  ASSERT_EQ(run(std::string(kPython) + " " + here + "/run_nova_oracle_batch.py --oracle-dir '" + oracle_dir() +
                "' --out '" + out_dir.string() + "' --in-dir '" + in_dir.string() + "' --check-alone " +
                (std::getenv("STACKTWIN_ORACLE_CHECK_ALONE") ? std::getenv("STACKTWIN_ORACLE_CHECK_ALONE") : "2")),
            0);
  const auto t1 = std::chrono::steady_clock::now();

  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(in_dir))
    if (e.path().extension() == ".json") cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  ASSERT_EQ(static_cast<int>(cases.size()), count);

  std::map<std::string, int> filter_cover, weigher_cover;
  int nvh = 0, multi = 0, mismatches = 0;
  for (const auto& c : cases) {
    const fs::path out_file = out_dir / (c.stem().string() + ".out.json");
    std::ifstream f(out_file);
    ASSERT_TRUE(f) << "no oracle output " << out_file;
    const Json oracle_out = Json::parse(f);
    ASSERT_FALSE(oracle_out.contains("oracle_exception"))
        << c << ": the oracle raised (the generator must not produce this): " << oracle_out["oracle_exception"];
    Json mine;
    try {
      mine = ours(c);
    } catch (const std::exception& e) {
      ADD_FAILURE() << c << ": our side threw: " << e.what();
      ++mismatches;
      continue;
    }
    std::ofstream(out_dir / (c.stem().string() + ".ours.json")) << mine.dump(1) << "\n";
    for (const auto& n : oracle_out.at("filters")) ++filter_cover[n.get<std::string>()];
    for (const auto& n : oracle_out.at("weighers")) ++weigher_cover[n.get<std::string>()];
    nvh += oracle_out.at("no_valid_host").get<bool>();
    multi += oracle_out.at("selections").size() > 1;
    bool same = true;
    for (const char* key : {"per_filter_pass", "filter_chain", "filtered", "weighed", "selections", "no_valid_host",
                            "hosts_after"}) {
      const std::string d = diff_key(key, oracle_out, mine);
      if (!d.empty()) {
        ADD_FAILURE() << c.string() << ": first difference in " << d;
        same = false;
        break;
      }
    }
    // The command's JSON.
    Json command;
    try {
      ScheduleOptions options;
      options.json = true;
      options.file_label = c.filename().string();
      std::ostringstream text;
      run_schedule(load_schedule_input(c), options, text);
      command = Json::parse(text.str());
    } catch (const std::exception& e) {
      ADD_FAILURE() << c << ": stacktwin schedule --json failed: " << e.what();
      mismatches += same;
      continue;
    }
    for (const char* key : {"per_filter_pass", "filter_chain", "filtered", "weighed", "selections", "no_valid_host"}) {
      const std::string d = diff_key(key, oracle_out, command);
      if (!d.empty()) {
        ADD_FAILURE() << c.string() << ": stacktwin schedule --json: first difference in " << d;
        same = false;
        break;
      }
    }
    mismatches += !same;
  }
  const auto t2 = std::chrono::steady_clock::now();
  auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  std::ostringstream cover;
  for (const auto& [n, k] : filter_cover) cover << "  " << n << " " << k << "\n";
  for (const auto& [n, k] : weigher_cover) cover << "  " << n << " " << k << "\n";
  std::cout << cases.size() << " cases (" << nvh << " NoValidHost, " << multi << " with several selections), "
            << mismatches << " mismatches; generate + oracle " << secs(t0, t1) << " s, ours " << secs(t1, t2)
            << " s, total " << secs(t_begin, t2) << " s; " << weights_bit_identical << " of " << weights_compared
            << " weights bit-identical\ncoverage (cases per filter / weigher):\n"
            << cover.str();
  EXPECT_EQ(mismatches, 0);
  // Every filter and weigher must be exercised.
  EXPECT_EQ(filter_cover.size(), 23u);
  EXPECT_EQ(weigher_cover.size(), 10u);
}

}  // namespace
}  // namespace stacktwin::cli
