#include "text/char_class.hpp"

#include <algorithm>
#include <span>

namespace nib::text {
namespace {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

#include "text/unicode_tables.inc"

bool in_ranges(std::span<const CodePointRange> ranges, char32_t cp) {
  // The first range whose last code point is not below cp is the only one that can hold it.
  const auto it = std::lower_bound(ranges.begin(), ranges.end(), cp,
                                   [](const CodePointRange& r, char32_t c) { return r.last < c; });
  return it != ranges.end() && it->first <= cp;
}

}  // namespace

bool is_letter(char32_t cp) {
  if (cp < 0x80) return is_ascii_letter(cp);
  return in_ranges(kLetter, cp);
}

bool is_uppercase(char32_t cp) {
  if (cp < 0x80) return is_ascii_upper(cp);
  return in_ranges(kUppercase, cp);
}

bool is_lowercase(char32_t cp) {
  if (cp < 0x80) return is_ascii_lower(cp);
  return in_ranges(kLowercase, cp);
}

bool is_mark(char32_t cp) { return cp >= 0x300 && in_ranges(kMark, cp); }

bool is_decimal_digit(char32_t cp) {
  if (cp < 0x80) return is_ascii_digit(cp);
  return in_ranges(kDecimalDigit, cp);
}

bool is_punctuation(char32_t cp) { return in_ranges(kPunctuation, cp); }

bool is_currency_symbol(char32_t cp) { return in_ranges(kCurrencySymbol, cp); }

bool is_format(char32_t cp) { return cp >= 0xAD && in_ranges(kFormat, cp); }

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

bool is_whitespace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return in_ranges(kWhiteSpace, cp);
}

bool is_line_break(char32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

bool is_extended_pictographic(char32_t cp) {
  return cp >= 0xA9 && in_ranges(kExtendedPictographic, cp);
}

bool is_emoji_modifier(char32_t cp) { return in_ranges(kEmojiModifier, cp); }

bool is_regional_indicator(char32_t cp) { return in_ranges(kRegionalIndicator, cp); }

bool is_word_char(char32_t cp) { return is_letter(cp) || is_decimal_digit(cp) || is_mark(cp); }

bool continues_word(char32_t cp) {
  const bool ends_emoji = (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3 || is_emoji_modifier(cp);
  return cp == '_' || (is_word_char(cp) && !ends_emoji);
}

}  // namespace nib::text
