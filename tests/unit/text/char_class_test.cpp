#include <doctest/doctest.h>

#include <initializer_list>

#include "text/char_class.hpp"

namespace nib::text {
namespace {

TEST_CASE("letters of any script, and only letters") {
  for (const char32_t cp : {U'a', U'Z', U'é', U'ß', U'Ж', U'ع', U'ש', U'日', U'ひ', U'한', U'ก',
                            U'\x02BC' /* modifier letter apostrophe */}) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(is_letter(cp));
  }
  for (const char32_t cp : {U'1', U' ', U'.', U'-', U'\x0301', U'\x1F600', U'€', U'\xFFFD'}) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK_FALSE(is_letter(cp));
  }
}

TEST_CASE("case, marks, digits, punctuation and currency") {
  CHECK(is_uppercase(U'A'));
  CHECK(is_uppercase(U'É'));
  CHECK(is_uppercase(U'Ж'));
  CHECK_FALSE(is_uppercase(U'a'));
  CHECK_FALSE(is_uppercase(U'日'));
  CHECK(is_lowercase(U'ж'));
  CHECK_FALSE(is_lowercase(U'Ж'));
  CHECK(is_mark(U'\x0301'));
  CHECK(is_mark(U'\x064B'));  // Arabic fathatan
  CHECK(is_mark(U'\xFE0F'));
  CHECK(is_decimal_digit(U'7'));
  CHECK(is_decimal_digit(U'\x0663'));  // Arabic-Indic three
  CHECK_FALSE(is_decimal_digit(U'²'));
  CHECK(is_punctuation(U'.'));
  CHECK(is_punctuation(U'…'));
  CHECK(is_punctuation(U'。'));
  CHECK(is_punctuation(U'’'));
  CHECK_FALSE(is_punctuation(U'+'));
  CHECK(is_currency_symbol(U'$'));
  CHECK(is_currency_symbol(U'€'));
  CHECK(is_currency_symbol(U'₹'));
}

TEST_CASE("whitespace, line breaks, controls and format characters") {
  CHECK(is_whitespace(U' '));
  CHECK(is_whitespace(U'\t'));
  CHECK(is_whitespace(U'\x00A0'));
  CHECK(is_whitespace(U'\x3000'));
  CHECK_FALSE(is_whitespace(U'\x200B'));  // zero width space is format, not White_Space
  CHECK(is_line_break(U'\n'));
  CHECK(is_line_break(U'\x2029'));
  CHECK_FALSE(is_line_break(U' '));
  CHECK(is_control(U'\x07'));
  CHECK(is_control(U'\x9F'));
  CHECK(is_format(U'\x200D'));
  CHECK(is_format(U'\x00AD'));
  CHECK(is_format(U'\xE0067'));  // tag g
}

TEST_CASE("emoji properties") {
  CHECK(is_extended_pictographic(U'\x1F600'));
  CHECK(is_extended_pictographic(U'\x2764'));
  CHECK(is_extended_pictographic(U'©'));
  CHECK_FALSE(is_extended_pictographic(U'#'));
  CHECK_FALSE(is_extended_pictographic(U'\x1F1EF'));
  CHECK(is_emoji_modifier(U'\x1F3FB'));
  CHECK(is_emoji_modifier(U'\x1F3FF'));
  CHECK_FALSE(is_emoji_modifier(U'\x1F3FA'));
  CHECK(is_regional_indicator(U'\x1F1E6'));
  CHECK(is_regional_indicator(U'\x1F1FF'));
  CHECK_FALSE(is_regional_indicator(U'\x1F200'));
}

TEST_CASE("word continuation excludes the marks that end an emoji") {
  CHECK(continues_word(U'a'));
  CHECK(continues_word(U'_'));
  CHECK(continues_word(U'\x0301'));
  CHECK_FALSE(continues_word(U'\xFE0F'));
  CHECK_FALSE(continues_word(U'\x20E3'));
  CHECK_FALSE(continues_word(U'\x1F3FD'));
  CHECK_FALSE(continues_word(U'-'));
}

TEST_CASE("the last code points of each plane do not break the search") {
  CHECK_FALSE(is_letter(U'\x10FFFF'));
  CHECK_FALSE(is_mark(U'\0'));
  CHECK(is_letter(U'\x20000'));  // CJK extension B, listed as a range in UnicodeData.txt
  CHECK(is_letter(U'\xAC00'));   // first Hangul syllable
  CHECK(is_letter(U'\xD7A3'));   // last Hangul syllable
}

}  // namespace
}  // namespace nib::text
