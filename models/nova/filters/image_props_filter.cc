#include "models/nova/filters/image_props_filter.h"

#include <algorithm>
#include <array>
#include <regex>

#include "models/nova/filters/filter_error.h"
#include "models/nova/filters/filter_utils.h"
#include "models/nova/filters/image_fields.h"

namespace stacktwin::nova {
namespace {

struct StrictVersion {
  std::array<long long, 3> version{};
  std::optional<std::pair<char, long long>> prerelease;
};

StrictVersion parse_strict_version(const std::string& s) {
  static const std::regex re(R"(^(\d+)\.(\d+)(\.(\d+))?([ab](\d+))?$)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) throw FilterError("ValueError: invalid version number '" + s + "'");
  StrictVersion v;
  v.version = {std::stoll(m[1]), std::stoll(m[2]), m[4].matched ? std::stoll(m[4]) : 0};
  if (m[5].matched) v.prerelease = std::make_pair(m.str(5)[0], std::stoll(m[6]));
  return v;
}

int compare(const StrictVersion& a, const StrictVersion& b) {  // StrictVersion._cmp
  if (a.version != b.version) return a.version < b.version ? -1 : 1;
  if (!a.prerelease && !b.prerelease) return 0;
  if (a.prerelease && !b.prerelease) return -1;
  if (!a.prerelease && b.prerelease) return 1;
  if (*a.prerelease == *b.prerelease) return 0;
  return *a.prerelease < *b.prerelease ? -1 : 1;
}

std::optional<std::string> image_prop(const RequestSpec& spec, const std::string& key) {
  auto it = spec.image_properties.find(key);
  if (it == spec.image_properties.end()) return std::nullopt;
  return it->second;
}

template <class F>
std::optional<std::string> canonical(const std::optional<std::string>& v, F canonicalize, const char* what) {
  if (!v) return std::nullopt;
  auto c = canonicalize(*v);
  if (!c) throw FilterError(std::string("Invalid") + what + ": '" + *v + "'");
  return c;
}

}  // namespace

std::string convert_version_to_str(std::int64_t version) {
  std::string out;
  while (version != 0) {
    const std::int64_t part = version % 1000;
    out = std::to_string(part) + (out.empty() ? "" : "." + out);
    version /= 1000;
  }
  return out;
}

bool version_predicate_satisfied_by(const std::string& predicate, const std::string& version) {
  // "image_prop (" + predicate + ")": re_paren takes everything between the first "(" and
  // the last ")", i.e. the predicate (its surrounding whitespace included).
  static const std::regex comparison(R"(^\s*(<=|>=|<|>|!=|==)\s*([^\s,]+)\s*$)");
  const StrictVersion v = parse_strict_version(version);
  std::vector<std::pair<std::string, StrictVersion>> preds;
  for (const auto& piece : filter_utils::py_split_on(predicate, ',')) {
    std::smatch m;
    if (!std::regex_match(piece, m, comparison))
      throw FilterError("ValueError: bad package restriction syntax: '" + piece + "'");
    preds.emplace_back(m.str(1), parse_strict_version(m.str(2)));
  }
  for (const auto& [op, ver] : preds) {
    const int c = compare(v, ver);
    const bool ok = op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == "==" ? c == 0 : op == ">" ? c > 0 : op == ">=" ? c >= 0 : c != 0;
    if (!ok) return false;
  }
  return true;
}

ImagePropertiesFilter::ImagePropertiesFilter(const SchedulerConfig& config)
    : default_architecture_(config.image_properties_default_architecture) {}

// The image properties checked are the request's, not the host's: when none is set every host
// passes, decided once per request instead of once per host. A malformed property still raises
// at the first host, as host_passes would.
void ImagePropertiesFilter::filter_all(const HostStates& hosts, const RequestSpec& spec,
                                      std::vector<HostIndex>& candidates) const {
  if (candidates.empty()) return;
  auto arch = image_prop(spec, "hw_architecture");
  if (!arch) arch = default_architecture_;
  const std::array<std::optional<std::string>, 3> checked{
      canonical(arch, image_fields::canonicalize_architecture, "ArchitectureName"),
      canonical(image_prop(spec, "img_hv_type"), image_fields::canonicalize_hv_type, "HypervisorVirtType"),
      canonical(image_prop(spec, "hw_vm_mode"), image_fields::canonicalize_vm_mode, "VirtualMachineMode")};
  if (std::none_of(checked.begin(), checked.end(), [](const auto& p) { return p.has_value(); })) return;
  HostFilter::filter_all(hosts, spec, candidates);
}

bool ImagePropertiesFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  auto arch = image_prop(spec, "hw_architecture");
  if (!arch) arch = default_architecture_;
  const std::array<std::optional<std::string>, 3> checked{
      canonical(arch, image_fields::canonicalize_architecture, "ArchitectureName"),
      canonical(image_prop(spec, "img_hv_type"), image_fields::canonicalize_hv_type, "HypervisorVirtType"),
      canonical(image_prop(spec, "hw_vm_mode"), image_fields::canonicalize_vm_mode, "VirtualMachineMode")};
  if (std::none_of(checked.begin(), checked.end(), [](const auto& p) { return p.has_value(); })) return true;
  const auto& supported = hosts.supported_instances[h];
  if (supported.empty()) return false;
  const auto version_required = image_prop(spec, "img_hv_requested_version");
  for (const auto& inst : supported) {
    // HVSpec fields are canonicalized when the compute node's list is loaded.
    const std::array<std::string, 3> other{
        image_fields::canonicalize_architecture(inst.arch).value_or(inst.arch),
        image_fields::canonicalize_hv_type(inst.hv_type).value_or(inst.hv_type),
        image_fields::canonicalize_vm_mode(inst.vm_mode).value_or(inst.vm_mode)};
    const bool props_ok = std::all_of(checked.begin(), checked.end(), [&](const auto& p) {
      return !p || std::find(other.begin(), other.end(), *p) != other.end();
    });
    if (!props_ok) continue;
    const std::int64_t hv_version = hosts.hypervisor_version[h];
    if (hv_version == 0 || !version_required || version_required->empty()) return true;
    if (version_predicate_satisfied_by(*version_required, convert_version_to_str(hv_version))) return true;
  }
  return false;
}

}  // namespace stacktwin::nova
