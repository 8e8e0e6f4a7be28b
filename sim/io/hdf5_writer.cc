#include "sim/io/hdf5_writer.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <type_traits>
#include <utility>

#include <unistd.h>

#include <hdf5.h>

#include "sim/io/version.h"

namespace stacktwin::io {

static_assert(std::is_same_v<hid_t, std::int64_t>, "Hdf5Writer::file_ stores an hid_t");

namespace {

// Chunks hold at most this many rows and about this many bytes: 4096 int64 or float64 values
// (32 KiB) per chunk compress well and fit many times in HDF5's default 1 MiB chunk cache.
constexpr hsize_t kMaxChunkRows = 4096;
constexpr hsize_t kTargetChunkBytes = 64 * 1024;
constexpr unsigned kDeflateLevel = 4;

// Owns one hid_t and closes it with the matching H5?close.
class Handle {
 public:
  Handle() = default;
  Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
  Handle(Handle&& o) noexcept : id_(std::exchange(o.id_, -1)), close_(o.close_) {}
  Handle& operator=(Handle&& o) noexcept {
    std::swap(id_, o.id_);
    std::swap(close_, o.close_);
    return *this;
  }
  ~Handle() {
    if (id_ >= 0) close_(id_);
  }
  hid_t get() const { return id_; }

 private:
  hid_t id_ = -1;
  herr_t (*close_)(hid_t) = nullptr;
};

// The most specific entry of HDF5's error stack, e.g. "name already exists" or the errno
// text of a failed open(). Must run right after the failing call: every other HDF5 API call
// clears the stack.
std::string hdf5_error_detail() {
  std::string detail;
  H5Ewalk2(
      H5E_DEFAULT, H5E_WALK_UPWARD,
      [](unsigned n, const H5E_error2_t* err, void* out) -> herr_t {
        if (n == 0 && err->desc != nullptr) *static_cast<std::string*>(out) = err->desc;
        return 0;
      },
      &detail);
  std::replace(detail.begin(), detail.end(), '\n', ' ');
  // A failed open() reads "unable to open file: name = '...', errno = 2, error message = 'No
  // such file or directory', flags = ..."; the errno text is the part worth showing.
  const std::string marker = "error message = '";
  if (std::size_t at = detail.find(marker); at != std::string::npos) {
    std::size_t begin = at + marker.size();
    std::size_t end = detail.find('\'', begin);
    if (end != std::string::npos) detail = detail.substr(begin, end - begin);
  }
  return detail.empty() ? "unknown HDF5 error" : detail;
}

void silence_hdf5_error_printing() {
  static const bool done = [] {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    return true;
  }();
  (void)done;
}

// `strings` as fixed-width cells, every byte after a string's end zero (never stale memory).
std::vector<char> pack_strings(const std::vector<std::string>& strings, std::size_t width) {
  std::vector<char> buffer(strings.size() * width, '\0');
  for (std::size_t i = 0; i < strings.size(); ++i) {
    std::memcpy(buffer.data() + i * width, strings[i].data(), strings[i].size());
  }
  return buffer;
}

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = path.find('/', begin);
    parts.push_back(path.substr(begin, end - begin));
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  return parts;
}

}  // namespace

