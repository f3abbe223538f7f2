#pragma once
// How candidates are ranked: a weighted edit cost traded against how common the word is, and how
// far from the typed word a candidate may be at all. Tuned on learner misspellings (see
// bench/spell_quality).
#include <cstddef>

namespace nib::spell::suggest_internal {

struct RankingWeights {
  // Score per unit of natural-log frequency: 0.3 means a word e^(1/0.3) (about 28) times as
  // common outweighs one whole edit.
  float frequency = 0.3f;
  // Cost of proposing two words for one ("alot" -> "a lot"), on top of the rarity of two words
  // in a row (the product of their frequencies).
  float split = 0.8f;
  // A one-letter word is split off only when it is about as common as "a" and "I"; rarer ones
  // ("u", "b") turn almost any word into a bogus split.
  float one_letter_split_share = 0.1f;
  // Frequency given to personal-dictionary words, as a share of the most common word's.
  float personal_share = 1e-3f;
};

inline constexpr RankingWeights kRankingWeights{};

// Highest edit cost worth suggesting for a typed word of this many letters: short words allow
// little, since every short word is near many others.
float max_edit_cost(std::size_t typed_letters);

// Higher is better. `frequency` and `max_frequency` > 0.
float rank_score(float cost, float frequency, float max_frequency,
                 const RankingWeights& weights = kRankingWeights);

}  // namespace nib::spell::suggest_internal
