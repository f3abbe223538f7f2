#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/segmenter.hpp"
#include "tone/features.hpp"

namespace {

std::vector<std::uint32_t> features(const std::string& text, std::uint32_t buckets = 1u << 17) {
  return nib::tone::tone_features(text, nib::text::segment(text), buckets);
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
  CHECK(nib::tone::tone_features("x", nib::text::segment("x"), 0).empty());
}

TEST_CASE("spellings of one word share its feature; different words do not") {
  // Case, curly apostrophes and stretched letters are the same word to the tone model.
  CHECK(shares(features("SOOOO"), features("soo")));
  CHECK(shares(features("don’t"), features("don't")));
  const auto a = features("apple"), b = features("banana");
  // Only the shape is common: a lower-case start and no end mark.
  CHECK(std::count_if(a.begin(), a.end(),
                      [&](auto id) { return std::find(b.begin(), b.end(), id) != b.end(); }) == 2);
}

TEST_CASE("mentions, links and emoji count as their kind, not their text") {
  // Two mentions read alike; the emoji itself is a feature too (😊 and 😡 differ).
  const auto maria = features("@maria"), john = features("@john");
  CHECK(maria == john);
  CHECK(features("https://a.example/x") == features("https://b.example/y"));
  CHECK(features("😊") != features("😡"));
}
