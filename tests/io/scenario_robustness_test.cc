// Weird documents give a ScenarioError, never a crash, an assert or an endless loop.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "scenario_test_util.h"
#include "sim/io/scenario_loader.h"

namespace stacktwin::io {
namespace {

using testing::error_of;
using testing::kBase;

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(ScenarioRobustness, ExactMessagesForOddRoots) {
  const std::string keys =
      "expected a map with keys name, seed, duration, output, hosts, aggregates, flavors, nova, "
      "workload, events";
  EXPECT_EQ(error_of(""), "q.yaml: the file holds no YAML document; " + keys);
  EXPECT_EQ(error_of("# nothing but a comment\n"), "q.yaml: the file holds no YAML document; " + keys);
  EXPECT_EQ(error_of("[]"), "q.yaml:1:1: bad value (an empty list): " + keys);
  EXPECT_EQ(error_of("42"), "q.yaml:1:1: bad value '42': " + keys);
  EXPECT_EQ(error_of("~"), "q.yaml:1:1: bad value (null): " + keys);
  EXPECT_EQ(error_of("{}"), "q.yaml:1:1: missing required key 'name'");
}

TEST(ScenarioRobustness, AnchorsAndAliases) {
  // Aliases are expanded: a valid use loads.
  EXPECT_EQ(error_of("name: &n q\n"
                     "duration: 1d\n"
                     "hosts: [&h {name: *n, vcpus: 1, memory: 1GiB, disk: 0}]\n"
                     "flavors: [{name: f, vcpus: 1, ram: 1}]\n"
                     "events: [{at: 1h, action: fail_hosts, class: *n}]\n"),
            "no error");
  EXPECT_EQ(error_of("name: *undefined\n"),
            "q.yaml:1:7: malformed YAML: the referenced anchor is not defined");
  // An alias to itself would recurse forever.
  EXPECT_EQ(error_of("name: q\nhosts: &x [*x]\n"),
            "q.yaml:2:12: malformed YAML: an alias inside its own anchor");
  // A billion laughs: nine levels of ten aliases each.
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    const std::string name = std::string("a").append(std::to_string(i));
    const std::string previous = std::string("*a").append(std::to_string(i - 1));
    bomb.append(name).append(": &").append(name).append(" [").append(previous);
    for (int k = 1; k < 10; ++k) bomb.append(", ").append(previous);
    bomb.append("]\n");
  }
  EXPECT_EQ(error_of(bomb), "q.yaml:6:45: more than 1000000 YAML nodes (after expanding aliases)");
}

TEST(ScenarioRobustness, DeepNesting) {
  // The root map is the first level: 63 brackets fit, the 64th does not.
  EXPECT_EQ(error_of("name: " + repeat("[", 63) + repeat("]", 63) + "\n"),
            "q.yaml:1:7: name: bad value (a list): expected a string");
  EXPECT_EQ(error_of("name: " + repeat("[", 100) + repeat("]", 100) + "\n"),
            "q.yaml:1:70: nested more than 64 levels deep");
  EXPECT_EQ(error_of("name: " + repeat("{a: ", 100) + repeat("}", 100) + "\n"),
            "q.yaml:1:259: nested more than 64 levels deep");
  // Far deeper than yaml-cpp's own guard (which would call it "bad file"): our limit is first.
  EXPECT_EQ(error_of("name: " + repeat("[", 5000) + repeat("]", 5000) + "\n"),
            "q.yaml:1:70: nested more than 64 levels deep");
  // Aliases do not get around the limit.
  EXPECT_EQ(error_of("a: &a " + repeat("[", 40) + repeat("]", 40) + "\nb: " + repeat("[", 30) +
                     "*a" + repeat("]", 30) + "\n"),
            "q.yaml:2:34: nested more than 64 levels deep");
}

TEST(ScenarioRobustness, OddKeys) {
  EXPECT_EQ(error_of("? [a, b]\n: 1\n"), "q.yaml:1:3: bad key (a list): expected a string");
  EXPECT_EQ(error_of("~: 1\n"), "q.yaml:1:1: bad key (null): expected a string");
  EXPECT_EQ(error_of("---\nname: a\n---\nname: b\n"),
            "q.yaml:3:1: a second YAML document; a scenario file holds one");
  // yaml-cpp 0.7's LoadAll() would loop forever on these (jbeder/yaml-cpp#1040).
  EXPECT_EQ(error_of(","), "q.yaml:1:1: malformed YAML: unexpected ','");
  EXPECT_EQ(error_of(" ,a"), "q.yaml:1:2: malformed YAML: unexpected ','");
  EXPECT_EQ(error_of(kBase, {"seed=,"}), "--set seed=,: malformed YAML: unexpected ','");
  EXPECT_EQ(error_of(kBase, {"seed=1\n---\n2"}),
            "--set seed=1\\n---\\n2: a second YAML document; a --set value holds one");
}

TEST(ScenarioRobustness, MessagesStayOnOneLine) {
  const std::string e1 = error_of("name: q\nseed: \"1\\n2\"\n");
  EXPECT_EQ(e1, "q.yaml:2:7: seed: bad value '1\\n2': expected an integer in [0, "
                "18446744073709551615]");
  const std::string e2 = error_of("name: q\nseed: " + repeat("9", 200) + "\n");
  EXPECT_EQ(e2, "q.yaml:2:7: seed: bad value '" + repeat("9", 57) +
                    "...': expected an integer in [0, 18446744073709551615]");
  const std::string e3 = error_of(std::string("name: q\n\"a\\tb\\x01\": 1\n"));
  EXPECT_EQ(e3.find('\n'), std::string::npos);
  EXPECT_EQ(e3.substr(0, 38), "q.yaml:2:1: [\"a\\tb\\x01\"]: unknown key ");
}

// Documents that must fail without crashing: each gives a one-line ScenarioError.
TEST(ScenarioRobustness, FuzzishDocumentsFailCleanly) {
  const std::vector<std::string> docs = {
      "\t", "---", "...", "- - -", "!!binary AAAA", "&a", "*a", "{", "}", "[", "]", ":", "?",
      "a: b: c", "name: [", std::string("\0\0\0", 3), "\xff\xfe\xfd", "\xef\xbb\xbf" "name: q",
      "name: q\nduration: 1d\nhosts: ~\n", "name: q\nduration: 1d\nhosts: [~]\n",
      "name: q\nduration: 1d\nhosts: [[]]\n", "name: q\nduration: 1d\nhosts: [{}]\n",
      "name: q\nduration: 1d\nhosts: [{name: h, vcpus: 1, memory: 1, disk: 0}]\nflavors: {}\n",
      "name: q\nduration: 9223372036854775807d\n", "name: q\nduration: -0s\n",
      "name: q\nduration: nan\n", "name: q\nduration: inf s\n", "name: q\nduration: 1e-30s\n",
      "name: q\nseed: 0x10\n", "name: q\nseed: +-1\n", "<<: {name: q}\n",
      repeat("- ", 500) + "x\n", repeat("a: ", 200) + "b\n",
      testing::replace(kBase, "{distribution: exponential, mean: 12h}",
                       "{distribution: empirical, samples: ~}"),
      testing::replace(kBase, "{distribution: exponential, mean: 12h}",
                       "{distribution: [a], mean: 1h}"),
      testing::replace(kBase, "{distribution: exponential, mean: 12h}",
                       "{distribution: uniform, min: 1ns, max: 1ns}"),
      testing::replace(kBase, "{distribution: exponential, mean: 12h}",
                       "{distribution: lognormal, median: 1e18ns, p99: 1000000000000000001ns}"),
      testing::replace(kBase, "{distribution: exponential, mean: 12h}",
                       "{distribution: normal, mean: 1h, stddev: 0s}"),
      testing::replace(kBase, "{distribution: exponential, mean: 12h}",
                       "{distribution: weibull, shape: 0, scale: 1h}"),
  };
  for (const std::string& d : docs) {
    const std::string e = error_of(d);
    EXPECT_NE(e, "no error") << d;
    EXPECT_EQ(e.find('\n'), std::string::npos) << e;
  }
}

TEST(ScenarioRobustness, FuzzishOverridesFailCleanly) {
  const std::vector<std::string> sets = {
      "", "=", "==", "[", "[0]=1", "[\"x\"]=1", "a[", "a[]=1", "a[\"x=1", "a.=1", ".a=1",
      "hosts[99999999999999999999]=1", "hosts[0]=", "hosts[0]=[", "hosts=~", "nova=[]",
      "workload[0].lifetime.distribution=~", "name=a\n---\nb", "seed=!!int x",
  };
  for (const std::string& s : sets) {
    const std::string e = error_of(kBase, {s});
    EXPECT_NE(e, "no error") << s;
    EXPECT_EQ(e.rfind("--set ", 0), 0u) << e;
  }
}

}  // namespace
}  // namespace stacktwin::io
