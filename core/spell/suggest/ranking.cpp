#include "spell/suggest/ranking.hpp"

#include <cmath>

namespace nib::spell::suggest_internal {

float max_edit_cost(std::size_t typed_letters) {
  if (typed_letters <= 2) return 1.0f;
  if (typed_letters <= 4) return 1.6f;
  if (typed_letters <= 6) return 2.2f;
  return 2.6f;
}

float rank_score(float cost, float frequency, float max_frequency, const RankingWeights& weights) {
  return weights.frequency * std::log(frequency / max_frequency) - cost;
}

}  // namespace nib::spell::suggest_internal
