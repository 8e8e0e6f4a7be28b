#include "sim/io/scenario_error.h"

#include <utility>

#include "sim/io/scenario_document.h"

namespace stacktwin::io {
namespace {

std::string format_message(const Origin& origin, const std::string& problem) {
  std::string out = format_location(origin);
  out.append(": ");
  if (!origin.path.empty()) out.append(origin.path).append(": ");
  return out.append(problem);
}

}  // namespace

std::string format_location(const Origin& origin) {
  // Escaped: a file name or an override may hold a newline, and a message is one line.
  if (origin.file == "--set") return std::string("--set ").append(escape_control(origin.override_text));
  std::string out = escape_control(origin.file);
  if (origin.line > 0)
    out.append(":").append(std::to_string(origin.line)).append(":").append(
        std::to_string(origin.column));
  return out;
}

ScenarioError::ScenarioError(Origin origin, std::string problem)
    : std::runtime_error(format_message(origin, problem)),
      origin_(std::move(origin)),
      problem_(std::move(problem)) {}

}  // namespace stacktwin::io
