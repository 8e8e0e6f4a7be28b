// extra_specs_ops: match() against the real nova/scheduler/filters/extra_specs_ops.py, plus the
// Python conversions. The expected values in the tables were produced by running the real
// module (/usr/bin/python3, nova 26.2.2) on the same inputs; see the generator in the
// comment of each table.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "models/nova/extra_specs_ops.h"

namespace stacktwin::nova::extra_specs_ops {
namespace {

enum class Expect { kTrue, kFalse, kThrow };

struct MatchCase {
  const char* value;
  const char* req;
  Expect expect;
};

// from nova.scheduler.filters import extra_specs_ops as o; o.match(value, req) (exception -> kThrow)
const MatchCase kMatchCases[] = {
    {"123", "= 123", Expect::kTrue},
    {"124", "= 123", Expect::kTrue},
    {"122", "= 123", Expect::kFalse},
    {"12", "= 123", Expect::kFalse},
    {"123", "== 123", Expect::kTrue},
    {"123.0", "== 123", Expect::kTrue},
    {"1e3", "== 1000", Expect::kTrue},
    {"123", "!= 123", Expect::kFalse},
    {"124", "!= 123", Expect::kTrue},
    {"5", "<= 10", Expect::kTrue},
    {"11", "<= 10", Expect::kFalse},
    {"10", ">= 10", Expect::kTrue},
    {"9", ">= 10", Expect::kFalse},
    {"abc", "s== abc", Expect::kTrue},
    {"abc", "s!= abc", Expect::kFalse},
    {"abc", "s< abd", Expect::kTrue},
    {"abd", "s< abc", Expect::kFalse},
    {"abc", "s<= abc", Expect::kTrue},
    {"b", "s> a", Expect::kTrue},
    {"a", "s>= b", Expect::kFalse},
    {"12", "s< 9", Expect::kTrue},
    {"12", "< 9", Expect::kFalse},
    {"12", "> 9", Expect::kFalse},
    {"hello world", "<in> wor", Expect::kTrue},
    {"hello", "<in> xyz", Expect::kFalse},
    {"a b c", "<all-in> a c", Expect::kTrue},
    {"a b c", "<all-in> a d", Expect::kFalse},
    {"v2", "<or> v1 <or> v2", Expect::kTrue},
    {"v3", "<or> v1 <or> v2", Expect::kFalse},
    {"x", "<or> x", Expect::kTrue},
    {"y", "<or> a b y", Expect::kTrue},
    {"<or>", "<or> a <or>", Expect::kFalse},
    {"true", "true", Expect::kTrue},
    {"True", "true", Expect::kFalse},
    {"true", " true", Expect::kFalse},
    {"a b", "a b", Expect::kTrue},
    {"a  b", "a b", Expect::kFalse},
    {"", "", Expect::kTrue},
    {"x", "", Expect::kFalse},
    {"x", "   ", Expect::kFalse},
    {"123", "=", Expect::kFalse},
    {"123", "= ", Expect::kFalse},
    {"abc", "<in>", Expect::kFalse},
    {"abc", "<all-in>", Expect::kFalse},
    {"1_000", "= 999", Expect::kTrue},
    {"  42  ", "== 42", Expect::kTrue},
    {"inf", "= 1e308", Expect::kTrue},
    {"nan", "== nan", Expect::kFalse},
    {"nan", "!= nan", Expect::kTrue},
    {"+5", "= 5", Expect::kTrue},
    {".5", "== 0.5", Expect::kTrue},
    {"5.", "== 5", Expect::kTrue},
    {"16.0", "= 16", Expect::kTrue},
    {"0x10", "s== 0x10", Expect::kTrue},
    {"1", "= 1 2 3", Expect::kTrue},
    {"abc", "s== abc def", Expect::kTrue},
    {"abc", "= 5", Expect::kThrow},
    {"5", "= abc", Expect::kThrow},
    {"0x10", "= 16", Expect::kThrow},
    {"1__0", "= 1", Expect::kThrow},
    {"_1", "= 1", Expect::kThrow},
    {"1_", "= 1", Expect::kThrow},
    {"1e", "= 1", Expect::kThrow},
    {"", "= 1", Expect::kThrow},
    {"x", "<or>", Expect::kThrow},
};

TEST(ExtraSpecsOps, MatchesNovaOnEveryTableCase) {
  for (const auto& tc : kMatchCases) {
    SCOPED_TRACE(std::string("value='") + tc.value + "' req='" + tc.req + "'");
    if (tc.expect == Expect::kThrow) {
      EXPECT_THROW(match(tc.value, tc.req), FilterError);
    } else {
      EXPECT_EQ(match(tc.value, tc.req), tc.expect == Expect::kTrue);
    }
  }
}

TEST(ExtraSpecsOps, SingleEqualsIsGreaterOrEqualNotEquality) {
  EXPECT_TRUE(match("4096", "= 2048"));
  EXPECT_FALSE(match("1024", "= 2048"));
  EXPECT_FALSE(match("4096", "== 2048"));
}

// float(s) in Python: [(s, repr(float(s)) or None)]
TEST(ExtraSpecsOps, PyFloatAcceptsWhatPythonAccepts) {
  EXPECT_EQ(py_float("1"), 1.0);
  EXPECT_EQ(py_float("1.5"), 1.5);
  EXPECT_EQ(py_float(" 2 "), 2.0);
  EXPECT_EQ(py_float("1_000"), 1000.0);
  EXPECT_EQ(py_float("1e3"), 1000.0);
  EXPECT_EQ(py_float("-1e-3"), -0.001);
  EXPECT_EQ(py_float("+.5"), 0.5);
  EXPECT_EQ(py_float("5."), 5.0);
  EXPECT_EQ(py_float("inf"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(py_float("-Infinity"), -std::numeric_limits<double>::infinity());
  EXPECT_TRUE(std::isnan(py_float("NaN").value()));
  EXPECT_FALSE(py_float("abc").has_value());
  EXPECT_FALSE(py_float("0x10").has_value());
  EXPECT_FALSE(py_float("1__0").has_value());
  EXPECT_FALSE(py_float("_1").has_value());
  EXPECT_FALSE(py_float("1_").has_value());
  EXPECT_FALSE(py_float("1e").has_value());
  EXPECT_FALSE(py_float("").has_value());
  EXPECT_FALSE(py_float(".").has_value());
  EXPECT_FALSE(py_float("1.2.3").has_value());
  EXPECT_EQ(py_float("1e1_0"), 10000000000.0);
  EXPECT_EQ(py_float("1_0.5_5"), 10.55);
  EXPECT_EQ(py_float("\t7\n"), 7.0);
}

// int(s) in Python
TEST(ExtraSpecsOps, PyIntAcceptsWhatPythonAccepts) {
  EXPECT_EQ(py_int("8"), 8);
  EXPECT_EQ(py_int(" 8 "), 8);
  EXPECT_EQ(py_int("+8"), 8);
  EXPECT_EQ(py_int("-3"), -3);
  EXPECT_FALSE(py_int("8.0").has_value());
  EXPECT_FALSE(py_int("").has_value());
  EXPECT_FALSE(py_int("0x8").has_value());
  EXPECT_EQ(py_int("1_0"), 10);
  EXPECT_EQ(py_int("007"), 7);
  EXPECT_FALSE(py_int("1__0").has_value());
}

// repr(x) in Python
TEST(ExtraSpecsOps, PyFloatStrIsPythonRepr) {
  EXPECT_EQ(py_float_str(16.0), "16.0");
  EXPECT_EQ(py_float_str(1.5), "1.5");
  EXPECT_EQ(py_float_str(0.1), "0.1");
  EXPECT_EQ(py_float_str(1e+16), "1e+16");
  EXPECT_EQ(py_float_str(1.5e+16), "1.5e+16");
  EXPECT_EQ(py_float_str(1e-05), "1e-05");
  EXPECT_EQ(py_float_str(0.0001), "0.0001");
  EXPECT_EQ(py_float_str(123456789.123), "123456789.123");
  EXPECT_EQ(py_float_str(1.152921504606847e+18), "1.152921504606847e+18");
  EXPECT_EQ(py_float_str(-0.5), "-0.5");
  EXPECT_EQ(py_float_str(1e+22), "1e+22");
  EXPECT_EQ(py_float_str(0.3333333333333333), "0.3333333333333333");
  EXPECT_EQ(py_float_str(100.0), "100.0");
  EXPECT_EQ(py_float_str(0.0), "0.0");
}

TEST(ExtraSpecsOps, ExtraSpecErrorFlagsMistakesOnly) {
  EXPECT_EQ(extra_spec_error("= 4"), std::nullopt);
  EXPECT_EQ(extra_spec_error("true"), std::nullopt);
  EXPECT_EQ(extra_spec_error("<or> a <or> b"), std::nullopt);
  EXPECT_EQ(extra_spec_error("s>= abc"), std::nullopt);
  EXPECT_EQ(extra_spec_error(""), std::nullopt);
  EXPECT_TRUE(extra_spec_error("> 4").has_value());       // no '>' operator in Nova
  EXPECT_TRUE(extra_spec_error("s= abc").has_value());
  EXPECT_TRUE(extra_spec_error("<any> x").has_value());
  EXPECT_TRUE(extra_spec_error("<or>").has_value());      // IndexError in Nova
  EXPECT_TRUE(extra_spec_error(">= abc").has_value());    // ValueError in Nova
  EXPECT_TRUE(extra_spec_error("==").has_value());        // never matches
  EXPECT_NE(extra_spec_error("> 4")->find("unknown extra spec operator '>'"), std::string::npos);
}

}  // namespace
}  // namespace stacktwin::nova::extra_specs_ops
