// resolved_yaml(): the configuration written back by walking the schema, so that /meta holds
// every key with the value the run used, in declaration order.
#include <cassert>

#include "sim/engine/units.h"
#include "sim/io/scenario_loader.h"
#include "sim/io/scenario_schema.h"

namespace stacktwin::io {
namespace {

std::string param_text(const DistributionConfig::Param& p) {
  if (const auto* x = std::get_if<double>(&p)) return format_real(*x);
  if (const auto* d = std::get_if<sim::Duration>(&p)) return sim::to_string(*d);
  std::string out = "[";
  for (const auto& d : std::get<std::vector<sim::Duration>>(p))
    out += (out.size() > 1 ? ", " : "") + sim::to_string(d);
  return out + "]";
}

void emit_section(const Field& s, const void* object, std::size_t indent, std::string& out);

void emit_field(const Field& f, const void* object, std::size_t indent, std::string& out) {
  const std::string pad(indent, ' ');
  const std::string head = pad + f.key + ":";
  switch (f.kind) {
    case FieldKind::kSection:
      out += head + "\n";
      emit_section(f, f.section_const(object), indent + 2, out);
      return;
    case FieldKind::kList: {
      const std::size_t n = f.size(object);
      if (n == 0) {
        out += head + " []\n";
        return;
      }
      out += head + "\n";
      for (std::size_t i = 0; i < n; ++i) {
        std::string item;
        emit_section(f, f.item(object, i), indent + 4, item);
        if (item.empty()) item = std::string(indent + 4, ' ') + "{}\n";
        item[indent + 2] = '-';  // "    name: std" -> "  - name: std"
        out += item;
      }
      return;
    }
    default:
      break;
  }
  const std::optional<Value> v = f.get(object);
  if (!v) return;
  if (f.kind == FieldKind::kWeights) {
    const auto& w = std::get<Weights>(*v);
    if (w.entries.empty()) {
      out += head + " {}\n";
      return;
    }
    out += head + "\n";
    for (const auto& [name, weight] : w.entries)
      out += pad + "  " + yaml_scalar(name) + ": " + format_real(weight) + "\n";
    return;
  }
  if (f.kind == FieldKind::kNames) {
    out += head + " " + format_names(std::get<Names>(*v)) + "\n";
    return;
  }
  if (f.kind == FieldKind::kTextMap) {
    // Values as text, quoted where YAML would read them as another type: "1.0" stays "1.0".
    const auto& m = std::get<TextMap>(*v);
    if (m.empty()) {
      out += head + " {}\n";
      return;
    }
    out += head + "\n";
    for (const auto& [key, value] : m)
      out += pad + "  " + yaml_scalar(key) + ": " + yaml_scalar(value) + "\n";
    return;
  }
  if (f.kind == FieldKind::kDistribution) {
    const auto& d = std::get<DistributionValue>(*v).config;
    out += head + "\n" + pad + "  distribution: " + d.kind + "\n";
    for (const auto& [key, param] : d.params) out += pad + "  " + key + ": " + param_text(param) + "\n";
    return;
  }
  out += head + " " + format_scalar(f.kind, *v) + "\n";
}

void emit_section(const Field& s, const void* object, std::size_t indent, std::string& out) {
  for (const Field& f : s.fields) emit_field(f, object, indent, out);
}

}  // namespace

std::string resolved_yaml(const ScenarioConfig& config) {
  std::string out;
  emit_section(scenario_schema(), &config, 0, out);
  return out;
}

}  // namespace stacktwin::io
