// nova/objects/fields.py (Zed) canonicalize() of Architecture, HVType and VMMode, and the
// ImageMetaProps field names (nova/objects/image_meta.py), for the image filters.
#pragma once

#include <optional>
#include <string>

namespace stacktwin::nova::image_fields {

// Lower-cased and aliased (i386/i486/i586/x86_32/x86_32p -> i686, amd64 -> x86_64;
// xapi -> xen; pv -> xen, hv/baremetal -> hvm); nullopt where Nova raises
// InvalidArchitectureName / InvalidHypervisorVirtType / InvalidVirtualMachineMode.
std::optional<std::string> canonicalize_architecture(const std::string& name);
std::optional<std::string> canonicalize_hv_type(const std::string& name);
std::optional<std::string> canonicalize_vm_mode(const std::string& name);

enum class PropKind { kNotAField, kString, kInteger, kBoolean, kArchitecture, kHVType, kVMMode };
// The type of ImageMetaProps field `name`, kNotAField when ImageMetaProps has no such field.
PropKind image_prop_kind(const std::string& name);

}  // namespace stacktwin::nova::image_fields
