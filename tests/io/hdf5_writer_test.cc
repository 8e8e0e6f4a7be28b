// Hdf5Writer: files are read back with the HDF5 C API and every value is checked; the same
// calls must give byte-identical files; no partial output survives an abandoned writer.
#include "sim/io/hdf5_writer.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

// tests_io gets no HDF5 include directory from stacktwin_io (HDF5 is private to it); Debian
// and Ubuntu install the serial headers under hdf5/serial.
#if __has_include(<hdf5.h>)
#include <hdf5.h>
#else
#include <hdf5/serial/hdf5.h>
#endif

#include "sim/io/version.h"

namespace stacktwin::io {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// ---- reading back ---------------------------------------------------------------------------

class Id {
 public:
  Id(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {
    EXPECT_GE(id, 0) << "HDF5 call failed";
  }
  Id(const Id&) = delete;
  Id& operator=(const Id&) = delete;
  ~Id() {
    if (id_ >= 0) close_(id_);
  }
  hid_t get() const { return id_; }

 private:
  hid_t id_;
  herr_t (*close_)(hid_t);
};

Id open_file(const fs::path& path) {
  return Id(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
}

hsize_t extent(hid_t space) {
  int rank = H5Sget_simple_extent_ndims(space);
  if (rank == 0) return 1;  // scalar
  EXPECT_EQ(rank, 1);
  hsize_t dims[1] = {0};
  H5Sget_simple_extent_dims(space, dims, nullptr);
  return dims[0];
}

// Fixed-length, NUL-terminated strings as stored by the writer.
std::vector<std::string> split_fixed(const std::vector<char>& buffer, std::size_t width) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < buffer.size(); i += width) {
    std::string cell(buffer.data() + i, width);
    EXPECT_EQ(cell.back(), '\0') << "unterminated string";
    out.push_back(cell.substr(0, cell.find('\0')));
  }
  return out;
}

std::vector<std::string> read_strings(hid_t file, const std::string& path) {
  Id dset(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose);
  Id type(H5Dget_type(dset.get()), H5Tclose);
  Id space(H5Dget_space(dset.get()), H5Sclose);
  EXPECT_EQ(H5Tget_class(type.get()), H5T_STRING);
  EXPECT_FALSE(H5Tis_variable_str(type.get()));
  EXPECT_EQ(H5Tget_strpad(type.get()), H5T_STR_NULLTERM);
  EXPECT_EQ(H5Tget_cset(type.get()), H5T_CSET_UTF8);
  std::size_t width = H5Tget_size(type.get());
  std::vector<char> buffer(extent(space.get()) * width);
  if (!buffer.empty()) {
    EXPECT_GE(H5Dread(dset.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()), 0);
  }
  return split_fixed(buffer, width);
}

std::string read_text(hid_t file, const std::string& path) {
  std::vector<std::string> all = read_strings(file, path);
  EXPECT_EQ(all.size(), 1u);
  return all.empty() ? "" : all.front();
}

template <typename T>
std::vector<T> read_numbers(hid_t file, const std::string& path, hid_t mem_type,
                            hid_t expected_file_type) {
  Id dset(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose);
  Id type(H5Dget_type(dset.get()), H5Tclose);
  EXPECT_GT(H5Tequal(type.get(), expected_file_type), 0) << path;
  Id space(H5Dget_space(dset.get()), H5Sclose);
  std::vector<T> out(extent(space.get()));
  if (!out.empty()) {
    EXPECT_GE(H5Dread(dset.get(), mem_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()), 0);
  }
  return out;
}

std::vector<std::int64_t> read_i64(hid_t file, const std::string& path) {
  return read_numbers<std::int64_t>(file, path, H5T_NATIVE_INT64, H5T_STD_I64LE);
}
std::vector<double> read_f64(hid_t file, const std::string& path) {
  return read_numbers<double>(file, path, H5T_NATIVE_DOUBLE, H5T_IEEE_F64LE);
}

std::vector<std::string> read_attribute(hid_t file, const std::string& object,
                                        const std::string& name) {
  Id attr(H5Aopen_by_name(file, object.c_str(), name.c_str(), H5P_DEFAULT, H5P_DEFAULT), H5Aclose);
  Id type(H5Aget_type(attr.get()), H5Tclose);
  Id space(H5Aget_space(attr.get()), H5Sclose);
  EXPECT_EQ(H5Tget_class(type.get()), H5T_STRING);
  std::size_t width = H5Tget_size(type.get());
  std::vector<char> buffer(extent(space.get()) * width);
  EXPECT_GE(H5Aread(attr.get(), type.get(), buffer.data()), 0);
  return split_fixed(buffer, width);
}

std::string read_attribute_text(hid_t file, const std::string& object, const std::string& name) {
  std::vector<std::string> all = read_attribute(file, object, name);
  EXPECT_EQ(all.size(), 1u);
  return all.empty() ? "" : all.front();
}

struct Layout {
  H5D_layout_t layout = H5D_LAYOUT_ERROR;
  hsize_t chunk = 0;
  std::vector<H5Z_filter_t> filters;
  unsigned deflate_level = 0;
};

Layout layout_of(hid_t file, const std::string& path) {
  Id dset(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose);
  Id dcpl(H5Dget_create_plist(dset.get()), H5Pclose);
  Layout out;
  out.layout = H5Pget_layout(dcpl.get());
  if (out.layout == H5D_CHUNKED) {
    EXPECT_EQ(H5Pget_chunk(dcpl.get(), 1, &out.chunk), 1);
  }
  int n = H5Pget_nfilters(dcpl.get());
  for (int i = 0; i < n; ++i) {
    unsigned flags = 0;
    std::size_t nvalues = 1;
    unsigned values[1] = {0};
    unsigned config = 0;
    H5Z_filter_t f = H5Pget_filter2(dcpl.get(), static_cast<unsigned>(i), &flags, &nvalues,
                                    values, 0, nullptr, &config);
    out.filters.push_back(f);
    if (f == H5Z_FILTER_DEFLATE) out.deflate_level = values[0];
  }
  return out;
}

std::string file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> directory_listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// ---- fixture --------------------------------------------------------------------------------

class Hdf5WriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(STACKTWIN_BINARY_DIR) / "test_output" / "hdf5_writer" /
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }

  // A run's worth of every kind of content; `variant` changes one value.
  static void write_sample(Hdf5Writer& w, int variant = 0) {
    w.put_meta("scenario", std::string_view("name: tiny\nseed: 7\nhosts: 2\n"));
    w.put_meta("resolved_config", std::string_view("cpu_allocation_ratio: 16.0\n"));
    w.put_meta("seed", std::uint64_t{7});
    w.put_series("az/az1/vcpu_used", {0, 30'000'000'000, 60'000'000'000},
                 {1.0, 2.5, variant == 0 ? 4.0 : 4.5}, "vCPU");
    w.put_series("host_count", {0}, {2.0}, "");
    w.put_table("events/vm",
                {{"time", std::vector<std::int64_t>{5, 9}, "ns"},
                 {"vm", std::vector<std::string>{"vm-1", "vm-22"}, ""},
                 {"ram_mb", std::vector<double>{2048.0, 512.0}, "MiB"}});
  }

  fs::path dir_;
};

