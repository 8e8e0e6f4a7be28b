// The one place that calls yaml-cpp: its parser's events are built straight into DocNodes.
//
// Building from events (rather than through YAML::Node and YAML::LoadAll) lets us expand
// aliases under a node budget and a depth limit, and sidesteps yaml-cpp 0.7's endless
// LoadAll() loop on a stray ',' (jbeder/yaml-cpp#1040, fixed upstream by #1319 in 2024):
// we ask for at most two documents and detect a second one that starts where the first did.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>
#include <utility>

#include "sim/io/scenario_document.h"
#include "sim/io/scenario_error.h"

namespace stacktwin::io {
namespace {

// yaml-cpp marks are 0-based; a missing mark (-1) becomes 0, "unknown".
std::pair<int, int> position(const YAML::Mark& mark) {
  if (mark.line < 0 || mark.column < 0) return {0, 0};
  return {mark.line + 1, mark.column + 1};
}

class DocBuilder : public YAML::EventHandler {
 public:
  DocBuilder(const Document& doc, int source) : doc_(doc), source_(source) {}

  bool started() const { return started_; }
  const YAML::Mark& start() const { return start_; }
  DocNode& root() { return root_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    started_ = true;
    start_ = mark;
  }
  void OnDocumentEnd() override {}

  // Nodes are counted against the budget when a leaf arrives, a collection opens or an
  // alias is copied.
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    DocNode n = leaf(DocNode::Type::kNull, mark, {});
    spend(n, 1);
    complete(std::move(n), anchor, Shape{});
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    DocNode n = leaf(DocNode::Type::kScalar, mark, value);
    spend(n, 1);
    complete(std::move(n), anchor, Shape{});
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    DocNode at = leaf(DocNode::Type::kNull, mark, {});
    // yaml-cpp has checked that the anchor exists; here it is still open: "&x [*x]".
    if (it == anchors_.end()) fail(at, "malformed YAML: an alias inside its own anchor");
    const Shape& shape = it->second.second;
    if (stack_.size() + shape.height > static_cast<std::size_t>(kMaxDocumentDepth)) too_deep(at);
    spend(at, shape.nodes);
    DocNode copy = it->second.first;
    copy.line = at.line;  // messages point at the alias, where the value is used
    copy.column = at.column;
    copy.source = source_;
    complete(std::move(copy), 0, shape);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(DocNode::Type::kList, mark, anchor);
  }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(DocNode::Type::kMap, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapEnd() override { close(); }

 private:
  struct Shape {
    std::size_t nodes = 1;
    std::size_t height = 1;
  };
  struct Frame {
    DocNode node;
    YAML::anchor_t anchor = 0;
    Shape shape;
    std::string path;
    bool has_key = false;
    DocNode key;
  };

  DocNode leaf(DocNode::Type type, const YAML::Mark& mark, std::string scalar) {
    DocNode n;
    n.type = type;
    n.scalar = std::move(scalar);
    n.source = source_;
    std::tie(n.line, n.column) = position(mark);
    return n;
  }

  [[noreturn]] void fail(const DocNode& at, const std::string& problem) const {
    doc_.fail(at, "", problem);
  }
  [[noreturn]] void too_deep(const DocNode& at) const {
    fail(at, "nested more than " + std::to_string(kMaxDocumentDepth) + " levels deep");
  }
  void spend(const DocNode& at, std::size_t nodes) {
    nodes_ += nodes;
    if (nodes_ > kMaxDocumentNodes)
      fail(at, "more than " + std::to_string(kMaxDocumentNodes) +
                   " YAML nodes (after expanding aliases)");
  }

  // The YAML path of the node that comes next, for messages about keys.
  std::string next_path() const {
    if (stack_.empty()) return "";
    const Frame& f = stack_.back();
    if (f.node.type == DocNode::Type::kList) return join_index(f.path, f.node.items.size());
    return f.has_key ? join_key(f.path, f.key.scalar) : f.path;
  }

  void open(DocNode::Type type, const YAML::Mark& mark, YAML::anchor_t anchor) {
    Frame f;
    f.node = leaf(type, mark, {});
    if (stack_.size() >= static_cast<std::size_t>(kMaxDocumentDepth)) too_deep(f.node);
    spend(f.node, 1);
    f.anchor = anchor;
    f.path = next_path();
    stack_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    complete(std::move(f.node), f.anchor, f.shape);
  }

  void complete(DocNode node, YAML::anchor_t anchor, Shape shape) {
    if (anchor != 0) anchors_[anchor] = {node, shape};
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Frame& f = stack_.back();
    f.shape.nodes += shape.nodes;
    f.shape.height = std::max(f.shape.height, shape.height + 1);
    if (f.node.type == DocNode::Type::kList) {
      f.node.items.push_back(std::move(node));
    } else if (!f.has_key) {
      if (node.type != DocNode::Type::kScalar)
        doc_.fail(node, f.path, "bad key " + describe_value(node) + ": expected a string");
      f.key = std::move(node);
      f.has_key = true;
    } else {
      add_entry(f, std::move(node));
    }
  }

  void add_entry(Frame& f, DocNode value) {
    DocEntry e{.key = f.key.scalar, .line = f.key.line, .column = f.key.column, .source = source_};
    f.has_key = false;
    if (const DocEntry* first = f.node.find(e.key))
      doc_.fail(f.key, join_key(f.path, e.key),
                "duplicate key " + quote_for_message(e.key) + " (first at line " +
                    std::to_string(first->line) + ")");
    // "key:" with nothing after it: yaml-cpp marks the null where the next token starts,
    // often on a later line; the key is the better place to point at.
    if (value.type == DocNode::Type::kNull && value.line != e.line) {
      value.line = e.line;
      value.column = e.column;
    }
    e.value = std::move(value);
    f.node.entries.push_back(std::move(e));
  }

  const Document& doc_;
  int source_;
  bool started_ = false;
  YAML::Mark start_;
  std::size_t nodes_ = 0;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, std::pair<DocNode, Shape>> anchors_;
  DocNode root_;
};

// Runs the parser for one document into `builder`; false at the end of the stream.
bool next_document(const Document& doc, int source, YAML::Parser& parser, DocBuilder& builder) {
  try {
    return parser.HandleNextDocument(builder);
  } catch (const YAML::DeepRecursion& e) {
    auto [line, column] = position(e.mark);
    throw ScenarioError(doc.origin(source, line, column, ""), "malformed YAML: nested too deeply");
  } catch (const YAML::Exception& e) {
    auto [line, column] = position(e.mark);
    throw ScenarioError(doc.origin(source, line, column, ""), "malformed YAML: " + e.msg);
  }
}

}  // namespace

bool read_yaml(const Document& doc, std::string_view text, int source, DocNode& root) {
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  DocBuilder first(doc, source);
  if (!next_document(doc, source, parser, first) || !first.started()) return false;
  DocBuilder second(doc, source);
  if (next_document(doc, source, parser, second)) {
    auto [line, column] = position(second.start());
    const auto pos = static_cast<std::size_t>(second.start().pos);
    // yaml-cpp 0.7 "finds" empty documents forever at a token it cannot place (a ',').
    if (second.start().pos == first.start().pos && pos < text.size())
      throw ScenarioError(doc.origin(source, line, column, ""),
                          "malformed YAML: unexpected " + quote_for_message(text.substr(pos, 1)));
    throw ScenarioError(doc.origin(source, line, column, ""),
                        source == 0 ? "a second YAML document; a scenario file holds one"
                                    : "a second YAML document; a --set value holds one");
  }
  root = std::move(first.root());
  return true;
}

}  // namespace stacktwin::io
