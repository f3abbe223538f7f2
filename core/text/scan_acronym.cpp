// All-capital words of two or more letters (NASA, USB-C, MP3, COVID-19), with a plural or
// possessive s (APIs, CEO's). One capital alone (I, A) is an ordinary word.
#include "text/char_class.hpp"
#include "text/scan.hpp"

namespace nib::text::detail {
namespace {

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == U'’'; }

bool continues_acronym(char32_t cp) {
  return is_uppercase(cp) || is_decimal_digit(cp) || (is_mark(cp) && continues_word(cp));
}

}  // namespace

Scan scan_acronym(std::string_view text, std::size_t at) {
  std::size_t p = at;
  std::size_t capitals = 0;
  for (;;) {
    const char32_t cp = peek(text, p);
    const std::size_t after = next(text, p);
    if (is_uppercase(cp)) {
      ++capitals;
      p = after;
    } else if (continues_acronym(cp)) {
      p = after;
    } else if ((cp == '-' || is_apostrophe(cp)) && p > at && is_uppercase(peek(text, after))) {
      p = after;  // USB-C, DON'T
    } else if (cp == '-' && p > at && is_decimal_digit(peek(text, after))) {
      p = after;  // COVID-19
    } else {
      break;
    }
  }
  if (capitals < 2) return miss(p);
  // A lower-case s after the capitals (APIs, CEO's) is the last thing the acronym may take.
  std::size_t end = p;
  if (is_apostrophe(peek(text, end))) end = next(text, end);
  if (peek(text, end) == 's' && !continues_word(peek(text, end + 1))) return {end + 1, 0};
  if (continues_word(peek(text, p))) return miss(next(text, p));
  return {p, 0};
}

}  // namespace nib::text::detail
