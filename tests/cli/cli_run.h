// Runs the stacktwin binary in a test: exit code, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace stacktwin::testing {

struct CliResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// `args` is passed through the shell: quote what needs quoting.
inline CliResult run_cli(const std::string& args, const std::filesystem::path& workdir) {
  std::filesystem::create_directories(workdir);
  const auto out = workdir / "stdout.txt", err = workdir / "stderr.txt";
  const std::string cmd = "cd '" + workdir.string() + "' && '" STACKTWIN_EXE "' " + args + " >'" +
                          out.string() + "' 2>'" + err.string() + "' </dev/null";
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

}  // namespace stacktwin::testing
