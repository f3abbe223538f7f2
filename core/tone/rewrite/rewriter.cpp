#include "tone/rewrite/rewriter.hpp"

#include <algorithm>
#include <bit>

#include "tone/features.hpp"
#include "tone/rewrite/transformations.hpp"

namespace nib::tone::rewrite {
namespace {

// Exhaustive over up to this many families (2^n combinations); beyond, greedy.
constexpr std::size_t kExhaustiveFamilies = 7;
// A candidate must move the objective (log-odds) at least this much to count as a rewrite.
constexpr double kMinGain = 0.05;
// Candidates rank by the objective plus this much per transformation used: between rewrites the
// tone model scores alike, the one doing more of what was asked wins; the model still vetoes a
// transformation that moves the post the wrong way.
constexpr double kFamilyBonus = 0.1;
constexpr std::string_view kCapitalize = "tone.rewrite.capitalize";

bool starts_lower(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

std::vector<Edit> combine(const std::vector<EditFamily>& families, unsigned mask) {
  std::vector<Edit> edits;
  for (std::size_t f = 0; f < families.size(); ++f) {
    if (!(mask & (1u << f))) continue;
    for (const auto& edit : families[f].edits) {
      const auto clash = std::find_if(edits.begin(), edits.end(),
                                      [&](const Edit& e) { return conflict(e, edit); });
      if (clash == edits.end()) {
        edits.push_back(edit);
      } else if (edit.code == kCapitalize && clash->begin == edit.begin &&
                 starts_lower(clash->replacement)) {
        // "hey" → "hello" and "hey" → "Hey" together: "Hello".
        clash->replacement[0] = static_cast<char>(clash->replacement[0] - 'a' + 'A');
      }
    }
  }
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  return edits;
}

}  // namespace

ToneReading read_tone(std::string_view text, const text::Segmentation& segmentation,
                      const ToneModel& model) {
  return model.read(tone_features(text, segmentation, model.valence()));
}

ToneReading read_tone(std::string_view text, const ToneModel& model) {
  return read_tone(text, text::segment(text), model);
}

Rewrite rewrite(std::string_view text, const text::Segmentation& segmentation, Goal goal,
                const ToneModel& model, std::size_t max_candidates) {
  Rewrite result;
  result.before = read_tone(text, segmentation, model);
  result.objective_before = objective(result.before, goal);
  const auto families = transformations(text, segmentation, goal);
  if (families.empty()) return result;

  std::vector<std::pair<double, Candidate>> scored;  // (rank, candidate)
  const auto evaluate = [&](unsigned mask) -> const Candidate& {
    Candidate c;
    c.edits = combine(families, mask);
    c.text = apply_edits(text, c.edits);
    c.tone = read_tone(c.text, model);
    c.objective = objective(c.tone, goal);
    const double rank = c.objective + kFamilyBonus * std::popcount(mask);
    scored.emplace_back(rank, std::move(c));
    return scored.back().second;
  };
  const std::size_t n = families.size();
  if (n <= kExhaustiveFamilies) {
    for (unsigned mask = 1; mask < (1u << n); ++mask) evaluate(mask);
  } else {
    // Greedy: add the family that helps most until none helps.
    unsigned chosen = 0;
    double best = result.objective_before;
    for (bool improved = true; improved;) {
      improved = false;
      unsigned best_mask = chosen;
      for (std::size_t f = 0; f < n; ++f) {
        if (chosen & (1u << f)) continue;
        const double value = evaluate(chosen | (1u << f)).objective;
        if (value > best + kMinGain) {
          best = value;
          best_mask = chosen | (1u << f);
          improved = true;
        }
      }
      chosen = best_mask;
    }
  }
  // Best first; at equal rank the smaller rewrite.
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second.edits.size() < b.second.edits.size();
  });
  for (auto& entry : scored) {
    Candidate& c = entry.second;
    if (result.candidates.size() >= max_candidates) break;
    if (c.objective < result.objective_before + kMinGain) continue;
    const bool seen = std::any_of(result.candidates.begin(), result.candidates.end(),
                                  [&](const Candidate& other) { return other.text == c.text; });
    if (!seen) result.candidates.push_back(std::move(c));
  }
  return result;
}

}  // namespace nib::tone::rewrite
