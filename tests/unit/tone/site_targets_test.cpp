#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tone/site_targets.hpp"

using namespace nib::tone;

namespace {

ToneReading reading(std::size_t formality, std::size_t politeness, double p = 0.9) {
  ToneReading r;
  for (auto& d : r.dimensions) {
    d.probabilities = {0.1, 0.8, 0.1};
    d.label = kNeutral;
  }
  const auto set = [&](Dimension dim, std::size_t label) {
    auto& d = r.dimensions[static_cast<std::size_t>(dim)];
    d.probabilities = {(1 - p) / 2, (1 - p) / 2, (1 - p) / 2};
    d.probabilities[label] = p;
    d.label = label;
  };
  set(Dimension::formality, formality);
  set(Dimension::politeness, politeness);
  return r;
}

std::vector<std::string> codes(const ToneReading& r, std::string_view target) {
  std::vector<std::string> out;
  for (const auto& note : tone_notes(r, target)) out.push_back(note.code);
  return out;
}

}  // namespace

TEST_CASE("LinkedIn's professional target notes a casual post; casual sites do not") {
  const auto casual = reading(kOtherPole, kNeutral);
  CHECK(codes(casual, "professional") == std::vector<std::string>{"tone.too_casual"});
  CHECK(codes(casual, "casual").empty());
  CHECK(codes(casual, "general").empty());
  const auto notes = tone_notes(casual, "professional");
  CHECK(notes[0].rewrite_to == "formal");
  CHECK(notes[0].dimension == Dimension::formality);
}

TEST_CASE("rudeness is noted everywhere; stiffness only where friendly is expected") {
  const auto rude = reading(kNeutral, kOtherPole);
  for (const auto& target : tone_targets()) {
    CAPTURE(target.name);
    const auto found = codes(rude, target.name);
    CHECK(std::find(found.begin(), found.end(), "tone.rude") != found.end());
  }
  const auto stiff = reading(kPole, kNeutral);
  CHECK(codes(stiff, "friendly") == std::vector<std::string>{"tone.too_formal"});
  CHECK(codes(stiff, "professional").empty());
}

TEST_CASE("a post only a little casual gets no note") {
  CHECK(codes(reading(kOtherPole, kNeutral, 0.5), "professional").empty());
}

TEST_CASE("targets and sites") {
  CHECK(find_target("professional").has_value());
  CHECK_FALSE(find_target("shouty").has_value());
  for (const auto& site : sites()) CHECK(find_target(site.default_target).has_value());
}
