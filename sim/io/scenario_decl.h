// Building the declarations of scenario_schema.cc: Decl("vcpus", FieldKind::kInteger, "CPUs",
// "...").required().range(at_least(1)).bind(&HostClassConfig::vcpus) makes a Field whose
// setter and getter reach the member through a member pointer. Internal to stacktwin_io.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sim/io/scenario_schema.h"

namespace stacktwin::io::decl {

inline void assign(std::string& m, const Value& v) { m = std::get<std::string>(v); }
inline void assign(std::int64_t& m, const Value& v) { m = std::get<std::int64_t>(v); }
inline void assign(std::uint64_t& m, const Value& v) { m = std::get<std::uint64_t>(v); }
inline void assign(double& m, const Value& v) { m = std::get<double>(v); }
inline void assign(bool& m, const Value& v) { m = std::get<bool>(v); }
inline void assign(Names& m, const Value& v) { m = std::get<Names>(v); }
inline void assign(TextMap& m, const Value& v) { m = std::get<TextMap>(v); }
inline void assign(std::optional<double>& m, const Value& v) { m = std::get<double>(v); }
inline void assign(sim::Duration& m, const Value& v) { m = std::get<sim::Duration>(v); }
inline void assign(sim::Time& m, const Value& v) { m = sim::Time::zero() + std::get<sim::Duration>(v); }
inline void assign(std::optional<sim::Time>& m, const Value& v) {
  m = sim::Time::zero() + std::get<sim::Duration>(v);
}

// Unset optional members read back as nullopt; an empty string is an unset text.
inline std::optional<Value> value_of(const std::string& m) {
  if (m.empty()) return std::nullopt;
  return Value(m);
}
inline std::optional<Value> value_of(std::int64_t m) { return Value(m); }
inline std::optional<Value> value_of(std::uint64_t m) { return Value(m); }
inline std::optional<Value> value_of(double m) { return Value(m); }
inline std::optional<Value> value_of(bool m) { return Value(m); }
inline std::optional<Value> value_of(const Names& m) { return Value(m); }  // empty: []
inline std::optional<Value> value_of(const TextMap& m) { return Value(m); }  // empty: {}
inline std::optional<Value> value_of(const std::optional<double>& m) {
  if (!m) return std::nullopt;
  return Value(*m);
}
inline std::optional<Value> value_of(sim::Duration m) { return Value(m); }
inline std::optional<Value> value_of(sim::Time m) { return Value(m.since_start()); }
inline std::optional<Value> value_of(const std::optional<sim::Time>& m) {
  if (!m) return std::nullopt;
  return Value(m->since_start());
}

// A declaration under construction; converts to the finished Field.
class Decl {
 public:
  Decl(std::string key, FieldKind kind, std::string unit, std::string description) {
    f_.key = std::move(key);
    f_.kind = kind;
    f_.unit = std::move(unit);
    f_.description = std::move(description);
  }
  Decl& required() { return presence(Presence::kRequired); }
  Decl& defaults(std::string text) {
    f_.default_text = std::move(text);
    return presence(Presence::kDefault);
  }
  // What the docs say for a default too long for a table cell (the description spells it out).
  Decl& default_doc(std::string doc) {
    f_.default_doc = std::move(doc);
    return *this;
  }
  Decl& derived_default(std::string doc, std::function<std::string(const ScenarioConfig&)> fn) {
    f_.default_doc = std::move(doc);
    f_.derived_default = std::move(fn);
    return presence(Presence::kDefault);
  }
  Decl& optional(std::string doc) {
    f_.default_doc = std::move(doc);
    return presence(Presence::kOptional);
  }
  Decl& range(Range r) {
    f_.range = r;
    return *this;
  }
  // What the docs' range column says where no Range tells it: "registered filters, unique".
  Decl& range_doc(std::string text) {
    f_.range_doc = std::move(text);
    return *this;
  }
  Decl& choices(std::vector<std::string> names, std::string noun, std::string nouns) {
    f_.choices = std::move(names);
    return named(std::move(noun), std::move(nouns));
  }
  Decl& named(std::string noun, std::string nouns) {
    f_.noun = std::move(noun);
    f_.nouns = std::move(nouns);
    return *this;
  }
  Decl& min_items(std::size_t n) {
    f_.min_items = n;
    return *this;
  }
  Decl& fields(std::vector<Field> children) {
    f_.fields = std::move(children);
    return *this;
  }

  template <class S, class M>
  Decl& bind(M S::*m) {
    f_.set = [m](void* o, const Value& v) { assign(static_cast<S*>(o)->*m, v); };
    f_.get = [m](const void* o) { return value_of(static_cast<const S*>(o)->*m); };
    return *this;
  }
  template <class S, class M>
  Decl& section(M S::*m) {
    f_.section = [m](void* o) -> void* { return &(static_cast<S*>(o)->*m); };
    f_.section_const = [m](const void* o) -> const void* { return &(static_cast<const S*>(o)->*m); };
    return presence(Presence::kDefault);
  }
  template <class S, class T>
  Decl& list(std::vector<T> S::*m) {
    f_.append = [m](void* o, const Origin& origin) -> void* {
      auto& items = static_cast<S*>(o)->*m;
      items.emplace_back();
      if constexpr (requires { items.back().origin; }) items.back().origin = origin;
      return &items.back();
    };
    f_.size = [m](const void* o) { return (static_cast<const S*>(o)->*m).size(); };
    f_.item = [m](const void* o, std::size_t i) -> const void* {
      return &(static_cast<const S*>(o)->*m)[i];
    };
    return *this;
  }
  Decl& custom(std::function<void(void*, const Value&)> set,
               std::function<std::optional<Value>(const void*)> get) {
    f_.set = std::move(set);
    f_.get = std::move(get);
    return *this;
  }

  operator Field() const { return f_; }  // NOLINT: a Decl is written where a Field goes

 private:
  Decl& presence(Presence p) {
    f_.presence = p;
    return *this;
  }
  Field f_;
};

}  // namespace stacktwin::io::decl
