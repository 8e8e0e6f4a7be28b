// stacktwin — the command line. Subcommands: run, validate, params.
//
// Exit codes: 0 success; 2 bad input (scenario, flags, output path); 1 any other failure.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "models/nova/examples/register_example_policies.h"
#include "sim/cli/capacity_run.h"
#include "sim/cli/progress.h"
#include "sim/cli/results_file.h"
#include "sim/cli/scenario_checks.h"
#include "sim/cli/schedule_command.h"
#include "sim/io/scenario_error.h"
#include "sim/io/scenario_loader.h"
#include "sim/io/scenario_schema.h"
#include "sim/io/version.h"

namespace {

using namespace stacktwin;

constexpr int kBadInput = 2;

int fail(int code, const std::string& message) {
  std::cerr << "stacktwin: error: " << message << "\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  // The researcher-policy examples (docs/custom-policies.md) are nameable in scenarios and in
  // `stacktwin schedule`; a researcher's own policies are registered the same way, here.
  nova::examples::register_example_policies();
  CLI::App app{"stacktwin — a deterministic discrete-event simulator of an OpenStack cloud"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(io::program_version()));

  std::string scenario_path, output_path, summary_json;
  std::vector<std::string> overrides;
  bool quiet = false, no_progress = false, force = false, markdown = false;

  auto* run = app.add_subcommand("run", "Run a scenario: summary on the terminal, results in HDF5");
  run->add_option("scenario", scenario_path, "Scenario YAML file")->required();
  run->add_option("--set", overrides, "Override a scenario value: key.path=value (repeatable)");
  run->add_option("-o,--output", output_path, "Results file (default: the scenario's output.file)");
  run->add_option("--summary-json", summary_json, "Also write the summary as JSON to this file");
  run->add_flag("-q,--quiet", quiet, "Do not print the summary table");
  run->add_flag("--no-progress", no_progress, "No progress line even on a terminal");
  run->add_flag("--force", force, "Overwrite an output file that is not a stacktwin results file");

  auto* validate = app.add_subcommand("validate", "Check a scenario without running it");
  validate->add_option("scenario", scenario_path, "Scenario YAML file")->required();
  validate->add_option("--set", overrides, "Override a scenario value: key.path=value (repeatable)");

  std::string schedule_path;
  bool schedule_json = false, schedule_explain = false;
  auto* schedule = app.add_subcommand(
      "schedule", "One Nova scheduling decision on a JSON host/request file (the oracle's input schema)");
  schedule->add_option("file", schedule_path, "Hosts, aggregates, request and config as JSON")->required();
  schedule->add_flag("--json", schedule_json, "Print the oracle's output keys as JSON");
  schedule->add_flag("--explain", schedule_explain, "Print each filter's removals and each weigher's values");

  auto* params = app.add_subcommand("params", "List every scenario parameter");
  params->add_flag("--markdown", markdown, "Print docs/scenario-reference.md");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return fail(kBadInput, std::string(e.what()) + " (see stacktwin --help)");
  }

  try {
    if (*params) {
      std::cout << (markdown ? io::scenario_reference_markdown() : io::params_text());
      return 0;
    }
    if (*schedule) {
      cli::ScheduleOptions opts{schedule_json, schedule_explain,
                                std::filesystem::path(schedule_path).filename().string()};
      cli::run_schedule(cli::load_schedule_input(schedule_path), opts, std::cout);
      return 0;
    }
    cli::install_scenario_checks();  // filter/weigher names and extra specs: models/nova's
    const io::ScenarioConfig config = io::load_scenario(scenario_path, overrides);
    if (*validate) {
      std::cout << scenario_path << ": ok (" << config.hosts.size() << " host classes, "
                << config.flavors.size() << " flavors, " << config.workload.size() << " workloads, "
                << config.events.size() << " events)\n";
      return 0;
    }
    const std::string out = output_path.empty() ? config.output.file : output_path;
    cli::check_output_path(out, force);

    cli::ProgressLine progress(!no_progress && isatty(STDERR_FILENO));
    cli::RunOptions options;
    options.on_progress = [&progress](sim::Time now, sim::Time end, std::uint64_t events) {
      progress.update(now, end, events);
    };
    cli::RunResult result = cli::run_capacity_scenario(config, options);
    result.summary.set("results.file", out);
    cli::write_results(out, config, result);
    if (!summary_json.empty()) {
      std::ofstream f(summary_json, std::ios::binary | std::ios::trunc);
      if (!(f << result.summary.to_json()) || !f.flush())
        return fail(1, summary_json + ": cannot write the summary JSON");
    }
    if (!quiet) {
      std::cout << "stacktwin " << io::program_version() << " — scenario " << config.name << "\n"
                << result.summary.to_table();
    }
    return 0;
  } catch (const io::ScenarioError& e) {
    return fail(kBadInput, e.what());
  } catch (const cli::ScheduleInputError& e) {
    return fail(kBadInput, e.what());
  } catch (const cli::OutputError& e) {
    return fail(kBadInput, e.what());
  } catch (const std::exception& e) {
    return fail(1, e.what());
  }
}
