#pragma once
// Turns the model's per-position output into edit decisions. The model reports, per position, its
// best tag other than KEEP with that tag's probability, KEEP's probability and the probability that
// the token is wrong at all; thresholds tuned on the dev sets trade recall for precision.
#include <cstdint>
#include <span>
#include <vector>

#include "grammar/apply_tags.hpp"
#include "grammar/tag_set.hpp"
#include "grammar/vocabulary.hpp"

namespace nib::grammar {

struct DecodeOptions {
  double min_tag_probability = 0.5;
  double keep_bias = 0.0;  // added to KEEP's probability before comparing
  double min_error_probability = 0.5;
  int max_passes = 3;
};

struct PositionOutput {
  std::int64_t tag_index = 0;
  double tag_probability = 0;
  double keep_probability = 1;
  double error_probability = 0;
};

std::vector<Decision> decide(std::span<const PositionOutput> outputs, const TagSet& tags,
                             const DecodeOptions& options);

// The model sees a word outside its vocabulary only as <unk> and its ending, so it cannot tell a
// dish name from a typo of a common word ("carbonara" -> "written"). Decisions that depend on what
// such a word is are dropped: replacing, deleting or lowercasing it, and capitalizing it inside a
// sentence. Inflecting it stays (the inflection table, not the model, supplies the form), and so do
// words added around it and a capital for the first word.
std::vector<Decision> without_blind_edits(std::vector<Decision> decisions,
                                          std::span<const TrackedToken> tokens,
                                          const Vocabulary& vocabulary);

}  // namespace nib::grammar
