// JsonFilter — nova/scheduler/filters/json_filter.py (Zed).
//
// Scheduler hint `query` holds a JSON expression [op, arg, ...]; the host passes when it is
// absent or empty, or when the expression is truthy (a list result — from "not" — passes if
// any element is true). Arguments: nested lists are evaluated as expressions; strings
// "$attr" or "$attr.key.key" read a HostState attribute / dict key (host_attributes.h says
// which are modelled; a missing one reads None), other strings are literals; None arguments
// are dropped before the operator sees them.
//   "=", "<", ">", "<=", ">=": the first argument compared with every other one (false with
//        fewer than two arguments), with Python semantics: numbers and bools compare as
//        numbers, strings lexicographically, and ordering a number against a string raises
//        TypeError;
//   "in": the first argument equals one of the others;  "not": the list of negations;
//   "or" / "and": any / all of the arguments are truthy.
// Where Python raises — invalid JSON, unknown operator (KeyError), TypeError comparisons,
// ".key" on a non-dict (AttributeError) — this throws FilterError. Runs for every instance;
// not on rebuild.
#pragma once

#include "models/nova/host_filter.h"

namespace stacktwin::nova {

class JsonFilter final : public HostFilter {
 public:
  explicit JsonFilter(const SchedulerConfig&) {}
  bool host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const override;
};

}  // namespace stacktwin::nova
