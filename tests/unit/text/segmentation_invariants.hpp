#pragma once
// The invariants every segmentation must satisfy, as a message rather than assertions, so that the
// unit tests and the fuzz targets share them.
#include <string>
#include <string_view>

#include "text/protected_spans.hpp"
#include "text/segmenter.hpp"

namespace nib::text::testing {

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

}  // namespace nib::text::testing
