#include "sim/io/version.h"

namespace stacktwin::io {
std::string_view program_version() { return STACKTWIN_VERSION_STRING; }
}
