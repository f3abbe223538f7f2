#pragma once
// Helpers shared by the text module's tests: spans, tokens and sentences as strings, and the
// invariants every segmentation must satisfy.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "segmentation_invariants.hpp"
#include "text/protected_spans.hpp"
#include "text/segmenter.hpp"
#include "text/utf8.hpp"

namespace nib::text::testing {

using SpanText = std::pair<std::string, ProtectedKind>;

inline std::string slice(std::string_view text, std::size_t begin, std::size_t end) {
  return std::string(text.substr(begin, end - begin));
}

inline std::vector<SpanText> spans_of(std::string_view text) {
  std::vector<SpanText> out;
  for (const ProtectedSpan& span : find_protected_spans(text)) {
    out.emplace_back(slice(text, span.begin, span.end), span.kind);
  }
  return out;
}

// The single span covering exactly `text`, or an empty string with url kind when there is none.
inline SpanText whole_span(std::string_view text) {
  const auto spans = spans_of(text);
  if (spans.size() == 1 && spans[0].first == text) return spans[0];
  return {"", ProtectedKind::url};
}

inline bool is_protected_as(std::string_view text, ProtectedKind kind) {
  const SpanText span = whole_span(text);
  return !span.first.empty() && span.second == kind;
}

inline bool has_no_spans(std::string_view text) { return find_protected_spans(text).empty(); }

inline std::vector<std::string> token_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& token : segment(text).tokens)
    out.push_back(slice(text, token.begin, token.end));
  return out;
}

inline std::vector<std::string> sentence_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : segment(text).sentences) out.push_back(slice(text, s.begin, s.end));
  return out;
}

inline void check_invariants(std::string_view text, const Segmentation& seg) {
  CHECK(first_violation(text, seg) == "");
}

}  // namespace nib::text::testing
