// `stacktwin params` and docs/scenario-reference.md, rendered from the declarations.
#include <algorithm>

#include "sim/engine/units.h"
#include "sim/io/scenario_distribution.h"
#include "sim/io/scenario_schema.h"

namespace stacktwin::io {
namespace {

struct Row {
  std::string key, unit, default_text, range, description;
};

std::string child_path(const std::string& path, const Field& parent, const std::string& key) {
  const std::string base = parent.kind == FieldKind::kList ? path + "[]" : path;
  return base.empty() ? key : base + "." + key;
}

// Every declared key, depth first, as `stacktwin params` lists them.
void collect(const Field& s, const std::string& path, std::vector<Row>& rows) {
  for (const Field& f : s.fields) {
    const std::string key = child_path(path, s, f.key);
    rows.push_back({f.kind == FieldKind::kList ? key + "[]" : key, f.unit,
                    f.default_text_for_docs(), f.range_text(), f.description});
    if (f.kind == FieldKind::kSection || f.kind == FieldKind::kList) collect(f, key, rows);
  }
}

std::string param_range(const DistributionParamDecl& p) {
  if (!p.above.empty()) return "> " + p.above;
  if (p.is_list) return "at least 1; each " + p.range.text();
  return p.range.text().empty() ? "any" : p.range.text();
}

std::string param_unit(const DistributionParamDecl& p) {
  if (p.is_list) return "list of durations";
  return p.kind == FieldKind::kReal ? "-" : "duration";
}

struct ParamRow {
  std::string distribution, key, unit, range, description;
};

std::vector<ParamRow> distribution_rows() {
  std::vector<ParamRow> rows;
  for (const auto& kind : distribution_kinds())
    for (std::size_t f = 0; f < kind.forms.size(); ++f)
      for (const auto& p : kind.forms[f])
        rows.push_back({kind.name, p.key, param_unit(p), param_range(p),
                        p.description + (f > 0 ? " (instead of " + kind.form_text(0) + ")" : "")});
  return rows;
}

std::string table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    width[c] = header[c].size();
    for (const auto& r : rows) width[c] = std::max(width[c], r[c].size());
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      out += cells[c];
      if (c + 1 < cells.size()) out += std::string(width[c] - cells[c].size() + 2, ' ');
    }
    return out + "\n";
  };
  std::string out = line(header);
  for (const auto& r : rows) out += line(r);
  return out;
}

std::string md_cell(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string md_table(const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows) {
  auto line = [](const std::vector<std::string>& cells, bool escape) {
    std::string out = "|";
    for (const auto& cell : cells) out.append(" ").append(escape ? md_cell(cell) : cell).append(" |");
    return out.append("\n");
  };
  std::string out = line(header, false);
  out.append("|");
  for (std::size_t i = 0; i < header.size(); ++i) out.append("---|");
  out.append("\n");
  for (const auto& r : rows) out += line(r, true);
  return out;
}

std::string code(const std::string& text) { return text.empty() || text == "-" ? text : "`" + text + "`"; }

// One table per section or list, depth first.
void md_sections(const Field& s, const std::string& path, std::string& out) {
  std::vector<std::vector<std::string>> rows;
  for (const Field& f : s.fields) {
    const bool nested = f.kind == FieldKind::kSection || f.kind == FieldKind::kList;
    std::string description = f.description;
    if (nested) description += " (see `" + child_path(path, s, f.key) + (f.kind == FieldKind::kList ? "[]" : "") + "`)";
    if (f.kind == FieldKind::kDistribution) description += " (see Lifetime distributions)";
    const std::string def = f.presence == Presence::kDefault ? code(f.default_text_for_docs())
                                                             : f.default_text_for_docs();
    rows.push_back({code(f.key), f.unit, def, f.range_text(), description});
  }
  const std::string title = path.empty() ? "Top level" : "`" + path + (s.kind == FieldKind::kList ? "[]" : "") + "`";
  out += "\n## " + title + "\n\n";
  if (!path.empty()) out += s.description + ".\n\n";
  out += md_table({"Key", "Unit", "Default", "Range", "Description"}, rows);
  for (const Field& f : s.fields)
    if (f.kind == FieldKind::kSection || f.kind == FieldKind::kList)
      md_sections(f, child_path(path, s, f.key), out);
}

constexpr const char* kIntro = R"(A scenario is one YAML file that describes a cloud (host classes, host aggregates, flavors,
the `nova.conf` options that shape Placement inventories and the scheduler), the load on it
(workloads) and what-if changes at given times (events). This page is generated from the
declarations in `sim/io/scenario_schema.cc` and `sim/io/scenario_distribution.cc`, the same
ones the loader uses; regenerate it with `build/sim/cli/stacktwin params --markdown > docs/scenario-reference.md`.

```yaml
name: quickstart
seed: 42
duration: 30d
output: {file: quickstart.h5, sample_interval: 1h}
hosts:
  - {name: std, count: 40, availability_zone: az1, vcpus: 64, memory: 512GiB, disk: 4TiB}
flavors:
  - {name: m1.small, vcpus: 1, ram: 2048, disk: 20}
  - {name: m1.large, vcpus: 4, ram: 8192, disk: 80}
nova:
  DEFAULT: {cpu_allocation_ratio: 16.0, ram_allocation_ratio: 1.5}
  filter_scheduler: {weight_classes: [RAMWeigher, CPUWeigher], ram_weight_multiplier: 1.0}
workload:
  - kind: poisson
    arrival_rate: 30/h
    lifetime: {distribution: exponential, mean: 12h}
    flavors: {m1.small: 0.7, m1.large: 0.3}
events:
  - {at: 10d, action: fail_hosts, class: std, count: 4}
  - {at: 15d, action: add_hosts, class: std, count: 8}
```

