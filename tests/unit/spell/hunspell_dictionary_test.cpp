#include <doctest/doctest.h>

#include "dictionary_files.hpp"
#include "errors/error.hpp"
#include "spell/hunspell_dictionary.hpp"

using nib::spell::HunspellDictionary;

TEST_CASE("Hunspell loads the Debian dictionaries from memory") {
  HunspellDictionary us(nib::test::dictionary_file("en_US.aff"),
                        nib::test::dictionary_file("en_US.dic"));
  CHECK(us.accepts("dream"));
  CHECK(us.accepts("Dream"));
  CHECK(us.accepts("don't"));
  CHECK(us.accepts("don’t"));  // ICONV in the .aff maps the curly apostrophe
  CHECK_FALSE(us.accepts("dreem"));
  CHECK_FALSE(us.accepts("colour"));
  us.add("zorbly");
  CHECK(us.accepts("zorbly"));
}

TEST_CASE("bytes that are not a dictionary are a clear error") {
  CHECK_THROWS_WITH_AS(HunspellDictionary("", "1\nword\n"), "the .aff data is empty", nib::Error);
  CHECK_THROWS_AS(HunspellDictionary("SET UTF-8\n", "not a dictionary"), nib::Error);
  CHECK_THROWS_AS(HunspellDictionary("SET ISO8859-1\n", "1\nword\n"), nib::Error);
}

TEST_CASE("a tiny in-memory dictionary works") {
  HunspellDictionary tiny("SET UTF-8\nTRY abc\n", "2\nnib\nwriting\n");
  CHECK(tiny.accepts("nib"));
  CHECK(tiny.accepts("writing"));
  CHECK_FALSE(tiny.accepts("nob"));
}
