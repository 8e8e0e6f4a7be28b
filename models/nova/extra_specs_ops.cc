#include "models/nova/extra_specs_ops.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace stacktwin::nova::extra_specs_ops {
namespace {

// Python's ASCII whitespace for str.split() and float()/int() stripping.
bool py_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
         (c >= '\x1c' && c <= '\x1f');
}

std::string_view py_strip(std::string_view s) {
  while (!s.empty() && py_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && py_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string> py_split(const std::string& s) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && py_space(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !py_space(s[j])) ++j;
    if (j > i) words.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Consumes `digit ("_"? digit)*` from s at i, appending the digits to out.
bool digit_part(std::string_view s, std::size_t& i, std::string& out) {
  if (i >= s.size() || !is_digit(s[i])) return false;
  out += s[i++];
  while (i < s.size()) {
    if (is_digit(s[i])) {
      out += s[i++];
    } else if (s[i] == '_' && i + 1 < s.size() && is_digit(s[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

double to_float(const std::string& s) {
  auto v = py_float(s);
  if (!v) throw FilterError("ValueError: could not convert string to float: '" + s + "'");
  return *v;
}

enum class Op { kNone, kGe, kIn, kAllIn, kEq, kNe, kNumGe, kNumLe, kSEq, kSNe, kSLt, kSLe, kSGt, kSGe, kOr };

Op parse_op(const std::string& w) {
  static const std::pair<const char*, Op> kOps[] = {
      {"=", Op::kGe},      {"<in>", Op::kIn},   {"<all-in>", Op::kAllIn}, {"==", Op::kEq},
      {"!=", Op::kNe},     {">=", Op::kNumGe},  {"<=", Op::kNumLe},       {"s==", Op::kSEq},
      {"s!=", Op::kSNe},   {"s<", Op::kSLt},    {"s<=", Op::kSLe},        {"s>", Op::kSGt},
      {"s>=", Op::kSGe},   {"<or>", Op::kOr}};
  for (const auto& [name, op] : kOps)
    if (w == name) return op;
  return Op::kNone;
}

bool numeric(Op op) { return op == Op::kGe || op == Op::kEq || op == Op::kNe || op == Op::kNumGe || op == Op::kNumLe; }

}  // namespace

std::optional<double> py_float(std::string_view s) {
  s = py_strip(s);
  if (s.empty()) return std::nullopt;
  std::string clean;
  std::size_t i = 0;
  if (s[i] == '+' || s[i] == '-') clean += s[i++];
  const std::string rest = lower(s.substr(i));
  if (rest == "inf" || rest == "infinity") return clean == "-" ? -HUGE_VAL : HUGE_VAL;
  if (rest == "nan") return std::nan("");
  const bool int_part = digit_part(s, i, clean);
  bool frac_part = false;
  if (i < s.size() && s[i] == '.') {
    clean += s[i++];
    frac_part = digit_part(s, i, clean);
  }
  if (!int_part && !frac_part) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean += s[i++];
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean += s[i++];
    if (!digit_part(s, i, clean)) return std::nullopt;
  }
  if (i != s.size()) return std::nullopt;
  return std::strtod(clean.c_str(), nullptr);  // overflow gives +-inf, as Python does
}

std::optional<std::int64_t> py_int(std::string_view s) {
  s = py_strip(s);
  std::string clean;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean += s[i++];
  if (!digit_part(s, i, clean) || i != s.size()) return std::nullopt;
  std::int64_t v = 0;
  const char* b = clean.c_str() + (clean[0] == '+' ? 1 : 0);
  auto [p, ec] = std::from_chars(b, clean.c_str() + clean.size(), v);
  if (ec != std::errc() || p != clean.c_str() + clean.size()) return std::nullopt;
  return v;
}

std::string py_float_str(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string sci(buf, end);  // shortest round-trip: "-1.2345e+02"
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  const auto epos = sci.find('e');
  std::string digits = sci.substr(0, epos);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  const int exp = std::atoi(sci.c_str() + epos + 1);
  // repr uses fixed notation for 1e-4 <= |x| < 1e16 (float_repr_style 'r').
  if (exp >= -4 && exp < 16) {
    std::string out;
    if (exp < 0) {
      out = "0." + std::string(static_cast<std::size_t>(-exp - 1), '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exp + 1) {
      out = digits + std::string(static_cast<std::size_t>(exp + 1 - static_cast<int>(digits.size())), '0') + ".0";
    } else {
      out = digits.substr(0, static_cast<std::size_t>(exp + 1)) + "." + digits.substr(static_cast<std::size_t>(exp + 1));
    }
    return sign + out;
  }
  std::string mant = digits.substr(0, 1);
  if (digits.size() > 1) mant += "." + digits.substr(1);
  char ebuf[16];
  std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
  return sign + mant + ebuf;
}

bool match(const std::string& value, const std::string& req) {
  std::vector<std::string> words = py_split(req);
  Op op = Op::kNone;
  if (!words.empty()) {
    op = parse_op(words.front());
    words.erase(words.begin());
  }
  if (op == Op::kNone) return value == req;
  if (op == Op::kOr) {  // <or> v1 <or> v2 ...: words at even positions are compared
    if (words.empty()) throw FilterError("IndexError: pop from empty list (extra spec '" + req + "')");
    for (std::size_t i = 0; i < words.size(); i += 2)
      if (words[i] == value) return true;
    return false;
  }
  if (words.empty()) return false;
  const std::string& arg = words.front();
  if (numeric(op)) {
    const double x = to_float(value), y = to_float(arg);
    switch (op) {
      case Op::kGe: case Op::kNumGe: return x >= y;
      case Op::kEq: return x == y;
      case Op::kNe: return x != y;
      case Op::kNumLe: return x <= y;
      default: break;
    }
  }
  switch (op) {
    case Op::kIn: return value.find(arg) != std::string::npos;
    case Op::kAllIn:
      return std::all_of(words.begin(), words.end(),
                         [&](const std::string& w) { return value.find(w) != std::string::npos; });
    case Op::kSEq: return value == arg;
    case Op::kSNe: return value != arg;
    case Op::kSLt: return value < arg;   // byte order = code point order for UTF-8, as Python
    case Op::kSLe: return value <= arg;
    case Op::kSGt: return value > arg;
    case Op::kSGe: return value >= arg;
    default: return false;
  }
}

std::optional<std::string> extra_spec_error(const std::string& req) {
  std::vector<std::string> words = py_split(req);
  if (words.empty()) return std::nullopt;
  const std::string& first = words.front();
  const Op op = parse_op(first);
  if (op == Op::kNone) {
    // A first word made of comparison characters, "s" + such characters, or "<word>" reads as
    // an operator but is none: Nova would compare the whole string "> 4" for equality.
    auto opchars = [](std::string_view w) {
      return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c == '<' || c == '>' || c == '=' || c == '!'; });
    };
    const bool looks_like_op = opchars(first) || (first.size() > 1 && first[0] == 's' && opchars(std::string_view(first).substr(1))) ||
                               (first.size() > 2 && first.front() == '<' && first.back() == '>');
    if (looks_like_op && words.size() > 1)
      return "unknown extra spec operator '" + first +
             "' (valid: =, ==, !=, >=, <=, s==, s!=, s<, s<=, s>, s>=, <in>, <all-in>, <or>); Nova would "
             "compare the whole string '" + req + "' for equality";
    return std::nullopt;
  }
  if (words.size() == 1) {
    if (op == Op::kOr) return "'<or>' needs at least one alternative (Nova raises IndexError)";
    return "operator '" + first + "' has no argument, so it never matches";
  }
  if (numeric(op) && !py_float(words[1]))
    return "operator '" + first + "' compares numbers but '" + words[1] +
           "' is not a number (Nova raises ValueError)";
  return std::nullopt;
}

}  // namespace stacktwin::nova::extra_specs_ops
