#include "sim/io/scenario_distribution.h"

#include <algorithm>
#include <utility>

namespace stacktwin::io {
namespace {

DistributionParamDecl time_param(std::string key, Range range, std::string description,
                                 std::string above = {}) {
  return {std::move(key), FieldKind::kDuration, false, range, std::move(above),
          std::move(description)};
}
DistributionParamDecl real_param(std::string key, Range range, std::string description) {
  return {std::move(key), FieldKind::kReal, false, range, {}, std::move(description)};
}

std::vector<DistributionKindDecl> declare() {
  using sim::Distribution;
  std::vector<DistributionKindDecl> kinds{
      {"constant", "Always the same value.",
       {{time_param("value", at_least(0), "The value")}},
       [](std::size_t, const std::vector<double>& v) { return Distribution::constant(v[0]); }},
      {"exponential", "Memoryless: the time left does not depend on the time lived.",
       {{time_param("mean", above(0), "Mean")}},
       [](std::size_t, const std::vector<double>& v) { return Distribution::exponential(v[0]); }},
      {"lognormal",
       "Heavy right tail; given by median and 99th percentile, or by mu and sigma of "
       "ln(seconds).",
       {{time_param("median", above(0), "Median"),
         time_param("p99", above(0), "99th percentile", "median")},
        {real_param("mu", {}, "Mean of ln(seconds)"),
         real_param("sigma", above(0), "Standard deviation of ln(seconds)")}},
       [](std::size_t form, const std::vector<double>& v) {
         return form == 0 ? Distribution::lognormal_median_p99(v[0], v[1])
                          : Distribution::lognormal(v[0], v[1]);
       }},
      {"normal", "Symmetric around the mean; negative draws count as zero.",
       {{time_param("mean", above(0), "Mean"),
         time_param("stddev", above(0), "Standard deviation")}},
       [](std::size_t, const std::vector<double>& v) { return Distribution::normal(v[0], v[1]); }},
      {"uniform", "Every value in [min, max) equally likely.",
       {{time_param("min", at_least(0), "Lower end"),
         time_param("max", above(0), "Upper end (excluded)", "min")}},
       [](std::size_t, const std::vector<double>& v) { return Distribution::uniform(v[0], v[1]); }},
      {"gamma", "Mean is shape times scale.",
       {{real_param("shape", above(0), "Shape k"), time_param("scale", above(0), "Scale theta")}},
       [](std::size_t, const std::vector<double>& v) { return Distribution::gamma(v[0], v[1]); }},
      {"weibull", "Boost's weibull_distribution(a = shape, b = scale).",
       {{real_param("shape", above(0), "Shape k"), time_param("scale", above(0), "Scale lambda")}},
       [](std::size_t, const std::vector<double>& v) { return Distribution::weibull(v[0], v[1]); }},
      {"empirical",
       "Resamples measured values: the inverse of the empirical CDF, linear between order "
       "statistics.",
       {{{"samples", FieldKind::kDuration, true, at_least(0), {}, "Measured values, at least one"}}},
       [](std::size_t, const std::vector<double>& v) { return Distribution::empirical(v); }},
  };
  std::sort(kinds.begin(), kinds.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return kinds;
}

std::string and_list(const std::vector<DistributionParamDecl>& form) {
  std::string out;
  for (std::size_t i = 0; i < form.size(); ++i)
    out += (i == 0 ? "" : i + 1 == form.size() ? " and " : ", ") + form[i].key;
  return out;
}

const DistributionParamDecl* find_in(const std::vector<DistributionParamDecl>& form,
                                     const std::string& key) {
  for (const auto& p : form)
    if (p.key == key) return &p;
  return nullptr;
}

}  // namespace

std::string DistributionKindDecl::form_text(std::size_t form) const {
  return and_list(forms[form]);
}

std::string DistributionKindDecl::forms_text() const {
  std::string out;
  for (std::size_t i = 0; i < forms.size(); ++i) out += (i == 0 ? "" : ", or ") + and_list(forms[i]);
  return out;
}

std::vector<std::string> DistributionKindDecl::keys() const {
  std::vector<std::string> out{"distribution"};
  for (const auto& form : forms)
    for (const auto& p : form)
      if (std::find(out.begin(), out.end(), p.key) == out.end()) out.push_back(p.key);
  return out;
}

const std::vector<DistributionKindDecl>& distribution_kinds() {
  static const std::vector<DistributionKindDecl> kinds = declare();
  return kinds;
}

DistributionValue read_distribution(NodeReader& reader, const DocNode& node,
                                    const std::string& path) {
  reader.expect_map(node, path, kDistributionExpected, false);
  reader.record(node, path);
  const DocEntry* kind_entry = node.find("distribution");
  if (!kind_entry) reader.fail(node, path, "missing required key 'distribution'");
  std::vector<std::string> names;
  for (const auto& k : distribution_kinds()) names.push_back(k.name);
  const std::string name = reader.choice(names, "distribution", "distributions", kind_entry->value,
                                         join_key(path, "distribution"));
  const DistributionKindDecl& kind =
      *std::find_if(distribution_kinds().begin(), distribution_kinds().end(),
                    [&](const auto& k) { return k.name == name; });
  reader.check_keys(node, path, kind.keys());

  // The form is the one holding the first parameter written; other forms' keys do not mix.
  std::size_t form_index = 0;
  const DocEntry* first = nullptr;
  for (const DocEntry& e : node.entries) {
    if (e.key == "distribution") continue;
    if (!first) {
      first = &e;
      for (std::size_t f = 0; f < kind.forms.size(); ++f)
        if (find_in(kind.forms[f], e.key)) {
          form_index = f;
          break;
        }
    } else if (!find_in(kind.forms[form_index], e.key)) {
      reader.fail(DocNode{.line = e.line, .column = e.column, .source = e.source},
                  join_key(path, e.key),
                  "key " + quote_for_message(e.key) + " does not go with " +
                      quote_for_message(first->key) + " (" + kind.name + " takes " +
                      kind.forms_text() + ")");
    }
  }
  const auto& form = kind.forms[form_index];
  for (const auto& p : form)
    if (!node.find(p.key))
      reader.fail(node, path,
                  "missing required key " + quote_for_message(p.key) + " (" + kind.name +
                      " takes " + kind.forms_text() + ")");

  DistributionValue out;
  out.config.kind = kind.name;
  std::vector<double> values;
  for (const auto& p : form) {
    const DocNode& value = node.find(p.key)->value;
    const std::string at = join_key(path, p.key);
    if (p.is_list) {
      if (value.type != DocNode::Type::kList || value.items.empty())
        reader.bad_value(value, at, "a list of durations, at least 1");
      reader.record(value, at);
      std::vector<sim::Duration> samples;
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        samples.push_back(std::get<sim::Duration>(
            reader.scalar(p.kind, p.range, value.items[i], join_index(at, i))));
        values.push_back(to_seconds(samples.back()));
      }
      out.config.params.emplace_back(p.key, std::move(samples));
      continue;
    }
    const Value v = reader.scalar(p.kind, p.range, value, at);
    const double x = *numeric(v);
    if (!p.above.empty()) {
      // Forms list a parameter after the one it must exceed.
      const auto other = std::find_if(form.begin(), form.end(),
                                      [&](const auto& q) { return q.key == p.above; });
      const double bound = values[static_cast<std::size_t>(other - form.begin())];
      if (!(x > bound))
        reader.bad_value(value, at,
                         kind_noun(p.kind) + " > " + p.above + " (" +
                             node.find(p.above)->value.scalar + ")");
    }
    values.push_back(x);
    if (p.kind == FieldKind::kReal)
      out.config.params.emplace_back(p.key, std::get<double>(v));
    else
      out.config.params.emplace_back(p.key, std::get<sim::Duration>(v));
  }
  out.distribution = kind.build(form_index, values);
  return out;
}

}  // namespace stacktwin::io
