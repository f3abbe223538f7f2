#include <doctest/doctest.h>

#include "spell/suggest/edit_cost.hpp"

using namespace nib::spell::suggest_internal;

namespace {
constexpr float kWide = 100.0f;
float cost(std::u32string_view typed, std::u32string_view word) {
  return edit_cost(typed, word, kWide);
}
}  // namespace

TEST_CASE("identical words cost nothing") {
  CHECK(cost(U"dream", U"dream") == 0.0f);
  CHECK(cost(U"", U"") == 0.0f);
}

TEST_CASE("an arbitrary edit costs one, plus the edge penalties") {
  const EditWeights w;
  CHECK(cost(U"cat", U"cut") == doctest::Approx(w.vowel));
  CHECK(cost(U"bxlk", U"bulk") == doctest::Approx(1.0f));
  CHECK(cost(U"bulk", U"bulkx") == doctest::Approx(1.0f + w.last_letter));
  CHECK(cost(U"xbulk", U"bulk") == doctest::Approx(1.0f + w.first_letter));
}

TEST_CASE("likely slips are cheaper than arbitrary edits") {
  const float arbitrary = cost(U"dxeam", U"dream");
  CHECK(cost(U"dteam", U"dream") < arbitrary);  // t is next to r on QWERTY
  CHECK(cost(U"dreem", U"dream") < arbitrary);  // vowel for vowel
  CHECK(cost(U"untill", U"until") < cost(U"untilk", U"until"));
  CHECK(cost(U"tomorow", U"tomorrow") < cost(U"tomoow", U"tomorrow"));
  CHECK(cost(U"recieve", U"receive") < 2 * cost(U"recxeve", U"receive"));
  CHECK(cost(U"dont", U"don't") < cost(U"dont", U"done"));
  CHECK(cost(U"cafe", U"café") < 0.2f);
  CHECK(cost(U"wich", U"which") < cost(U"wxch", U"which"));
}

TEST_CASE("dream is closer to dreem than dress is") {
  CHECK(cost(U"dreem", U"dream") < cost(U"dreem", U"dress"));
}

TEST_CASE("the bound cuts far candidates short") {
  CHECK(edit_cost(U"dreem", U"dream", 0.1f) > 0.1f);
  CHECK(edit_cost(U"abcdefgh", U"zyxwvuts", 2.0f) > 2.0f);
  CHECK(edit_cost(U"dreem", U"dream", 2.0f) <= 2.0f);
}

TEST_CASE("costs are symmetric for plain edits") {
  CHECK(cost(U"form", U"from") == doctest::Approx(cost(U"from", U"form")));
  CHECK(cost(U"bulk", U"bxlk") == doctest::Approx(cost(U"bxlk", U"bulk")));
}
