#include "text/tokenizer.hpp"

#include "text/char_class.hpp"
#include "text/scan.hpp"

namespace nib::text::detail {
namespace {

// Characters that stay inside a word when letters follow them: apostrophes (don't, it’s) and
// invisible joiners that scripts such as Persian and Hindi put inside words, plus the soft hyphen.
bool joins_word(char32_t cp) {
  return cp == '\'' || cp == U'’' || cp == 0x200C || cp == 0x200D || cp == 0x00AD || cp == 0x2060;
}

// A word ends at `limit` (the next protected span) even mid-letters: l'USA gives l, ', USA.
std::size_t scan_word(std::string_view text, std::size_t at, std::size_t limit) {
  std::size_t p = next(text, at);
  while (p < limit) {
    const char32_t cp = peek(text, p);
    if (is_word_char(cp)) {
      p = next(text, p);
      continue;
    }
    const std::size_t after = next(text, p);
    if (!joins_word(cp) || after >= limit || !is_word_char(peek(text, after))) break;
    p = after;
  }
  return p;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::span<const ProtectedSpan> spans) {
  std::vector<Token> tokens;
  auto span = spans.begin();
  std::size_t at = 0;
  while (at < text.size()) {
    if (span != spans.end() && span->begin <= at) {
      tokens.push_back({span->begin, span->end, TokenKind::protected_span, span->kind});
      at = span->end;
      ++span;
      continue;
    }
    const std::size_t limit = span != spans.end() ? span->begin : text.size();
    const char32_t cp = peek(text, at);
    const std::size_t after = next(text, at);
    if (is_word_char(cp)) {
      const std::size_t end = scan_word(text, at, limit);
      tokens.push_back({at, end, TokenKind::word});
      at = end;
      continue;
    }
    if (!is_whitespace(cp) && !is_control(cp) && !is_format(cp)) {
      tokens.push_back(
          {at, after, is_punctuation(cp) ? TokenKind::punctuation : TokenKind::symbol});
    }
    at = after;
  }
  return tokens;
}

}  // namespace nib::text::detail