## Units

)";

constexpr const char* kRules = R"(
Flavors keep the flavor API's units: `ram` and `swap` in MiB, `disk` and `ephemeral` in GB,
as plain integers. Unknown keys are errors, with the closest valid key suggested.

Booleans are `true` or `false` (not `yes`, `no`, `on`, `off`, `1` or `0`). Aggregate
`metadata` and flavor `extra_specs` map text to text, as the Nova APIs do: a value written as
a number or a boolean is kept as written (`1.0` and `"1.0"` are both the text `1.0`); quote
keys that hold `:` (`"hw:cpu_policy": dedicated`). Extra specs that filters match (no scope,
`capabilities:` or `aggregate_instance_extra_specs:`) must use the operator syntax correctly
(`">= 4"`, `"<in> avx"`, `"s== QEMU"`). Filter and weigher names are the scheduler's
registered ones; an unknown name is an error that lists them.

## Precedence and `--set`

Defaults (below) < the scenario file < `--set key.path=value` overrides, applied in the
order given on the command line. A path joins keys with `.`, indexes lists with `[0]` and
quotes keys that contain `.` in brackets:

```
stacktwin run q.yaml --set seed=7 --set nova.DEFAULT.cpu_allocation_ratio=4 \
    --set hosts[0].count=10 --set workload[0].arrival_rate=60/h \
    --set 'workload[0].flavors["m1.small"]=0.5' \
    --set 'nova.filter_scheduler.weight_classes=[RAMWeigher]' \
    --set 'flavors[0].extra_specs["hw:cpu_policy"]=dedicated'
```

The value is read as YAML: a scalar or a flow collection such as `{file: x.h5}`. Missing
map keys along the path are created (an unknown key is then rejected as in a file); a list
index must exist.

The resolved configuration (every key, defaults filled in) is written to the results
file's `/meta`, and loads back to the same configuration.

## Errors

Every problem is one line: `<file>:<line>:<column>: <yaml.path>: <problem>`, citing the
offending node (`--set <override>` in place of the position for values from `--set`):

```
q.yaml:7:45: hosts[0].vcpu: unknown key 'vcpu' (did you mean 'vcpus'?); valid keys: availability_zone, count, ...
q.yaml:7:52: hosts[0].vcpus: bad value 'many': expected an integer
q.yaml:7:52: hosts[0].vcpus: bad value '0': expected an integer >= 1
q.yaml:20:15: workload[0].flavors: unknown flavor 'm1.tiny'; valid flavors: m1.large, m1.small
q.yaml:6:5: hosts[0]: missing required key 'vcpus'
q.yaml:9:5: flavors[1].name: duplicate flavor 'm1.small' (first at line 8)
q.yaml:4:3: malformed YAML: end of map flow not found
--set hosts[5].count=3: no such list element hosts[5] (the list has 1)
```
)";

}  // namespace

std::string params_text() {
  std::vector<Row> rows;
  collect(scenario_schema(), "", rows);
  std::vector<std::vector<std::string>> cells;
  for (const auto& r : rows) cells.push_back({r.key, r.unit, r.default_text, r.range, r.description});
  std::string out = table({"KEY", "UNIT", "DEFAULT", "RANGE", "DESCRIPTION"}, cells);
  out += "\nworkload[].lifetime: {distribution: <name>, <parameters>}\n";
  cells.clear();
  for (const auto& r : distribution_rows())
    cells.push_back({r.distribution, r.key, r.unit, r.range, r.description});
  out += table({"DISTRIBUTION", "PARAMETER", "UNIT", "RANGE", "DESCRIPTION"}, cells);
  return out;
}

std::string scenario_reference_markdown() {
  std::string out = "# Scenario reference\n\n";
  out += "<!-- Generated by `stacktwin params --markdown` from sim/io/scenario_schema.cc; do not edit. -->\n\n";
  out += kIntro;
  out += md_table({"Kind", "Written as"},
                  {{"duration, time", std::string(sim::kDurationExpected).substr(2) +
                                          "; units ns, us, ms, s, m (or min), h, d, w, y; a time "
                                          "is an offset from the start of the run"},
                   {"size", std::string(sim::kSizeExpected).substr(2) +
                                "; k, M, G, T, P are powers of 1000, Ki, Mi, Gi, Ti, Pi of 1024; a "
                                "bare number is bytes"},
                   {"rate", std::string(sim::kFrequencyExpected).substr(2) +
                                "; events per s, min, h, d or w"},
                   {"ratio, integer", "a plain number"}});
  out += kRules;
  md_sections(scenario_schema(), "", out);

  out += "\n## Lifetime distributions\n\n";
  out += "`workload[].lifetime` is a map `{distribution: <name>, <parameters>}`. Time-valued "
         "parameters are durations; `shape`, `mu` and `sigma` are plain numbers. A missing "
         "parameter, or one that belongs to another distribution, is an error.\n\n";
  std::vector<std::vector<std::string>> kinds;
  for (const auto& k : distribution_kinds())
    kinds.push_back({code(k.name), k.forms_text(), k.description});
  out += md_table({"Distribution", "Parameters", "Description"}, kinds);
  out += "\n";
  std::vector<std::vector<std::string>> params;
  for (const auto& r : distribution_rows())
    params.push_back({code(r.distribution), code(r.key), r.unit, r.range, r.description});
  out += md_table({"Distribution", "Parameter", "Unit", "Range", "Description"}, params);
  return out;
}

}  // namespace stacktwin::io
