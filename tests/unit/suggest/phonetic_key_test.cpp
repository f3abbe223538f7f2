#include <doctest/doctest.h>

#include "spell/suggest/phonetic_key.hpp"

using namespace nib::spell::suggest_internal;

TEST_CASE("sound-alike spellings share a key") {
  CHECK(phonetic_key(U"definately") == phonetic_key(U"definitely"));
  CHECK(phonetic_key(U"wich") == phonetic_key(U"which"));
  CHECK(phonetic_key(U"tommorow") == phonetic_key(U"tomorrow"));
  CHECK(phonetic_key(U"becouse") == phonetic_key(U"because"));
  CHECK(phonetic_key(U"recieve") == phonetic_key(U"receive"));
  CHECK(phonetic_key(U"fone") == phonetic_key(U"phone"));
  CHECK(phonetic_key(U"nite") == phonetic_key(U"night"));
  CHECK(phonetic_key(U"probly") == phonetic_key(U"probably"));
  CHECK(phonetic_key(U"cafe") == phonetic_key(U"café"));
  CHECK(phonetic_key(U"dont") == phonetic_key(U"don't"));
}

TEST_CASE("different sounds keep different keys") {
  CHECK(phonetic_key(U"dream") != phonetic_key(U"dress"));
  CHECK(phonetic_key(U"cat") != phonetic_key(U"map"));
  CHECK(phonetic_key(U"") == U"");
  CHECK(phonetic_key(U"日本") == U"日本");
}
