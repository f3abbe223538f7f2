#include <doctest/doctest.h>

#include <string>

#include "spell/suggest/letters.hpp"

using namespace nib::spell::suggest_internal;

TEST_CASE("decode_word round-trips valid UTF-8") {
  std::u32string letters;
  for (const std::string word : {"dream", "café", "naïve", "don't", "Łódź", "日本", "😀x"}) {
    REQUIRE(decode_word(word, letters));
    CHECK(encode_word(letters) == word);
  }
  REQUIRE(decode_word("café", letters));
  CHECK(letters == U"café");
}

TEST_CASE("decode_word rejects invalid UTF-8 and over-long words") {
  std::u32string letters;
  CHECK_FALSE(decode_word("\xff", letters));
  CHECK_FALSE(decode_word("caf\xc3", letters));           // truncated sequence
  CHECK_FALSE(decode_word("\xc0\xaf", letters));          // overlong
  CHECK_FALSE(decode_word("\xed\xa0\x80", letters));      // encoded surrogate
  CHECK_FALSE(decode_word("\xf4\x90\x80\x80", letters));  // above U+10FFFF
  CHECK_FALSE(decode_word(std::string(kMaxWordLetters + 1, 'a'), letters));
  CHECK(decode_word(std::string(kMaxWordLetters, 'a'), letters));
}

TEST_CASE("case mapping covers ASCII, Latin-1 and Latin Extended-A") {
  CHECK(lower_letter(U'A') == U'a');
  CHECK(lower_letter(U'É') == U'é');
  CHECK(lower_letter(U'Ł') == U'ł');
  CHECK(lower_letter(U'Ÿ') == U'ÿ');
  CHECK(lower_letter(U'Ž') == U'ž');
  CHECK(lower_letter(U'×') == U'×');
  CHECK(upper_letter(U'ß') == U'ß');
  CHECK(upper_letter(U'é') == U'É');
  CHECK(upper_letter(U'ÿ') == U'Ÿ');
  CHECK(upper_letter(U'ő') == U'Ő');
  CHECK(upper_letter(U'日') == U'日');
  for (char32_t c = 0; c < 0x180; ++c) {
    if (is_upper_letter(c)) CHECK(upper_letter(lower_letter(c)) == c);
  }
}

TEST_CASE("fold_accent gives the base letter") {
  CHECK(fold_accent(U'é') == U'e');
  CHECK(fold_accent(U'Ö') == U'O');
  CHECK(fold_accent(U'ł') == U'l');
  CHECK(fold_accent(U'ß') == U'ß');
  CHECK(fold_accent(U'a') == U'a');
  CHECK(is_vowel(U'ü'));
  CHECK_FALSE(is_vowel(U'ç'));
}
