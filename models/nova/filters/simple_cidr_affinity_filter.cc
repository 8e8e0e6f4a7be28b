#include "models/nova/filters/simple_cidr_affinity_filter.h"

#include <arpa/inet.h>

#include <array>
#include <cstring>

#include "models/nova/extra_specs_ops.h"
#include "models/nova/filters/filter_error.h"

namespace stacktwin::nova {
namespace {

struct Address {
  int version = 0;  // 4 or 6
  std::array<unsigned char, 16> bytes{};
};

std::optional<Address> parse_address(const std::string& s) {
  Address a;
  if (inet_pton(AF_INET, s.c_str(), a.bytes.data()) == 1) {
    a.version = 4;
    return a;
  }
  if (inet_pton(AF_INET6, s.c_str(), a.bytes.data()) == 1) {
    a.version = 6;
    return a;
  }
  return std::nullopt;
}

[[noreturn]] void addr_format_error(const std::string& what) {
  throw FilterError("AddrFormatError: invalid IPNetwork/IPAddress " + what);
}

}  // namespace

bool SimpleCIDRAffinityFilter::host_passes(const HostStates& hosts, HostIndex h, const RequestSpec& spec) const {
  const auto near = spec.hint("build_near_host_ip");
  if (!near || near->empty()) return true;
  const std::string network = *near + spec.hint("cidr").value_or("/24");
  const auto slash = network.find('/');
  const auto net = parse_address(network.substr(0, slash));
  if (!net) addr_format_error(network);
  const int bits = net->version == 4 ? 32 : 128;
  int prefix = bits;
  if (slash != std::string::npos) {
    const std::string p = network.substr(slash + 1);
    auto len = extra_specs_ops::py_int(p);
    if (len && p.find_first_not_of("0123456789") == std::string::npos) {
      prefix = static_cast<int>(*len);
    } else if (auto mask = parse_address(p); mask && mask->version == 4 && net->version == 4) {
      // A netmask: count its leading ones (must be contiguous).
      std::uint32_t m = 0;
      for (int i = 0; i < 4; ++i) m = (m << 8) | mask->bytes[static_cast<std::size_t>(i)];
      prefix = 0;
      while (prefix < 32 && (m & (0x80000000u >> prefix))) ++prefix;
      if (prefix < 32 && (m << prefix) != 0) addr_format_error(network);
    } else {
      addr_format_error(network);
    }
    if (prefix < 0 || prefix > bits) addr_format_error(network);
  }
  if (hosts.host_ip[h].empty()) addr_format_error("None (host without host_ip)");
  const auto ip = parse_address(hosts.host_ip[h]);
  if (!ip) addr_format_error(hosts.host_ip[h]);
  if (ip->version != net->version) return false;
  for (int bit = 0; bit < prefix; ++bit) {
    const auto byte = static_cast<std::size_t>(bit / 8);
    const unsigned char m = static_cast<unsigned char>(0x80u >> (bit % 8));
    if ((ip->bytes[byte] & m) != (net->bytes[byte] & m)) return false;
  }
  return true;
}

}  // namespace stacktwin::nova
