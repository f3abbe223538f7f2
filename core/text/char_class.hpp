#pragma once
// Unicode character classes the text module needs, from tables generated out of the Unicode
// Character Database (scripts/gen_unicode_tables.mjs), so the core needs no ICU.
namespace nib::text {

bool is_letter(char32_t cp);           // General_Category L*
bool is_uppercase(char32_t cp);        // Lu
bool is_lowercase(char32_t cp);        // Ll
bool is_mark(char32_t cp);             // M* (combining marks, including variation selectors)
bool is_decimal_digit(char32_t cp);    // Nd, any script
bool is_punctuation(char32_t cp);      // P*
bool is_currency_symbol(char32_t cp);  // Sc
bool is_format(char32_t cp);           // Cf: ZWJ, ZWNJ, soft hyphen, bidi marks, tags...
bool is_control(char32_t cp);          // Cc
bool is_whitespace(char32_t cp);       // White_Space
bool is_line_break(char32_t cp);       // LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR
bool is_extended_pictographic(char32_t cp);
bool is_emoji_modifier(char32_t cp);  // skin tones U+1F3FB..U+1F3FF
bool is_regional_indicator(char32_t cp);

inline bool is_ascii_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool is_ascii_upper(char32_t cp) { return cp >= 'A' && cp <= 'Z'; }
inline bool is_ascii_lower(char32_t cp) { return cp >= 'a' && cp <= 'z'; }
inline bool is_ascii_letter(char32_t cp) { return is_ascii_upper(cp) || is_ascii_lower(cp); }
inline bool is_ascii_alnum(char32_t cp) { return is_ascii_letter(cp) || is_ascii_digit(cp); }

// Letters, marks and digits: what a word is made of.
bool is_word_char(char32_t cp);

// Whether `cp` before a position means the position is inside a word, so that `#`, `@` or `$`
// there cannot start a hashtag, mention or cashtag. Emoji presentation selectors, skin tones and
// the keycap mark are marks that end an emoji, not a word.
bool continues_word(char32_t cp);

}  // namespace nib::text
