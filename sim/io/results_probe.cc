#include "sim/io/results_probe.h"

#include <hdf5.h>

namespace stacktwin::io {

bool is_stacktwin_results_file(const std::string& path) {
  H5E_auto2_t old_func = nullptr;
  void* old_data = nullptr;
  H5Eget_auto2(H5E_DEFAULT, &old_func, &old_data);
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);  // a non-HDF5 file is an answer, not an error
  bool ours = false;
  if (H5Fis_hdf5(path.c_str()) > 0) {
    const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    if (file >= 0) {
      ours = H5Lexists(file, "/meta", H5P_DEFAULT) > 0 &&
             H5Lexists(file, "/meta/program_version", H5P_DEFAULT) > 0;
      H5Fclose(file);
    }
  }
  H5Eset_auto2(H5E_DEFAULT, old_func, old_data);
  return ours;
}

}  // namespace stacktwin::io
