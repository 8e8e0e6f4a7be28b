// What a filter throws where Nova's Python code raises instead of returning a verdict.
//
// Nova does not catch exceptions inside filters: a ValueError from float() in
// extra_specs_ops.match, a TypeError between mismatched JsonFilter operands or an
// InvalidArchitectureName from ImagePropertiesFilter propagates out of
// HostManager.get_filtered_hosts and fails the whole select_destinations call (the instance
// goes to ERROR, it is not a NoValidHost for that host only). The pipeline catches this type
// and fails the request the same way; scenario validation should reject such input earlier.
#pragma once

#include <stdexcept>
#include <string>

namespace stacktwin::nova {

struct FilterError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace stacktwin::nova
