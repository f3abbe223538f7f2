// Model edits stay inside the writer's dialect, judged by the real Debian dictionaries.
#include <doctest/doctest.h>

#include "../spell/dictionary_files.hpp"
#include "api/dialect_fit.hpp"

namespace {

nib::spell::SpellChecker& british_and_american() {
  static nib::spell::SpellChecker spell = [] {
    nib::spell::SpellChecker s;
    s.load_dictionary("en-US", nib::test::dictionary_file("en_US.aff"),
                      nib::test::dictionary_file("en_US.dic"));
    s.load_dictionary("en-GB", nib::test::dictionary_file("en_GB.aff"),
                      nib::test::dictionary_file("en_GB.dic"));
    return s;
  }();
  return spell;
}

}  // namespace

using nib::api::fits_dialect;

TEST_CASE("with any dialect, a word is not swapped for another dialect's spelling") {
  auto& spell = british_and_american();
  CHECK_FALSE(fits_dialect(spell, "any", "grammar.word_choice", "practice", "practise"));
  CHECK_FALSE(fits_dialect(spell, "any", "grammar.word_choice", "center", "centre"));
  CHECK_FALSE(fits_dialect(spell, "any", "grammar.confused_word", "the color", "the colour"));
  // Words every dictionary accepts, and inflections whatever dialect their form belongs to.
  CHECK(fits_dialect(spell, "any", "grammar.confused_word", "loose", "lose"));
  CHECK(fits_dialect(spell, "any", "grammar.verb.form", "travel", "travelled"));
  CHECK(fits_dialect(spell, "any", "grammar.verb.agreement", "go", "goes"));
}

TEST_CASE("with a named dialect, every new word must be in its dictionary") {
  auto& spell = british_and_american();
  CHECK_FALSE(fits_dialect(spell, "en-US", "grammar.verb.form", "travel", "travelled"));
  CHECK(fits_dialect(spell, "en-US", "grammar.verb.form", "travel", "traveled"));
  CHECK(fits_dialect(spell, "en-GB", "grammar.word_choice", "practice", "practise"));
  CHECK_FALSE(fits_dialect(spell, "en-US", "grammar.word_choice", "practice", "practise"));
  // A word the dictionary rejects that the writer already typed is not the model's doing.
  CHECK(fits_dialect(spell, "en-US", "grammar.article.missing", "colour", "the colour"));
}

TEST_CASE("only the words an edit adds are judged, as written") {
  auto& spell = british_and_american();
  CHECK(fits_dialect(spell, "en-US", "grammar.word.missing", "went", "I went"));
  CHECK(fits_dialect(spell, "any", "grammar.word.missing", "Mark", "Mark's"));
  CHECK(fits_dialect(spell, "en-US", "punctuation.missing", "home", "home."));
  CHECK(fits_dialect(spell, "en-US", "grammar.word.missing", "at 10", "at 10am"));
  CHECK_FALSE(fits_dialect(spell, "en-US", "grammar.word_choice", "house", "hoose"));
}

TEST_CASE("the writer's personal dictionary counts as accepted") {
  auto& spell = british_and_american();
  spell.set_personal_words({"Oluwaseun"});
  CHECK(fits_dialect(spell, "en-US", "grammar.word.missing", "met", "met Oluwaseun"));
  spell.set_personal_words({});
  CHECK_FALSE(fits_dialect(spell, "en-US", "grammar.word.missing", "met", "met Oluwaseun"));
}

TEST_CASE("without a dictionary for the dialect there is nothing to judge by") {
  nib::spell::SpellChecker none;
  CHECK(fits_dialect(none, "any", "grammar.word_choice", "practice", "practise"));
  CHECK(fits_dialect(british_and_american(), "en-AU", "grammar.word_choice", "center", "centre"));
}
