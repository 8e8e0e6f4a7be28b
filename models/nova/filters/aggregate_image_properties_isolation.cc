#include "models/nova/filters/aggregate_image_properties_isolation.h"

#include <cctype>

#include "models/nova/extra_specs_ops.h"
#include "models/nova/filters/filter_error.h"
#include "models/nova/filters/filter_utils.h"
#include "models/nova/filters/image_fields.h"

namespace stacktwin::nova {
namespace {

// str(image_props.get(key)) as the typed ImageMetaProps field holds it; nullopt when falsy.
std::optional<std::string> typed_prop(image_fields::PropKind kind, const std::string& key, const std::string& raw) {
  using image_fields::PropKind;
  auto invalid = [&]() -> FilterError { return FilterError("ValueError: invalid image property " + key + "='" + raw + "'"); };
  switch (kind) {
    case PropKind::kInteger: {
      auto v = extra_specs_ops::py_int(raw);
      if (!v) throw invalid();
      if (*v == 0) return std::nullopt;
      return std::to_string(*v);
    }
    case PropKind::kBoolean: {  // oslo strutils.bool_from_string, not strict
      std::string s = filter_utils::py_strip(raw);
      for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (s == "1" || s == "t" || s == "true" || s == "on" || s == "y" || s == "yes") return "True";
      return std::nullopt;
    }
    case PropKind::kArchitecture: {
      auto v = image_fields::canonicalize_architecture(raw);
      if (!v) throw invalid();
      return v;
    }
    case PropKind::kHVType: {
      auto v = image_fields::canonicalize_hv_type(raw);
      if (!v) throw invalid();
      return v;
    }
    case PropKind::kVMMode: {
      auto v = image_fields::canonicalize_vm_mode(raw);
      if (!v) throw invalid();
      return v;
    }
    default:
      if (raw.empty()) return std::nullopt;
      return raw;
  }
}

}  // namespace

bool AggregateImagePropertiesIsolation::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  const auto metadata = filter_utils::aggregate_metadata_get_by_host(hosts, h);
  for (const auto& [key, options] : metadata) {
    if (namespace_ && !namespace_->empty() && key.rfind(*namespace_ + separator_, 0) != 0) continue;
    const auto kind = image_fields::image_prop_kind(key);
    if (kind == image_fields::PropKind::kNotAField) continue;  // AttributeError: skipped
    auto it = spec.image_properties.find(key);
    if (it == spec.image_properties.end()) continue;
    const auto prop = typed_prop(kind, key, it->second);
    if (prop && options.count(*prop) == 0) return false;
  }
  return true;
}

}  // namespace stacktwin::nova
