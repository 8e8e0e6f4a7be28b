// Field: what the declarations tell the loader and the docs.
#include <string>
#include <vector>

#include "sim/io/scenario_distribution.h"
#include "sim/io/scenario_schema.h"

namespace stacktwin::io {

const Field* Field::child(std::string_view k) const {
  for (const auto& f : fields)
    if (f.key == k) return &f;
  return nullptr;
}

std::vector<std::string> Field::child_keys() const {
  std::vector<std::string> out;
  for (const auto& f : fields) out.push_back(f.key);
  return out;
}

std::string Field::map_expected() const {
  std::string keys;
  for (const auto& f : fields) keys += (keys.empty() ? "" : ", ") + f.key;
  return "a map with keys " + keys;
}

std::string Field::expected() const {
  switch (kind) {
    case FieldKind::kSection:
      return map_expected();
    case FieldKind::kList:
      return "a list of " + nouns +
             (min_items > 0 ? ", at least " + std::to_string(min_items) : std::string());
    case FieldKind::kWeights:
      return "a map of " + noun + " name to weight " + range.text() +
             ", such as {m1.small: 0.7, m1.large: 0.3}";
    case FieldKind::kDistribution:
      return kDistributionExpected;
    case FieldKind::kChoice:
      return "one of " + sorted_list(choices);
    case FieldKind::kNames:
      return "a list of " + noun + " names";
    case FieldKind::kTextMap:
      return "a map of keys to text values";
    default:
      return type_expected(kind);
  }
}

std::string Field::range_text() const {
  if (!range_doc.empty()) return range_doc;
  switch (kind) {
    case FieldKind::kBool:
      return "true or false";
    case FieldKind::kNames:
      return "-";
    case FieldKind::kTextMap:
      return "keys non-empty";
    case FieldKind::kText:
      return "non-empty";
    case FieldKind::kSeed:
      return "0 to 2^64-1";
    case FieldKind::kChoice:
      return "one of " + sorted_list(choices);
    case FieldKind::kList:
      return min_items > 0 ? "at least " + std::to_string(min_items) : "-";
    case FieldKind::kWeights:
      return "at least " + std::to_string(min_items) + "; weights " + range.text();
    case FieldKind::kDistribution:
      return "see distributions";
    case FieldKind::kSection:
      return "-";
    default:
      return range.text().empty() ? "-" : range.text();
  }
}

std::string Field::default_text_for_docs() const {
  switch (presence) {
    case Presence::kRequired:
      return "required";
    case Presence::kOptional:
      return default_doc.empty() ? "unset" : "unset: " + default_doc;
    case Presence::kDefault:
      break;
  }
  if (!default_doc.empty()) return default_doc;
  if (kind == FieldKind::kSection) return "-";
  return default_text;
}

}  // namespace stacktwin::io
