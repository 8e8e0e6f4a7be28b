// The program version written into every result file's /meta and printed by --version.
#pragma once

#include <string_view>

namespace stacktwin::io {
std::string_view program_version();
}
