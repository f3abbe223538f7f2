#pragma once
// Helpers shared by the text module's tests: spans, tokens and sentences as strings, and the
// invariants every segmentation must satisfy.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

inline bool is_boundary(std::string_view text, std::size_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0U) != 0x80U;
}

// The first broken invariant of a segmentation, or an empty string: tokens sorted,
// non-overlapping, on code-point boundaries inside the text; protected spans likewise and each one
// token; sentences contiguous, covering every token once, begin/end at their tokens. One message
// instead of one assertion per token keeps megabyte tests fast.
inline std::string first_violation(std::string_view text, const Segmentation& seg) {
  const auto in_text = [&](std::size_t begin, std::size_t end, std::size_t previous_end) {
    return begin >= previous_end && begin < end && end <= text.size() && is_boundary(text, begin) &&
           is_boundary(text, end);
  };
  std::size_t previous_end = 0;
  for (const ProtectedSpan& span : seg.protected_spans) {
    if (!in_text(span.begin, span.end, previous_end)) {
      return "bad span at " + std::to_string(span.begin);
    }
    previous_end = span.end;
  }
  previous_end = 0;
  std::size_t protected_tokens = 0;
  for (const Token& token : seg.tokens) {
    if (!in_text(token.begin, token.end, previous_end)) {
      return "bad token at " + std::to_string(token.begin);
    }
    if (token.kind == TokenKind::protected_span) ++protected_tokens;
    previous_end = token.end;
  }
  if (protected_tokens != seg.protected_spans.size()) return "protected spans are not tokens";
  std::size_t next_token = 0;
  for (const Sentence& sentence : seg.sentences) {
    const std::size_t last = sentence.first_token + sentence.token_count - 1;
    if (sentence.first_token != next_token || sentence.token_count == 0 ||
        last >= seg.tokens.size() || sentence.begin != seg.tokens[sentence.first_token].begin ||
        sentence.end != seg.tokens[last].end) {
      return "bad sentence at " + std::to_string(sentence.begin);
    }
    next_token = last + 1;
  }
  if (next_token != seg.tokens.size()) return "tokens outside sentences";
  return {};
}

inline void check_invariants(std::string_view text, const Segmentation& seg) {
  CHECK(first_violation(text, seg) == "");
}

}  // namespace nib::text::testing
