#include "sim/cli/results_file.h"

#include <filesystem>

#include "sim/io/hdf5_writer.h"
#include "sim/io/results_probe.h"
#include "sim/io/scenario_loader.h"
#include "sim/io/version.h"

namespace stacktwin::cli {

void check_output_path(const std::string& path, bool force) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status) || force) return;
  if (!std::filesystem::is_regular_file(status))
    throw OutputError(path + ": output path exists and is not a regular file");
  if (!io::is_stacktwin_results_file(path))
    throw OutputError(path + ": refusing to overwrite a file that is not a stacktwin results file (use --force, or choose another --output)");
}

void write_results(const std::string& path, const io::ScenarioConfig& config, const RunResult& result) {
  io::Hdf5Writer out(path);
  out.put_meta("name", config.name);
  out.put_meta("scenario", config.source_text);
  out.put_meta("scenario_file", config.source_file);
  out.put_meta("resolved_config", io::resolved_yaml(config));
  out.put_meta("seed", config.seed);
  out.put_meta("duration_ns", config.duration.ns());

  for (const auto& s : result.series) out.put_series(s.name, s.time_ns, s.values, s.unit);

  const VmTable& t = result.vms;
  std::vector<std::int64_t> ids(t.flavor.size());
  for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<std::int64_t>(i);
  out.put_table("events/vm", {
      {"id", std::move(ids), ""},
      {"flavor", t.flavor, ""},
      {"host", t.host, ""},
      {"requested", t.requested_ns, "ns"},
      {"started", t.started_ns, "ns"},
      {"ended", t.ended_ns, "ns"},
      {"outcome", t.outcome, ""},
  });
  out.commit();
}

}  // namespace stacktwin::cli
