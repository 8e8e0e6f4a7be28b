// Recognises a results file written by stacktwin, so a run may replace its own earlier output
// but never a file the user made (DEVELOPERS.md: nothing the user gave is overwritten unasked).
#pragma once

#include <string>

namespace stacktwin::io {

// True when `path` is an HDF5 file holding /meta/program_version.
bool is_stacktwin_results_file(const std::string& path);

}  // namespace stacktwin::io
