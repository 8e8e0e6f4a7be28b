// nova/scheduler/filters/extra_specs_ops.py (Zed): the operator language of flavor extra
// specs, used by ComputeCapabilitiesFilter and AggregateInstanceExtraSpecsFilter, plus the
// Python conversions (float(), int(), str(float)) those filters rely on.
//
// match(value, req): `req` is split on whitespace and its first word is the operator.
//   =  float(value) >= float(arg)        (NOT equality)
//   == != >= <=  float comparisons        s== s!= s< s<= s> s>=  string comparisons
//   <in>      arg is a substring of value
//   <all-in>  every following word is a substring of value
//   <or> a <or> b ...  value equals one of a, b, ... (every other word is skipped unchecked)
//   anything else (no operator word): value == req, the whole unsplit string.
// Only the first argument word is used by the binary operators; an operator with no argument
// returns false. Nova raises (and so do we, FilterError) in two cases: a numeric operator
// where float() of value or argument fails (ValueError), and "<or>" with nothing after it
// (IndexError from words.pop(0)).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "models/nova/filters/filter_error.h"

namespace stacktwin::nova::extra_specs_ops {

// Python float(s) for str s: surrounding whitespace, sign, digits with single underscores
// between digits, optional fraction and exponent, inf/infinity/nan in any case. nullopt where
// Python raises ValueError (hex, "1_", "", "1e", ...).
std::optional<double> py_float(std::string_view s);
// Python int(s) for str s, base 10: whitespace, sign, digits with single underscores between.
// nullopt where Python raises ValueError ("8.0", "", "0x8") or the value leaves int64.
std::optional<std::int64_t> py_int(std::string_view s);
// Python str(x) / repr(x) of a float: shortest round-trip digits, "16.0", "1e+16", "1e-05",
// "inf", "nan".
std::string py_float_str(double x);

// extra_specs_ops.match. Throws FilterError where Nova raises.
bool match(const std::string& value, const std::string& req);

// For scenario validation: why `req` is a mistake, or nullopt. Flags what Nova would raise on
// ("<or>" alone, a numeric operator with a non-numeric argument), an operator with no argument
// (never matches), and a first word that looks like an operator but is not one ("> 4", "<=>",
// "s=", "<any>"): Nova would silently compare the whole string instead.
std::optional<std::string> extra_spec_error(const std::string& req);

}  // namespace stacktwin::nova::extra_specs_ops
