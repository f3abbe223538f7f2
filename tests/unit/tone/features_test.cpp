#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "text/segmenter.hpp"
#include "tone/features.hpp"

namespace {

// A valence list of the test's own (the shipped one is AFINN-165's, inside tone.bin).
const nib::tone::ValenceLexicon& test_valence() {
  static const auto lexicon = [] {
    nib::tone::ValenceLexicon out;
    for (const auto& [word, score] : {std::pair{"useless", -2},
                                      {"pathetic", -2},
                                      {"awful", -3},
                                      {"cool", 1},
                                      {"thrilled", 5}}) {
      REQUIRE(out.add(word, score));
    }
    return out;
  }();
  return lexicon;
}

std::vector<std::uint32_t> features(const std::string& text,
                                    const nib::tone::ValenceLexicon& valence = test_valence()) {
  return nib::tone::tone_features(text, nib::text::segment(text), valence);
}

std::size_t shared_count(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  return static_cast<std::size_t>(std::count_if(
      a.begin(), a.end(), [&](auto id) { return std::find(b.begin(), b.end(), id) != b.end(); }));
}

bool shares(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  return std::any_of(a.begin(), a.end(),
                     [&](auto id) { return std::find(b.begin(), b.end(), id) != b.end(); });
}

}  // namespace

TEST_CASE("features are the same for the same text; no text has none") {
  const auto ids = features("Could you please send it? Thanks!! 😊 @maria #team");
  REQUIRE(ids.size() > 10);
  CHECK(ids == features("Could you please send it? Thanks!! 😊 @maria #team"));
  CHECK(features("").empty());
}

TEST_CASE("each member scatters the features over its rows with a seed of its own") {
  using nib::tone::member_row;
  const auto ids = features("Could you please send the report by Friday? Thanks!! 😊 @maria #team");
  for (std::uint32_t m = 0; m < 4; ++m) {
    CHECK(std::all_of(ids.begin(), ids.end(),
                      [&](auto id) { return member_row(id, m, 1000) < 1000; }));
  }
  // Two features that share a row in member 0's table (found by search) part in member 1's.
  const std::uint32_t rows = 64;
  std::uint32_t partner = 1;
  while (member_row(partner, 0, rows) != member_row(0, 0, rows)) ++partner;
  CHECK(member_row(partner, 1, rows) != member_row(0, 1, rows));
  // Over many features the members' rows agree no more often than chance (1 in 64).
  std::size_t same = 0;
  for (std::uint32_t f = 0; f < 6400; ++f) same += member_row(f, 0, rows) == member_row(f, 1, rows);
  CHECK(same < 200);
  // Every row of a table is used.
  std::vector<bool> used(rows);
  for (std::uint32_t f = 0; f < 6400; ++f) used[member_row(f * 7919u, 2, rows)] = true;
  CHECK(std::all_of(used.begin(), used.end(), [](bool b) { return b; }));
}

TEST_CASE("spellings of one word share its feature; different words do not") {
  // Case, curly apostrophes and stretched letters are the same word to the tone model.
  CHECK(shares(features("SOOOO"), features("soo")));
  CHECK(shares(features("don’t"), features("don't")));
  const auto a = features("apple"), b = features("banana");
  // Only the shape is common: a lower-case start and no end mark.
  CHECK(shared_count(a, b) == 2);
}

TEST_CASE("long words share a feature of their own") {
  // Ten letters or more: the shape cues plus the long-word mark.
  CHECK(shared_count(features("acknowledge"), features("legislation")) == 3);
  CHECK(shared_count(features("announce"), features("postponed")) == 2);
}

TEST_CASE("words of one valence class share a feature, and one more when aimed at the reader") {
  // useless and pathetic (both mildly negative): the shape cues plus the class.
  CHECK(shared_count(features("useless"), features("pathetic")) == 3);
  CHECK(shared_count(features("useless"), features("awful")) == 2);  // another class
  const nib::tone::ValenceLexicon none;
  CHECK(shared_count(features("useless", none), features("pathetic", none)) == 2);
  CHECK(features("useless").size() == features("useless", none).size() + 1);
  // "you" in the same sentence adds the addressed class; in another sentence it does not.
  const auto aimed = features("you are useless");
  CHECK(aimed.size() == features("you are fine").size() + 2);
  CHECK(shared_count(aimed, features("ur so pathetic")) >
        shared_count(aimed, features("so pathetic")));
  CHECK(features("You are here. Useless.").size() == features("You are here. Fine.").size() + 1);
}

TEST_CASE("mentions, links and emoji count as their kind, not their text") {
  // Two mentions read alike; the emoji itself is a feature too (😊 and 😡 differ).
  const auto maria = features("@maria"), john = features("@john");
  CHECK(maria == john);
  CHECK(features("https://a.example/x") == features("https://b.example/y"));
  CHECK(features("😊") != features("😡"));
}
