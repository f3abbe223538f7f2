#pragma once
// Rewrites a post toward a goal: every combination of the transformations that apply is read by
// the tone model, and the combinations that move the post furthest toward the goal come back best
// first. The host then checks each with the grammar model and offers the first with no new error.
#include <string>
#include <string_view>
#include <vector>

#include "text/segmenter.hpp"
#include "tone/rewrite/edit.hpp"
#include "tone/rewrite/goals.hpp"
#include "tone/tone_model.hpp"

namespace nib::tone::rewrite {

struct Candidate {
  std::string text;
  std::vector<Edit> edits;  // into the original text, sorted
  ToneReading tone;
  double objective;
};

struct Rewrite {
  ToneReading before;
  double objective_before;
  std::vector<Candidate> candidates;  // best first; empty when nothing moves the post
};

inline constexpr std::size_t kMaxCandidates = 3;

Rewrite rewrite(std::string_view text, const text::Segmentation& segmentation, Goal goal,
                const ToneModel& model, std::size_t max_candidates = kMaxCandidates);

// The tone model's reading of a whole text (segments it).
ToneReading read_tone(std::string_view text, const ToneModel& model);
ToneReading read_tone(std::string_view text, const text::Segmentation& segmentation,
                      const ToneModel& model);

}  // namespace nib::tone::rewrite
