#include "models/nova/filters/image_fields.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace stacktwin::nova::image_fields {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& all, const std::string& s) {
  return std::find(all.begin(), all.end(), s) != all.end();
}

constexpr std::array<std::string_view, 34> kArchitectures{
    "alpha", "armv6", "armv7l", "armv7b", "aarch64", "cris", "i686", "ia64", "lm32", "m68k", "microblaze",
    "microblazeel", "mips", "mipsel", "mips64", "mips64el", "openrisc", "parisc", "parisc64", "ppc", "ppcle",
    "ppc64", "ppc64le", "ppcemb", "s390", "s390x", "sh4", "sh4eb", "sparc", "sparc64", "unicore32", "x86_64",
    "xtensa", "xtensaeb"};
constexpr std::array<std::string_view, 22> kHVTypes{
    "baremetal", "bhyve", "docker", "fake", "hyperv", "ironic", "kqemu", "kvm", "lxc", "lxd", "openvz",
    "parallels", "phyp", "qemu", "test", "uml", "vbox", "vz", "vmware", "xen", "zvm", "prsm"};
constexpr std::array<std::string_view, 4> kVMModes{"hvm", "xen", "uml", "exe"};

}  // namespace

std::optional<std::string> canonicalize_architecture(const std::string& name) {
  std::string n = lower(name);
  if (n == "i386" || n == "i486" || n == "i586" || n == "x86_32" || n == "x86_32p") n = "i686";
  if (n == "amd64") n = "x86_64";
  if (!in(kArchitectures, n)) return std::nullopt;
  return n;
}

std::optional<std::string> canonicalize_hv_type(const std::string& name) {
  std::string n = lower(name);
  if (n == "xapi") n = "xen";
  if (!in(kHVTypes, n)) return std::nullopt;
  return n;
}

std::optional<std::string> canonicalize_vm_mode(const std::string& name) {
  std::string n = lower(name);
  if (n == "pv") n = "xen";
  if (n == "hv" || n == "baremetal") n = "hvm";
  if (!in(kVMModes, n)) return std::nullopt;
  return n;
}

PropKind image_prop_kind(const std::string& name) {
  static constexpr std::array<std::string_view, 12> kIntegers{
      "hw_cpu_cores", "hw_cpu_max_cores", "hw_cpu_max_sockets", "hw_cpu_max_threads", "hw_cpu_sockets",
      "hw_cpu_threads", "hw_device_id", "hw_numa_nodes", "hw_serial_port_count", "hw_video_ram",
      "img_compression_level", "img_version"};
  static constexpr std::array<std::string_view, 18> kBooleans{
      "hw_boot_menu", "hw_ephemeral_encryption", "hw_ipxe_boot", "hw_locked_memory", "hw_mem_encryption",
      "hw_pmu", "hw_qemu_guest_agent", "hw_time_hpet", "hw_vif_multiqueue_enabled", "img_bdm_v2",
      "img_bittorrent", "img_cache_in_nova", "img_hide_hypervisor_id", "img_linked_clone", "img_use_agent",
      "os_require_quiesce", "os_skip_agent_inject_files_at_boot", "os_skip_agent_inject_ssh"};
  static constexpr std::array<std::string_view, 43> kOthers{
      "hw_auto_disk_config", "hw_cdrom_bus", "hw_cpu_policy", "hw_cpu_realtime_mask", "hw_cpu_thread_policy",
      "hw_disk_bus", "hw_disk_type", "hw_ephemeral_encryption_format", "hw_firmware_type", "hw_floppy_bus",
      "hw_input_bus", "hw_machine_type", "hw_mem_page_size", "hw_numa_cpus", "hw_numa_mem",
      "hw_pci_numa_affinity_policy", "hw_pointer_model", "hw_rescue_bus", "hw_rescue_device", "hw_rng_model",
      "hw_scsi_model", "hw_tpm_model", "hw_tpm_version", "hw_video_model", "hw_vif_model", "hw_viommu_model",
      "hw_watchdog_action", "img_block_device_mapping", "img_config_drive", "img_hv_requested_version",
      "img_mappings", "img_owner_id", "img_root_device_name", "img_signature", "img_signature_certificate_uuid",
      "img_signature_hash_method", "img_signature_key_type", "os_admin_user", "os_command_line", "os_distro",
      "os_secure_boot", "os_type", "traits_required"};
  if (name == "hw_architecture" || name == "hw_emulation_architecture") return PropKind::kArchitecture;
  if (name == "img_hv_type") return PropKind::kHVType;
  if (name == "hw_vm_mode") return PropKind::kVMMode;
  if (in(kIntegers, name)) return PropKind::kInteger;
  if (in(kBooleans, name)) return PropKind::kBoolean;
  if (in(kOthers, name)) return PropKind::kString;
  return PropKind::kNotAField;
}

}  // namespace stacktwin::nova::image_fields
