#include <doctest/doctest.h>

#include <string>

#include "spell/suggest/lexicon.hpp"

using nib::spell::parse_lexicon;

TEST_CASE("parse_lexicon reads word<TAB>frequency lines") {
  const auto entries =
      parse_lexicon("# comment\n\nthe\t95274\nI'm\t8737.5\r\ncafé\t5e1\nMonday\t0.25\n");
  REQUIRE(entries.size() == 4);
  CHECK(entries[0].word == "the");
  CHECK(entries[0].frequency == doctest::Approx(95274.0f));
  CHECK(entries[1].word == "I'm");
  CHECK(entries[1].frequency == doctest::Approx(8737.5f));
  CHECK(entries[2].word == "café");
  CHECK(entries[2].frequency == doctest::Approx(50.0f));
  CHECK(entries[3].word == "Monday");
}

TEST_CASE("parse_lexicon skips malformed lines") {
  const std::string text =
      "nofrequency\n"
      "\t12\n"
      "zero\t0\n"
      "negative\t-3\n"
      "letters\tabc\n"
      "trailing\t12x\n"
      "two tabs\t1\t2\n"
      "with space\t3\n"
      "huge\t1e999\n"
      "bad\xff\t3\n"
      "exp\t1e\n"
      "dot\t.\n"
      "good\t7\n";
  const auto entries = parse_lexicon(text);
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].word == "good");
}

TEST_CASE("parse_lexicon survives arbitrary bytes") {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  CHECK_NOTHROW(parse_lexicon(bytes));
  CHECK(parse_lexicon("").empty());
  CHECK(parse_lexicon("last\t2").size() == 1);
}
