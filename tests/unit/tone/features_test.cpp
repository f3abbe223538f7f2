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

std::vector<std::uint32_t> features(const std::string& text, std::uint32_t buckets = 1u << 17,
                                    const nib::tone::ValenceLexicon& valence = test_valence()) {
  return nib::tone::tone_features(text, nib::text::segment(text), buckets, valence);
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

TEST_CASE("features are ids below the bucket count, the same for the same text") {
  const auto ids = features("Could you please send it? Thanks!! 😊 @maria #team", 1000);
  REQUIRE(!ids.empty());
  CHECK(std::all_of(ids.begin(), ids.end(), [](auto id) { return id < 1000; }));
  CHECK(ids == features("Could you please send it? Thanks!! 😊 @maria #team", 1000));
  CHECK(features("", 10).empty());
  CHECK(nib::tone::tone_features("x", nib::text::segment("x"), 0, test_valence()).empty());
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
  CHECK(shared_count(features("useless", 1u << 17, none), features("pathetic", 1u << 17, none)) ==
        2);
  CHECK(features("useless").size() == features("useless", 1u << 17, none).size() + 1);
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