// ---- contents -------------------------------------------------------------------------------

TEST_F(Hdf5WriterTest, MetaRoundTrips) {
  // Larger than HDF5's 64 KiB attribute limit: the reason text lives in scalar datasets.
  std::string scenario;
  for (int i = 0; i < 5000; ++i) scenario += "- host: compute-" + std::to_string(i) + "  # ü\n";
  ASSERT_GT(scenario.size(), 64u * 1024u);
  const fs::path path = dir_ / "run.h5";
  {
    Hdf5Writer w(path.string());
    w.put_meta("scenario", scenario);
    w.put_meta("resolved_config", std::string_view("a: 1\n"));
    w.put_meta("seed", std::numeric_limits<std::uint64_t>::max());
    w.put_meta("events_processed", std::int64_t{-42});
    w.put_meta("wall_seconds", 0.125);
    w.put_meta("empty", std::string_view(""));
    w.commit();
  }
  Id f = open_file(path);
  EXPECT_EQ(read_text(f.get(), "/meta/scenario"), scenario);
  EXPECT_EQ(read_text(f.get(), "/meta/resolved_config"), "a: 1\n");
  EXPECT_EQ(read_text(f.get(), "/meta/program_version"), std::string(program_version()));
  EXPECT_EQ(read_text(f.get(), "/meta/empty"), "");
  EXPECT_THAT(read_numbers<std::uint64_t>(f.get(), "/meta/seed", H5T_NATIVE_UINT64,
                                          H5T_STD_U64LE),
              ElementsAre(std::numeric_limits<std::uint64_t>::max()));
  EXPECT_THAT(read_i64(f.get(), "/meta/events_processed"), ElementsAre(-42));
  EXPECT_THAT(read_f64(f.get(), "/meta/wall_seconds"), ElementsAre(0.125));
}

