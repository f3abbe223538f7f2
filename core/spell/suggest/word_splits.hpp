#pragma once
// Two words typed without the space between them: "alot" -> "a lot", "noone" -> "no one".
#include <cstdint>
#include <string_view>
#include <vector>

#include "spell/suggest/lexicon_index.hpp"
#include "spell/suggest/ranking.hpp"
#include "spell/suggest/word_store.hpp"

namespace nib::spell::suggest_internal {

struct WordSplit {
  std::uint32_t left;  // lexicon ids
  std::uint32_t right;
  float score;  // rank_score scale
};

// Every way to cut `lower` (a lowercase typed word) into two lexicon words, each in its most
// frequent spelling. Appends to `out`.
void propose_splits(std::u32string_view lower, const WordStore& words, const LexiconIndex& index,
                    std::vector<WordSplit>& out, const RankingWeights& weights = kRankingWeights);

}  // namespace nib::spell::suggest_internal
