// nova/scheduler/filters/utils.py (Zed): the aggregate and instance helpers filters share.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "models/nova/host_state.h"

namespace stacktwin::nova::filter_utils {

// aggregate_values_from_key: the set of the host's aggregates' values for `key`.
std::set<std::string> aggregate_values_from_key(const HostStates& hosts, HostIndex h, const std::string& key);

// aggregate_metadata_get_by_host: every metadata key of the host's aggregates (only of the
// aggregates that define `key`, when given) mapped to the union of its comma-split,
// whitespace-stripped values.
std::map<std::string, std::set<std::string>> aggregate_metadata_get_by_host(
    const HostStates& hosts, HostIndex h, const std::optional<std::string>& key = std::nullopt);

// validate_num_values(vals, default, cast_to=int|float, based_on=min): nullopt where Python's
// cast raises ValueError (the callers then fall back to their default, as Nova does).
std::optional<std::int64_t> min_int_value(const std::set<std::string>& vals, std::int64_t default_value);
std::optional<double> min_float_value(const std::set<std::string>& vals, double default_value);

// instance_uuids_overlap: some uuid in `uuids` is an instance on the host.
bool instance_uuids_overlap(const HostStates& hosts, HostIndex h, const std::vector<std::string>& uuids);

// Python str.strip() over ASCII whitespace.
std::string py_strip(const std::string& s);
// Python s.split(sep) (every piece kept, also empty ones).
std::vector<std::string> py_split_on(const std::string& s, char sep);

}  // namespace stacktwin::nova::filter_utils