TEST_F(Hdf5WriterTest, SeriesRoundTripIncludingNestedAndEmpty) {
  const fs::path path = dir_ / "run.h5";
  std::vector<std::int64_t> long_time;
  std::vector<double> long_value;
  for (int i = 0; i < 10'000; ++i) {  // two full chunks and a partial one
    long_time.push_back(std::int64_t{i} * 1'000'000'000);
    long_value.push_back(0.5 * i);
  }
  {
    Hdf5Writer w(path.string());
    w.put_series("az/az1/vcpu_used", {0, 30'000'000'000, 60'000'000'000}, {1.0, 2.5, 4.0}, "vCPU");
    w.put_series("az/az2/vcpu_used", {0}, {-1.5}, "vCPU");
    w.put_series("idle", {}, {}, "W");
    w.put_series("long", long_time, long_value, "GiB");
    w.commit();
  }
  Id f = open_file(path);
  EXPECT_THAT(read_i64(f.get(), "/series/az/az1/vcpu_used/time"),
              ElementsAre(0, 30'000'000'000, 60'000'000'000));
  EXPECT_THAT(read_f64(f.get(), "/series/az/az1/vcpu_used/value"), ElementsAre(1.0, 2.5, 4.0));
  EXPECT_EQ(read_attribute_text(f.get(), "/series/az/az1/vcpu_used", "unit"), "vCPU");
  EXPECT_EQ(read_attribute_text(f.get(), "/series/az/az1/vcpu_used", "time_unit"), "ns");
  EXPECT_THAT(read_f64(f.get(), "/series/az/az2/vcpu_used/value"), ElementsAre(-1.5));

  EXPECT_TRUE(read_i64(f.get(), "/series/idle/time").empty());
  EXPECT_TRUE(read_f64(f.get(), "/series/idle/value").empty());
  EXPECT_EQ(read_attribute_text(f.get(), "/series/idle", "unit"), "W");
  EXPECT_EQ(read_attribute_text(f.get(), "/series/idle", "time_unit"), "ns");

  EXPECT_EQ(read_i64(f.get(), "/series/long/time"), long_time);
  EXPECT_EQ(read_f64(f.get(), "/series/long/value"), long_value);
}

TEST_F(Hdf5WriterTest, DatasetsAreChunkedAndCompressed) {
  const fs::path path = dir_ / "run.h5";
  {
    Hdf5Writer w(path.string());
    w.put_series("small", {1, 2, 3}, {1, 2, 3}, "");
    w.put_series("big", std::vector<std::int64_t>(5000, 1), std::vector<double>(5000, 2.0), "");
    w.put_series("empty", {}, {}, "");
    w.put_table("events/vm", {{"state", std::vector<std::string>{"ACTIVE", "SHUTOFF"}, ""}});
    w.commit();
  }
  Id f = open_file(path);
  for (const char* name : {"/series/small/time", "/series/small/value", "/series/big/time",
                           "/series/big/value", "/events/vm/state"}) {
    SCOPED_TRACE(name);
    Layout l = layout_of(f.get(), name);
    EXPECT_EQ(l.layout, H5D_CHUNKED);
    EXPECT_THAT(l.filters, ElementsAre(H5Z_FILTER_SHUFFLE, H5Z_FILTER_DEFLATE));
    EXPECT_EQ(l.deflate_level, 4u);
  }
  EXPECT_EQ(layout_of(f.get(), "/series/small/time").chunk, 3u);
  EXPECT_EQ(layout_of(f.get(), "/series/big/value").chunk, 4096u);
  EXPECT_EQ(layout_of(f.get(), "/events/vm/state").chunk, 2u);
  // Empty datasets cannot be chunked (a chunk has at least one element): contiguous, no filter.
  Layout empty = layout_of(f.get(), "/series/empty/time");
  EXPECT_EQ(empty.layout, H5D_CONTIGUOUS);
  EXPECT_TRUE(empty.filters.empty());
}

TEST_F(Hdf5WriterTest, TableRoundTrips) {
  const fs::path path = dir_ / "run.h5";
  {
    Hdf5Writer w(path.string());
    // Column order is deliberately not alphabetical: the `columns` attribute keeps it.
    w.put_table("events/vm",
                {{"time", std::vector<std::int64_t>{5, 9, 12}, "ns"},
                 {"vm", std::vector<std::string>{"vm-1", "", "vm-333"}, ""},
                 {"ram", std::vector<double>{2048.0, 0.5, -1.0}, "MiB"},
                 {"event", std::vector<std::string>{"spawn", "delete", "migrate"}, ""}});
    w.put_table("events/host", {{"time", std::vector<std::int64_t>{}, "ns"},
                                {"host", std::vector<std::string>{}, ""}});
    w.commit();
  }
  Id f = open_file(path);
  EXPECT_THAT(read_attribute(f.get(), "/events/vm", "columns"),
              ElementsAre("time", "vm", "ram", "event"));
  EXPECT_THAT(read_i64(f.get(), "/events/vm/time"), ElementsAre(5, 9, 12));
  EXPECT_THAT(read_strings(f.get(), "/events/vm/vm"), ElementsAre("vm-1", "", "vm-333"));
  EXPECT_THAT(read_f64(f.get(), "/events/vm/ram"), ElementsAre(2048.0, 0.5, -1.0));
  EXPECT_THAT(read_strings(f.get(), "/events/vm/event"), ElementsAre("spawn", "delete", "migrate"));
  EXPECT_EQ(read_attribute_text(f.get(), "/events/vm/time", "unit"), "ns");
  EXPECT_EQ(read_attribute_text(f.get(), "/events/vm/ram", "unit"), "MiB");
  EXPECT_EQ(read_attribute_text(f.get(), "/events/vm/vm", "unit"), "");

  EXPECT_THAT(read_attribute(f.get(), "/events/host", "columns"), ElementsAre("time", "host"));
  EXPECT_TRUE(read_i64(f.get(), "/events/host/time").empty());
  EXPECT_TRUE(read_strings(f.get(), "/events/host/host").empty());
}

// ---- determinism ----------------------------------------------------------------------------

TEST_F(Hdf5WriterTest, NoObjectCarriesATimestamp) {
  const fs::path path = dir_ / "run.h5";
  {
    Hdf5Writer w(path.string());
    write_sample(w);
    w.commit();
  }
  Id f = open_file(path);
  std::vector<std::string> visited;
  ASSERT_GE(H5Ovisit2(
                f.get(), H5_INDEX_NAME, H5_ITER_INC,
                [](hid_t, const char* name, const H5O_info_t* info, void* out) -> herr_t {
                  static_cast<std::vector<std::string>*>(out)->push_back(name);
                  EXPECT_EQ(info->atime, 0) << name;
                  EXPECT_EQ(info->mtime, 0) << name;
                  EXPECT_EQ(info->ctime, 0) << name;
                  EXPECT_EQ(info->btime, 0) << name;
                  return 0;
                },
                &visited, H5O_INFO_TIME),
            0);
  // The root, the intermediate groups made for nested names, and every dataset were visited.
  EXPECT_THAT(visited, ::testing::IsSupersetOf({".", "meta", "series", "series/az",
                                                "series/az/az1", "series/az/az1/vcpu_used/time",
                                                "events", "events/vm", "events/vm/vm"}));
}

TEST_F(Hdf5WriterTest, SameCallsGiveByteIdenticalFiles) {
  for (const char* name : {"a.h5", "b.h5"}) {
    Hdf5Writer w((dir_ / name).string());
    write_sample(w);
    w.commit();
  }
  std::string a = file_bytes(dir_ / "a.h5");
  ASSERT_FALSE(a.empty());
  EXPECT_TRUE(a == file_bytes(dir_ / "b.h5"));
}

TEST_F(Hdf5WriterTest, DifferentContentGivesDifferentBytes) {
  for (int variant : {0, 1}) {
    Hdf5Writer w((dir_ / (std::to_string(variant) + ".h5")).string());
    write_sample(w, variant);
    w.commit();
  }
  EXPECT_FALSE(file_bytes(dir_ / "0.h5") == file_bytes(dir_ / "1.h5"));
}

// ---- no partial output ----------------------------------------------------------------------

TEST_F(Hdf5WriterTest, CommitLeavesOnlyTheTarget) {
  Hdf5Writer w((dir_ / "run.h5").string());
  write_sample(w);
  EXPECT_THAT(directory_listing(dir_), ElementsAre(fs::path(w.temporary_path()).filename()));
  EXPECT_THAT(w.temporary_path(), HasSubstr("run.h5.partial-"));
  w.commit();
  EXPECT_THAT(directory_listing(dir_), ElementsAre("run.h5"));
  EXPECT_GT(H5Fis_hdf5((dir_ / "run.h5").c_str()), 0);
}

TEST_F(Hdf5WriterTest, AbandonedWriterLeavesNoFile) {
  {
    Hdf5Writer w((dir_ / "run.h5").string());
    write_sample(w);
  }
  EXPECT_TRUE(directory_listing(dir_).empty());
}

TEST_F(Hdf5WriterTest, ErrorMidwayLeavesNoFile) {
  try {
    Hdf5Writer w((dir_ / "run.h5").string());
    write_sample(w);
    w.put_series("host_count", {0}, {3.0}, "");  // written twice
    FAIL() << "expected Hdf5Error";
  } catch (const Hdf5Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("host_count"));
  }
  EXPECT_TRUE(directory_listing(dir_).empty());
}