// Everything that touches HDF5 goes through these helpers, which turn each failure into an
// Hdf5Error naming the file and the object. A friend of Hdf5Writer defined here, so that the
// header needs no HDF5 types.
class Hdf5WriterDetail {
 public:
  explicit Hdf5WriterDetail(const Hdf5Writer& w) : w_(w) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw Hdf5Error("results file '" + w_.path_ + "': " + what);
  }
  [[noreturn]] void fail_hdf5(const std::string& what) const {
    fail(what + ": " + hdf5_error_detail());
  }
  hid_t check(hid_t id, const std::string& what) const {
    if (id < 0) fail_hdf5(what);
    return id;
  }
  void check_status(herr_t status, const std::string& what) const {
    if (status < 0) fail_hdf5(what);
  }

  // A name of one or more '/'-separated components, none empty, "." or "..".
  void validate_name(const std::string& what, const std::string& name, bool nested) const {
    if (name.find('\0') != std::string::npos) fail(what + " name contains a NUL byte");
    if (!nested && name.find('/') != std::string::npos) {
      fail(what + " name '" + name + "' may not contain '/'");
    }
    for (const std::string& part : split_path(name)) {
      if (part.empty() || part == "." || part == "..") {
        fail(what + " name '" + name + "' has an empty, '.' or '..' component");
      }
    }
  }
  void validate_text(const std::string& what, std::string_view text) const {
    if (text.find('\0') != std::string_view::npos) {
      fail(what + " contains a NUL byte (strings are stored NUL-terminated)");
    }
  }

  // Group and dataset creation properties: no timestamps (they would make two runs differ).
  Handle group_create_plist() const {
    Handle gcpl(check(H5Pcreate(H5P_GROUP_CREATE), "creating a group property list"), H5Pclose);
    check_status(H5Pset_obj_track_times(gcpl.get(), 0), "disabling group timestamps");
    return gcpl;
  }

  // Opens `path` below `root` component by component, creating missing groups with our
  // creation properties (HDF5's own intermediate-group creation would use the defaults,
  // timestamps included). If `new_leaf`, the last component must not exist yet (`what` names
  // it in the error).
  Handle group_at(hid_t root, const std::string& path, bool new_leaf,
                  const std::string& what) const {
    Handle gcpl = group_create_plist();
    std::vector<std::string> parts = split_path(path);
    Handle current(check(H5Gopen2(root, ".", H5P_DEFAULT), "opening the root group"), H5Gclose);
    std::string so_far;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      so_far += (so_far.empty() ? "" : "/") + parts[i];
      const char* name = parts[i].c_str();
      htri_t exists = H5Lexists(current.get(), name, H5P_DEFAULT);
      if (exists < 0) fail_hdf5("looking up '" + so_far + "'");
      bool leaf = i + 1 == parts.size();
      if (exists > 0 && leaf && new_leaf) fail(what + " is written twice");
      Handle next;
      if (exists > 0) {
        next = Handle(check(H5Gopen2(current.get(), name, H5P_DEFAULT),
                            "opening '" + so_far + "' as a group"),
                      H5Gclose);
      } else {
        next = Handle(check(H5Gcreate2(current.get(), name, H5P_DEFAULT, gcpl.get(), H5P_DEFAULT),
                            "creating group '" + so_far + "'"),
                      H5Gclose);
      }
      current = std::move(next);
    }
    return current;
  }

  // A fixed-length, NUL-terminated UTF-8 string type for strings of up to `max_length` bytes:
  // `max_length` + 1 bytes wide, so that the terminator always fits (h5dump and the HDF5
  // conversions then show every string whole, without padding bytes).
  Handle string_type(std::size_t max_length) const {
    Handle type(check(H5Tcopy(H5T_C_S1), "copying the string type"), H5Tclose);
    check_status(H5Tset_size(type.get(), max_length + 1), "sizing a string type");
    check_status(H5Tset_strpad(type.get(), H5T_STR_NULLTERM), "setting string padding");
    check_status(H5Tset_cset(type.get(), H5T_CSET_UTF8), "setting the string encoding");
    return type;
  }

  // A 1-D dataset of `n` elements of `type` (file and memory type alike, or `mem_type` for
  // numbers), written from `data` in one call.
  Handle write_1d(hid_t loc, const std::string& name, hid_t file_type, hid_t mem_type, hsize_t n,
                  const void* data, const std::string& what) const {
    Handle dcpl(check(H5Pcreate(H5P_DATASET_CREATE), "creating a dataset property list"),
                H5Pclose);
    check_status(H5Pset_obj_track_times(dcpl.get(), 0), "disabling dataset timestamps");
    // An explicit zero fill value, written when a chunk is allocated: the unused tail of the
    // last (partial) chunk is zeros, never stale memory.
    std::size_t elem = H5Tget_size(file_type);
    if (elem == 0) fail_hdf5("sizing " + what);
    std::vector<unsigned char> zero(elem, 0);
    check_status(H5Pset_fill_value(dcpl.get(), file_type, zero.data()), "setting a fill value");
    check_status(H5Pset_fill_time(dcpl.get(), H5D_FILL_TIME_ALLOC), "setting the fill time");
    if (n > 0) {
      hsize_t chunk = std::min(n, std::clamp<hsize_t>(kTargetChunkBytes / elem, 1, kMaxChunkRows));
      check_status(H5Pset_chunk(dcpl.get(), 1, &chunk), "setting the chunk size of " + what);
      check_status(H5Pset_shuffle(dcpl.get()), "adding the shuffle filter to " + what);
      check_status(H5Pset_deflate(dcpl.get(), kDeflateLevel), "adding deflate to " + what);
    }
    hsize_t dims[1] = {n};
    Handle space(check(H5Screate_simple(1, dims, dims), "creating a dataspace"), H5Sclose);
    Handle dset(check(H5Dcreate2(loc, name.c_str(), file_type, space.get(), H5P_DEFAULT,
                                 dcpl.get(), H5P_DEFAULT),
                      "creating " + what),
                H5Dclose);
    if (n > 0) {
      check_status(H5Dwrite(dset.get(), mem_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, data),
                   "writing " + what);
    }
    return dset;
  }

  Handle write_1d_strings(hid_t loc, const std::string& name,
                          const std::vector<std::string>& cells, const std::string& what) const {
    std::size_t longest = 0;
    for (const std::string& s : cells) {
      validate_text(what, s);
      longest = std::max(longest, s.size());
    }
    Handle type = string_type(longest);
    std::vector<char> buffer = pack_strings(cells, longest + 1);
    return write_1d(loc, name, type.get(), type.get(), cells.size(), buffer.data(), what);
  }

  // A scalar dataset: text of any length, or one number.
  void write_scalar(hid_t loc, const std::string& name, hid_t file_type, hid_t mem_type,
                    const void* data, const std::string& what) const {
    Handle dcpl(check(H5Pcreate(H5P_DATASET_CREATE), "creating a dataset property list"),
                H5Pclose);
    check_status(H5Pset_obj_track_times(dcpl.get(), 0), "disabling dataset timestamps");
    Handle space(check(H5Screate(H5S_SCALAR), "creating a dataspace"), H5Sclose);
    Handle dset(check(H5Dcreate2(loc, name.c_str(), file_type, space.get(), H5P_DEFAULT,
                                 dcpl.get(), H5P_DEFAULT),
                      "creating " + what),
                H5Dclose);
    check_status(H5Dwrite(dset.get(), mem_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, data),
                 "writing " + what);
  }

  void write_string_attribute(hid_t loc, const char* name, std::string_view value,
                              const std::string& what) const {
    validate_text(what, value);
    std::string terminated(value);  // std::string keeps a NUL after its last character
    Handle type = string_type(terminated.size());
    Handle space(check(H5Screate(H5S_SCALAR), "creating a dataspace"), H5Sclose);
    Handle attr(check(H5Acreate2(loc, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                      "creating " + what),
                H5Aclose);
    check_status(H5Awrite(attr.get(), type.get(), terminated.c_str()), "writing " + what);
  }

  void write_string_list_attribute(hid_t loc, const char* name,
                                   const std::vector<std::string>& values,
                                   const std::string& what) const {
    std::size_t longest = 0;
    for (const std::string& s : values) longest = std::max(longest, s.size());
    Handle type = string_type(longest);
    std::vector<char> buffer = pack_strings(values, longest + 1);
    hsize_t dims[1] = {values.size()};
    Handle space(check(H5Screate_simple(1, dims, nullptr), "creating a dataspace"), H5Sclose);
    Handle attr(check(H5Acreate2(loc, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                      "creating " + what),
                H5Aclose);
    check_status(H5Awrite(attr.get(), type.get(), buffer.data()), "writing " + what);
  }

  void put_meta(const std::string& key, hid_t file_type, hid_t mem_type, const void* data) const {
    assert(!w_.committed_ && w_.file_ >= 0 && "Hdf5Writer used after commit()");
    validate_name("meta", key, /*nested=*/false);
    Handle meta = group_at(w_.file_, "meta", /*new_leaf=*/false, "group '/meta'");
    htri_t exists = H5Lexists(meta.get(), key.c_str(), H5P_DEFAULT);
    if (exists < 0) fail_hdf5("looking up meta '" + key + "'");
    if (exists > 0) fail("meta '" + key + "' is written twice");
    write_scalar(meta.get(), key, file_type, mem_type, data, "meta '" + key + "'");
  }

 private:
  const Hdf5Writer& w_;
};

Hdf5Writer::Hdf5Writer(std::string path)
    : path_(std::move(path)),
      temp_path_(path_ + ".partial-" + std::to_string(static_cast<long>(::getpid()))) {
  silence_hdf5_error_printing();
  Hdf5WriterDetail d(*this);
  {
    // The 1.8 file format (superblock 0, symbol-table groups, v1 B-tree chunk indexes): stable,
    // readable everywhere, and free of the creation-order and timestamp fields of newer ones.
    Handle fapl(d.check(H5Pcreate(H5P_FILE_ACCESS), "creating a file access property list"),
                H5Pclose);
    d.check_status(H5Pset_libver_bounds(fapl.get(), H5F_LIBVER_EARLIEST, H5F_LIBVER_V18),
                   "setting the file format version bounds");
    // Closing the file closes everything in it; commit() asserts nothing was left open.
    d.check_status(H5Pset_fclose_degree(fapl.get(), H5F_CLOSE_STRONG), "setting the close degree");
    // The file creation list is also the root group's creation list: no timestamp there either.
    Handle fcpl(d.check(H5Pcreate(H5P_FILE_CREATE), "creating a file creation property list"),
                H5Pclose);
    d.check_status(H5Pset_obj_track_times(fcpl.get(), 0), "disabling root group timestamps");
    file_ = H5Fcreate(temp_path_.c_str(), H5F_ACC_TRUNC, fcpl.get(), fapl.get());
    if (file_ < 0) {
      d.fail("cannot create temporary file '" + temp_path_ + "': " + hdf5_error_detail());
    }
  }
  try {
    d.group_at(file_, "meta", /*new_leaf=*/true, "group '/meta'");
    d.group_at(file_, "series", /*new_leaf=*/true, "group '/series'");
    put_meta("program_version", program_version());
  } catch (...) {
    H5Fclose(file_);
    std::error_code ignored;
    std::filesystem::remove(temp_path_, ignored);
    throw;
  }
}

Hdf5Writer::~Hdf5Writer() {
  if (file_ >= 0) H5Fclose(file_);
  if (!committed_) {
    std::error_code ignored;
    std::filesystem::remove(temp_path_, ignored);
  }
}

void Hdf5Writer::put_meta(const std::string& key, std::string_view text) {
  Hdf5WriterDetail d(*this);
  d.validate_text("meta '" + key + "'", text);
  std::string terminated(text);
  Handle type = d.string_type(terminated.size());
  d.put_meta(key, type.get(), type.get(), terminated.c_str());
}

void Hdf5Writer::put_meta(const std::string& key, std::int64_t value) {
  Hdf5WriterDetail(*this).put_meta(key, H5T_STD_I64LE, H5T_NATIVE_INT64, &value);
}

void Hdf5Writer::put_meta(const std::string& key, std::uint64_t value) {
  Hdf5WriterDetail(*this).put_meta(key, H5T_STD_U64LE, H5T_NATIVE_UINT64, &value);
}

void Hdf5Writer::put_meta(const std::string& key, double value) {
  Hdf5WriterDetail(*this).put_meta(key, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, &value);
}

void Hdf5Writer::put_series(const std::string& name, const std::vector<std::int64_t>& time_ns,
                            const std::vector<double>& values, std::string_view unit) {
  assert(!committed_ && file_ >= 0 && "Hdf5Writer used after commit()");
  Hdf5WriterDetail d(*this);
  d.validate_name("series", name, /*nested=*/true);
  const std::string what = "series '" + name + "'";
  if (time_ns.size() != values.size()) {
    d.fail(what + " has " + std::to_string(time_ns.size()) + " times but " +
           std::to_string(values.size()) + " values");
  }
  Handle group = d.group_at(file_, "series/" + name, /*new_leaf=*/true, what);
  d.write_string_attribute(group.get(), "unit", unit, what + " attribute 'unit'");
  d.write_string_attribute(group.get(), "time_unit", "ns", what + " attribute 'time_unit'");
  d.write_1d(group.get(), "time", H5T_STD_I64LE, H5T_NATIVE_INT64, time_ns.size(), time_ns.data(),
             what + " dataset 'time'");
  d.write_1d(group.get(), "value", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, values.size(),
             values.data(), what + " dataset 'value'");
}

void Hdf5Writer::put_table(const std::string& path, const std::vector<Column>& columns) {
  assert(!committed_ && file_ >= 0 && "Hdf5Writer used after commit()");
  Hdf5WriterDetail d(*this);
  d.validate_name("table", path, /*nested=*/true);
  const std::string what = "table '" + path + "'";
  const std::string top = split_path(path).front();
  if (top == "meta" || top == "series") d.fail(what + " may not be placed under /" + top);
  if (columns.empty()) d.fail(what + " has no columns");

  auto rows = [](const Column& c) {
    return std::visit([](const auto& v) { return v.size(); }, c.data);
  };
  std::vector<std::string> names;
  for (const Column& c : columns) {
    d.validate_name(what + " column", c.name, /*nested=*/false);
    if (std::find(names.begin(), names.end(), c.name) != names.end()) {
      d.fail(what + " has two columns named '" + c.name + "'");
    }
    if (rows(c) != rows(columns.front())) {
      d.fail(what + " column '" + c.name + "' has " + std::to_string(rows(c)) + " rows, column '" +
             columns.front().name + "' has " + std::to_string(rows(columns.front())));
    }
    names.push_back(c.name);
  }

  Handle group = d.group_at(file_, path, /*new_leaf=*/true, what);
  d.write_string_list_attribute(group.get(), "columns", names, what + " attribute 'columns'");
  for (const Column& c : columns) {
    const std::string col = what + " column '" + c.name + "'";
    Handle dset = std::visit(
        [&](const auto& v) {
          using T = typename std::decay_t<decltype(v)>::value_type;
          if constexpr (std::is_same_v<T, std::int64_t>) {
            return d.write_1d(group.get(), c.name, H5T_STD_I64LE, H5T_NATIVE_INT64, v.size(),
                              v.data(), col);
          } else if constexpr (std::is_same_v<T, double>) {
            return d.write_1d(group.get(), c.name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, v.size(),
                              v.data(), col);
          } else {
            return d.write_1d_strings(group.get(), c.name, v, col);
          }
        },
        c.data);
    d.write_string_attribute(dset.get(), "unit", c.unit, col + " attribute 'unit'");
  }
}

void Hdf5Writer::commit() {
  assert(!committed_ && file_ >= 0 && "Hdf5Writer::commit() called twice");
  Hdf5WriterDetail d(*this);
  // Every hid_t we opened is closed by its Handle; only the file itself may remain.
  assert(H5Fget_obj_count(file_, H5F_OBJ_ALL) == 1 && "an HDF5 object was left open");
  if (H5Fclose(file_) < 0) d.fail_hdf5("closing temporary file '" + temp_path_ + "'");
  file_ = -1;
  std::error_code ec;
  std::filesystem::rename(temp_path_, path_, ec);
  if (ec) d.fail("cannot rename '" + temp_path_ + "' onto it: " + ec.message());
  committed_ = true;
}

}  // namespace stacktwin::io
