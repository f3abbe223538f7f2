#pragma once
// Splits a post into sentences and tokens. Offsets are bytes into the UTF-8 text; the API converts
// them to UTF-16 with Utf16Offsets.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/protected_spans.hpp"

namespace nib::text {

enum class TokenKind : std::uint8_t {
  word,            // letters and marks of any script, with inner apostrophes (don't, it’s) and
                   // digits mixed in (mp3, 4ever); hyphens split words (well | - | known)
  punctuation,     // . , ! ? ; : … " ' ( ) - — and the like, one code point each
  symbol,          // anything else that is not whitespace (math signs, stray symbols)
  protected_span,  // one whole ProtectedSpan
};

struct Token {
  std::size_t begin;
  std::size_t end;
  TokenKind kind;
  ProtectedKind protected_kind = ProtectedKind::url;  // meaningful only for protected_span
};

struct Sentence {
  std::size_t begin;  // from its first token to its last token (no surrounding whitespace)
  std::size_t end;
  std::size_t first_token;  // index into Segmentation::tokens
  std::size_t token_count;
};

struct Segmentation {
  std::vector<ProtectedSpan> protected_spans;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// `utf8` must be valid UTF-8. Linear time; never throws on any valid input.
Segmentation segment(std::string_view utf8);

}  // namespace nib::text