TEST_F(Hdf5WriterTest, ExistingFileIsReplacedOnlyAtCommit) {
  const fs::path path = dir_ / "run.h5";
  std::ofstream(path) << "old results";
  {
    Hdf5Writer abandoned(path.string());
    write_sample(abandoned);
  }
  EXPECT_EQ(file_bytes(path), "old results");

  Hdf5Writer w(path.string());
  write_sample(w);
  EXPECT_EQ(file_bytes(path), "old results");
  w.commit();
  EXPECT_GT(H5Fis_hdf5(path.c_str()), 0);
  EXPECT_THAT(directory_listing(dir_), ElementsAre("run.h5"));
}

// ---- errors ---------------------------------------------------------------------------------

TEST_F(Hdf5WriterTest, MissingDirectoryIsAnErrorNamingThePath) {
  const std::string path = (dir_ / "no_such_dir" / "run.h5").string();
  try {
    Hdf5Writer w(path);
    FAIL() << "expected Hdf5Error";
  } catch (const Hdf5Error& e) {
    std::string message = e.what();
    EXPECT_THAT(message, HasSubstr(path));
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
  EXPECT_TRUE(directory_listing(dir_).empty());
}

TEST_F(Hdf5WriterTest, BadCallsAreErrorsNamingTheFileAndObject) {
  const std::string path = (dir_ / "run.h5").string();
  Hdf5Writer w(path);
  w.put_meta("seed", std::uint64_t{1});
  w.put_series("s", {0}, {1.0}, "");
  auto expect_error = [&](auto&& call, const std::string& fragment) {
    try {
      call();
      ADD_FAILURE() << "expected Hdf5Error mentioning " << fragment;
    } catch (const Hdf5Error& e) {
      std::string message = e.what();
      EXPECT_THAT(message, HasSubstr(path));
      EXPECT_THAT(message, HasSubstr(fragment));
      EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
  };
  expect_error([&] { w.put_meta("seed", std::uint64_t{2}); }, "seed");
  expect_error([&] { w.put_meta("program_version", std::string_view("x")); }, "program_version");
  expect_error([&] { w.put_meta("a/b", std::int64_t{1}); }, "a/b");
  expect_error([&] { w.put_meta("nul", std::string_view("a\0b", 3)); }, "NUL");
  expect_error([&] { w.put_series("s", {0}, {1.0}, ""); }, "'s'");
  expect_error([&] { w.put_series("t", {0, 1}, {1.0}, ""); }, "2 times but 1 values");
  expect_error([&] { w.put_series("a//b", {}, {}, ""); }, "a//b");
  expect_error([&] { w.put_series("/abs", {}, {}, ""); }, "/abs");
  expect_error([&] { w.put_series("s/time", {}, {}, ""); }, "s/time");
  expect_error([&] { w.put_table("events/x", {}); }, "no columns");
  expect_error([&] { w.put_table("series/x", {{"a", std::vector<double>{}, ""}}); }, "series");
  expect_error(
      [&] {
        w.put_table("events/x", {{"a", std::vector<double>{1}, ""}, {"b", std::vector<double>{}, ""}});
      },
      "column 'b' has 0 rows");
  expect_error(
      [&] {
        w.put_table("events/y", {{"a", std::vector<double>{}, ""}, {"a", std::vector<double>{}, ""}});
      },
      "two columns named 'a'");
  // The writer is still usable after refused calls.
  w.put_series("u", {0}, {1.0}, "");
  w.commit();
  EXPECT_THAT(directory_listing(dir_), ElementsAre("run.h5"));
}

}  // namespace
}  // namespace stacktwin::io
