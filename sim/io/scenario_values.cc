#include "sim/io/scenario_values.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>

#include "sim/engine/units.h"
#include "sim/io/scenario_document.h"

namespace stacktwin::io {
namespace {

std::string_view without_plus(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  return text;
}

template <class T>
std::optional<T> parse_number(std::string_view text) {
  text = without_plus(text);
  T value{};
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  if constexpr (std::is_floating_point_v<T>)
    if (!std::isfinite(value)) return std::nullopt;
  return value;
}

// Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

bool is_yaml_keyword(std::string_view text) {
  // YAML 1.1 nulls and booleans, which a generic reader of /meta would not read as text.
  static constexpr std::array<std::string_view, 10> kWords{"~",   "null", "y",  "n",  "yes",
                                                           "no",  "true", "false", "on", "off"};
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

}  // namespace

bool Range::contains(double x) const {
  if (lo && (lo->inclusive ? x < lo->value : x <= lo->value)) return false;
  if (hi && (hi->inclusive ? x > hi->value : x >= hi->value)) return false;
  return true;
}

std::string Range::text() const {
  if (lo && hi && lo->inclusive && hi->inclusive)
    return "in [" + format_real(lo->value) + ", " + format_real(hi->value) + "]";
  std::string out;
  if (lo) out = (lo->inclusive ? ">= " : "> ") + format_real(lo->value);
  if (hi) out += (out.empty() ? "" : " and ") + std::string(hi->inclusive ? "<= " : "< ") +
                 format_real(hi->value);
  return out;
}

Range at_least(double v) { return Range{Bound{v, true}, std::nullopt}; }
Range above(double v) { return Range{Bound{v, false}, std::nullopt}; }

std::optional<Value> parse_scalar(FieldKind kind, std::string_view text) {
  auto wrap = [](const auto& r) -> std::optional<Value> {
    if (!r) return std::nullopt;
    return Value(*r);
  };
  switch (kind) {
    case FieldKind::kText:
    case FieldKind::kChoice:
      return Value(std::string(text));
    case FieldKind::kInteger:
      return wrap(parse_number<std::int64_t>(text));
    case FieldKind::kSeed:
      return wrap(parse_number<std::uint64_t>(text));
    case FieldKind::kReal:
      return wrap(parse_number<double>(text));
    case FieldKind::kDuration:
    case FieldKind::kTime:
      return wrap(sim::parse_duration(text).value);
    case FieldKind::kSize:
      return wrap(sim::parse_size_bytes(text).value);
    case FieldKind::kFrequency:
      return wrap(sim::parse_frequency_per_second(text).value);
    case FieldKind::kBool:
      if (text == "true") return Value(true);
      if (text == "false") return Value(false);
      return std::nullopt;
    case FieldKind::kNames:
    case FieldKind::kTextMap:
    case FieldKind::kWeights:
    case FieldKind::kDistribution:
    case FieldKind::kSection:
    case FieldKind::kList:
      break;
  }
  assert(false && "parse_scalar: not a scalar kind");
  return std::nullopt;
}

std::optional<Value> parse_flow_default(FieldKind kind, std::string_view text) {
  if (kind == FieldKind::kTextMap) {
    if (text == "{}") return Value(TextMap{});
    return std::nullopt;
  }
  if (kind != FieldKind::kNames || text.size() < 2 || text.front() != '[' || text.back() != ']')
    return std::nullopt;
  Names names;
  std::string_view rest = text.substr(1, text.size() - 2);
  auto trim = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  };
  if (trim(rest).empty()) return Value(names);
  while (true) {
    const std::size_t comma = rest.find(',');
    const std::string_view item = trim(rest.substr(0, comma));
    if (item.empty() || yaml_scalar(item) != item) return std::nullopt;
    names.emplace_back(item);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return Value(names);
}

std::string type_expected(FieldKind kind) {
  switch (kind) {
    case FieldKind::kBool:
      return "true or false";
    case FieldKind::kInteger:
      return "an integer";
    case FieldKind::kSeed:
      return "an integer in [0, 18446744073709551615]";
    case FieldKind::kReal:
      return "a number";
    case FieldKind::kDuration:
    case FieldKind::kTime:
      return std::string(sim::kDurationExpected);
    case FieldKind::kSize:
      return std::string(sim::kSizeExpected);
    case FieldKind::kFrequency:
      return std::string(sim::kFrequencyExpected);
    default:
      return "a string";
  }
}

std::string kind_noun(FieldKind kind) {
  switch (kind) {
    case FieldKind::kInteger:
    case FieldKind::kSeed:
      return "an integer";
    case FieldKind::kReal:
      return "a number";
    case FieldKind::kDuration:
      return "a duration";
    case FieldKind::kTime:
      return "a time";
    case FieldKind::kSize:
      return "a size";
    case FieldKind::kFrequency:
      return "a rate";
    default:
      return "a value";
  }
}

std::optional<double> numeric(const Value& v) {
  if (auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  if (auto* x = std::get_if<double>(&v)) return *x;
  if (auto* d = std::get_if<sim::Duration>(&v)) return to_seconds(*d);
  return std::nullopt;
}

std::string format_scalar(FieldKind kind, const Value& v) {
  switch (kind) {
    case FieldKind::kText:
    case FieldKind::kChoice:
      return yaml_scalar(std::get<std::string>(v));
    case FieldKind::kInteger:
      return std::to_string(std::get<std::int64_t>(v));
    case FieldKind::kSeed:
      return std::to_string(std::get<std::uint64_t>(v));
    case FieldKind::kReal:
      return format_real(std::get<double>(v));
    case FieldKind::kDuration:
    case FieldKind::kTime:
      return sim::to_string(std::get<sim::Duration>(v));
    case FieldKind::kSize:
      return sim::format_size_bytes(std::get<std::int64_t>(v));
    case FieldKind::kFrequency:
      return format_frequency(std::get<double>(v));
    case FieldKind::kBool:
      return std::get<bool>(v) ? "true" : "false";
    default:
      break;
  }
  assert(false && "format_scalar: not a scalar kind");
  return {};
}

std::string format_real(double x) {
  std::array<char, 64> buf{};
  auto [ptr, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), x);
  assert(ec == std::errc());
  return std::string(buf.data(), ptr);
}

std::string format_frequency(double per_s) {
  static constexpr std::array<std::pair<std::string_view, double>, 4> kPer{
      {{"s", 1.0}, {"min", 60.0}, {"h", 3600.0}, {"d", 86400.0}}};
  for (const auto& [unit, factor] : kPer) {
    const double n = std::round(per_s * factor);
    if (n != 0 && std::fabs(n) < 1e15 && n / factor == per_s)
      return format_real(n) + "/" + std::string(unit);
  }
  return format_real(per_s) + "/s";
}

double to_seconds(sim::Duration d) { return static_cast<double>(d.ns()) / 1e9; }

std::string yaml_scalar(std::string_view text) {
  auto plain_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '/' ||
           c == '-' || c == '+';
  };
  const bool plain = !text.empty() &&
                     (std::isalnum(static_cast<unsigned char>(text.front())) ||
                      text.front() == '_' || text.front() == '/') &&
                     std::all_of(text.begin(), text.end(), plain_char) &&
                     !is_yaml_keyword(text) && !parse_number<double>(text);
  if (plain) return std::string(text);
  const bool control = std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
  });
  std::string out;
  if (!control) {
    out = "'";
    for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
  }
  out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += escape_control(std::string_view(&c, 1));
    }
  }
  return out + "\"";
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  std::vector<std::string> sorted = candidates;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& c : sorted) {
    const std::size_t d = edit_distance(word, c);
    if (d > limit || d >= word.size()) continue;
    if (!best || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

std::string format_names(const Names& names) {
  std::string out = "[";
  for (const auto& n : names) out += (out.size() > 1 ? ", " : "") + yaml_scalar(n);
  return out + "]";
}

std::string sorted_list(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace stacktwin::io
