// The results file: one HDF5 file per run, written once at the end of the run.
//
// Layout (all names relative to the root group):
//
//   /meta/<key>               scalar dataset per key. Text is one fixed-length UTF-8 string,
//                             the text and its NUL (a scalar *dataset*, not an attribute,
//                             because scenario files can exceed HDF5's 64 KiB attribute limit);
//                             numbers are int64, uint64 or float64 scalars. The constructor
//                             writes `program_version`; the caller adds `scenario`,
//                             `resolved_config`, `seed` (uint64) and whatever else it wants.
//   /series/<name>/time       int64 nanoseconds of virtual time (sim::Time::ns())
//   /series/<name>/value      float64
//                             The group carries attributes `unit` and `time_unit` = "ns".
//                             '/' in <name> makes nested groups ("az/az1/vcpu_used").
//   /<table>/<column>         one 1-D dataset per column, all of one length: int64, float64 or
//                             fixed-length string. Each column has an attribute `unit`; the
//                             table group has an attribute `columns`, the column names in the
//                             caller's order (HDF5 lists links by name).
//
// Every 1-D dataset with at least one element is chunked (up to 4096 rows, at most ~64 KiB)
// and compressed with shuffle + deflate level 4; an empty one is contiguous, without filters
// (a chunked dataset needs a non-zero chunk, and there is nothing to compress).
//
// Determinism is the first requirement: the same calls in the same order give a
// byte-identical file (for one build of HDF5 and zlib). No object carries a timestamp, the
// format is pinned to the HDF5 1.8 file format (readable by every HDF5 >= 1.8, h5py, h5dump),
// fill values are explicit zeros and string padding is zero bytes.
//
// Strings (metadata text, attributes, table cells) are stored fixed-length, NUL-terminated,
// UTF-8: h5py reads them as `bytes` (`.decode()`), h5dump prints them as text. Fixed rather
// than variable length because the bytes are plain and zero-padded (no global heap), which
// keeps the file deterministic and simple to read. A string column is as wide as its longest
// cell plus one byte, so keep cells short (ids, states, names). A string containing a NUL
// byte is refused: it would be cut there on reading.
//
// Errors: every failure, including bad names and mismatched lengths, throws Hdf5Error with a
// one-line message naming the file and what failed. HDF5's own printing of its error stack
// to stderr is switched off, process-wide, by the first Hdf5Writer.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace stacktwin::io {

class Hdf5Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Hdf5Writer {
 public:
  // Creates the temporary file "<path>.partial-<pid>" beside `path`; nothing is written at
  // `path` itself until commit(), so an existing file there keeps its old content until
  // then. Throws Hdf5Error if the temporary file cannot be created.
  explicit Hdf5Writer(std::string path);
  // Without a successful commit(): closes and removes the temporary file, leaving no partial
  // output behind.
  ~Hdf5Writer();
  Hdf5Writer(const Hdf5Writer&) = delete;
  Hdf5Writer& operator=(const Hdf5Writer&) = delete;

  // /meta/<key>. `key` is one non-empty name without '/'; each key is written once. Pass
  // integers as std::int64_t or std::uint64_t explicitly (a plain `int` is ambiguous).
  void put_meta(const std::string& key, std::string_view text);
  void put_meta(const std::string& key, std::int64_t value);
  void put_meta(const std::string& key, std::uint64_t value);
  void put_meta(const std::string& key, double value);

  // /series/<name>. `time_ns` and `values` have the same length (possibly zero).
  void put_series(const std::string& name, const std::vector<std::int64_t>& time_ns,
                  const std::vector<double>& values, std::string_view unit);

  struct Column {
    std::string name;
    std::variant<std::vector<std::int64_t>, std::vector<double>, std::vector<std::string>> data;
    std::string unit;  // "" if unitless
  };
  // /<path>, e.g. "events/vm". At least one column, unique names without '/', equal lengths.
  // `path` may not start with "meta" or "series".
  void put_table(const std::string& path, const std::vector<Column>& columns);

  // Closes the file and renames it onto `path` (atomically replacing any file there). After
  // commit() the writer accepts no more calls.
  void commit();

  const std::string& path() const { return path_; }
  const std::string& temporary_path() const { return temp_path_; }

 private:
  friend class Hdf5WriterDetail;  // the HDF5 calls, in hdf5_writer.cc
  std::string path_;
  std::string temp_path_;
  std::int64_t file_ = -1;  // hid_t of the open temporary file; -1 once closed
  bool committed_ = false;
};

}  // namespace stacktwin::io
