// `stacktwin schedule FILE [--json] [--explain]`: one scheduling decision, made by the same
// filter scheduler the simulation uses, on a JSON document in the real-Nova oracle's input
// schema (../shared/tools/oracles/nova_oracle.py): hosts, aggregates, request, config by
// nova.conf group, filters, weighers, placement, seed.
//
// --json prints the oracle's output keys, computed the way the oracle computes them, so the
// two can be compared directly:
//   per_filter_pass  each enabled filter alone over all hosts (instance 0)
//   filter_chain     the hosts left after each filter that runs for instance 0, over all hosts
//   filtered         get_filtered_hosts over all hosts (ignore/force hosts, destination)
//   weighed          those hosts weighed: [{host, weight}], best first
//   selections       the real pass (Placement candidates, claims, consume, alternates):
//                    [{instance_uuid, host, nodename, alternates}]
//   no_valid_host    true when the request cannot be placed (or fails: see `error`)
// --explain prints, for the real pass, the hosts Placement rejected and why, the hosts each
// filter removed, every weigher's raw / normalised / multiplier values, and the selections.
#pragma once

#include <ostream>
#include <string>

#include "sim/cli/schedule_input.h"

namespace stacktwin::cli {

struct ScheduleOptions {
  bool json = false;
  bool explain = false;
  std::string file_label = "input";  // names the file in error messages
};

// Checks what the input reader cannot: filter and weigher names (against the registries),
// operator syntax of the flavor's extra specs that filters match (extra_specs_ops), and the
// scheduler hints filters parse (query as JSON, build_near_host_ip as an address, cidr).
// Throws ScheduleInputError, one line: "<file>: <json.path>: <problem>".
void validate_schedule_input(const ScheduleInput& input, const std::string& file_label);

// Runs the schedule command on a loaded input; writes the report to `out`.
void run_schedule(ScheduleInput input, const ScheduleOptions& options, std::ostream& out);

}  // namespace stacktwin::cli
