#include "tone/site_targets.hpp"

#include <algorithm>
#include <array>

namespace nib::tone {
namespace {

constexpr std::array<ToneTarget, 4> kTargets{{
    {"general", "no expectation beyond not sounding rude"},
    {"professional", "formal or neutral, polite, confident (LinkedIn)"},
    {"casual", "casual is fine; only rudeness is noted (X, Reddit, Mastodon, Bluesky)"},
    {"friendly", "warm and polite, not stiff or negative (Facebook)"},
}};

constexpr std::array<Site, 6> kSites{{
    {"linkedin", "professional"},
    {"facebook", "friendly"},
    {"x", "casual"},
    {"reddit", "casual"},
    {"mastodon", "casual"},
    {"bluesky", "casual"},
}};

// A note needs the unwanted label to be the post's label with at least this probability: a post
// that is only a little casual on LinkedIn gets no note.
constexpr double kNoteProbability = 0.55;

struct Rule {
  std::string_view target;
  Dimension dimension;
  std::size_t unwanted;
  std::string_view code;
  std::string_view rewrite_to;
};

constexpr std::array<Rule, 10> kRules{{
    {"general", Dimension::politeness, kOtherPole, "tone.rude", "polite"},
    {"casual", Dimension::politeness, kOtherPole, "tone.rude", "polite"},
    {"professional", Dimension::politeness, kOtherPole, "tone.rude", "polite"},
    {"professional", Dimension::formality, kOtherPole, "tone.too_casual", "formal"},
    {"professional", Dimension::confidence, kOtherPole, "tone.too_tentative", "confident"},
    {"professional", Dimension::sentiment, kOtherPole, "tone.negative", "polite"},
    {"friendly", Dimension::politeness, kOtherPole, "tone.rude", "polite"},
    {"friendly", Dimension::formality, kPole, "tone.too_formal", "casual"},
    {"friendly", Dimension::sentiment, kOtherPole, "tone.negative", "friendly"},
    {"friendly", Dimension::confidence, kOtherPole, "tone.too_tentative", "confident"},
}};

}  // namespace

std::span<const ToneTarget> tone_targets() { return kTargets; }
std::span<const Site> sites() { return kSites; }

std::optional<ToneTarget> find_target(std::string_view name) {
  const auto found = std::find_if(kTargets.begin(), kTargets.end(),
                                  [&](const ToneTarget& t) { return t.name == name; });
  if (found == kTargets.end()) return std::nullopt;
  return *found;
}

std::vector<ToneNote> tone_notes(const ToneReading& reading, std::string_view target) {
  std::vector<ToneNote> notes;
  for (const auto& rule : kRules) {
    if (rule.target != target) continue;
    const auto& dimension = reading[rule.dimension];
    if (dimension.label != rule.unwanted || dimension.score() < kNoteProbability) continue;
    notes.push_back({std::string(rule.code), rule.dimension, rule.unwanted, dimension.score(),
                     rule.rewrite_to});
  }
  return notes;
}

}  // namespace nib::tone
