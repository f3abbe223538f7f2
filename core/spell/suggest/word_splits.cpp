#include "spell/suggest/word_splits.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "spell/suggest/letters.hpp"

namespace nib::spell::suggest_internal {
namespace {

// The most frequent lexicon word whose lowercase form is `lower` (ids are frequency ranks).
std::optional<std::uint32_t> find_word(std::u32string_view lower, const WordStore& words,
                                       const LexiconIndex& index) {
  std::u32string letters;
  std::vector<std::uint32_t> ids;
  index.exact(lower, ids);
  for (const std::uint32_t id : ids) {
    if (decode_word(words.word(id), letters)) {
      lower_word(letters);
      if (letters == lower) return id;
    }
  }
  return std::nullopt;
}

}  // namespace

void propose_splits(std::u32string_view lower, const WordStore& words, const LexiconIndex& index,
                    std::vector<WordSplit>& out, const RankingWeights& weights) {
  const float one_letter_min = words.max_frequency() * weights.one_letter_split_share;
  auto usable = [&](std::u32string_view part) -> std::optional<std::uint32_t> {
    const auto id = find_word(part, words, index);
    if (id && part.size() == 1 && words.frequency(*id) < one_letter_min) return std::nullopt;
    return id;
  };
  for (std::size_t at = 1; at < lower.size(); ++at) {
    const auto left = usable(lower.substr(0, at));
    if (!left) continue;
    const auto right = usable(lower.substr(at));
    if (!right) continue;
    // Two words are as likely as both occurring: the product of their frequencies.
    const float max = words.max_frequency();
    const float both = words.frequency(*left) / max * words.frequency(*right);
    out.push_back({*left, *right, rank_score(weights.split, both, max, weights)});
  }
}

}  // namespace nib::spell::suggest_internal
