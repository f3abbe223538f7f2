#include <doctest/doctest.h>

#include "spell/suggest/case_pattern.hpp"

using namespace nib::spell::suggest_internal;

TEST_CASE("word_case_of") {
  CHECK(word_case_of(U"dreem") == WordCase::lower);
  CHECK(word_case_of(U"Dreem") == WordCase::title);
  CHECK(word_case_of(U"DREEM") == WordCase::upper);
  CHECK(word_case_of(U"dREEM") == WordCase::mixed);
  CHECK(word_case_of(U"DrEEm") == WordCase::mixed);
  CHECK(word_case_of(U"A") == WordCase::title);
  CHECK(word_case_of(U"ÉTÉ") == WordCase::upper);
  CHECK(word_case_of(U"DON'T") == WordCase::upper);
  CHECK(word_case_of(U"'Tis") == WordCase::title);
  CHECK(word_case_of(U"") == WordCase::lower);
}

TEST_CASE("apply_word_case follows the typed word but keeps a word's own capitals") {
  CHECK(apply_word_case(U"dream", WordCase::lower) == "dream");
  CHECK(apply_word_case(U"dream", WordCase::title) == "Dream");
  CHECK(apply_word_case(U"dream", WordCase::upper) == "DREAM");
  CHECK(apply_word_case(U"dream", WordCase::mixed) == "dream");
  CHECK(apply_word_case(U"Monday", WordCase::lower) == "Monday");
  CHECK(apply_word_case(U"iPhone", WordCase::title) == "iPhone");
  CHECK(apply_word_case(U"I'm", WordCase::lower) == "I'm");
  CHECK(apply_word_case(U"don't", WordCase::upper) == "DON'T");
  CHECK(apply_word_case(U"été", WordCase::title) == "Été");
  CHECK(apply_word_case(U"a lot", WordCase::title) == "A lot");
}
