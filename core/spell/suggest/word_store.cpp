#include "spell/suggest/word_store.hpp"

#include <algorithm>
#include <cmath>

#include "spell/suggest/letters.hpp"

namespace nib::spell::suggest_internal {

WordStore::WordStore(std::vector<LexiconEntry> lexicon) {
  std::u32string letters;
  std::erase_if(lexicon, [&](const LexiconEntry& entry) {
    const bool usable_frequency = std::isfinite(entry.frequency) && entry.frequency > 0.0f;
    return entry.word.empty() || !usable_frequency || !decode_word(entry.word, letters);
  });
  // Same word twice: keep the higher frequency, which sorts first.
  std::sort(lexicon.begin(), lexicon.end(), [](const LexiconEntry& a, const LexiconEntry& b) {
    return a.word != b.word ? a.word < b.word : a.frequency > b.frequency;
  });
  lexicon.erase(
      std::unique(lexicon.begin(), lexicon.end(),
                  [](const LexiconEntry& a, const LexiconEntry& b) { return a.word == b.word; }),
      lexicon.end());
  std::stable_sort(
      lexicon.begin(), lexicon.end(),
      [](const LexiconEntry& a, const LexiconEntry& b) { return a.frequency > b.frequency; });
  std::size_t bytes = 0;
  for (const LexiconEntry& entry : lexicon) bytes += entry.word.size();
  text_.reserve(bytes);
  starts_.reserve(lexicon.size() + 1);
  frequencies_.reserve(lexicon.size());
  for (const LexiconEntry& entry : lexicon) {
    starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    text_ += entry.word;
    frequencies_.push_back(entry.frequency);
  }
  starts_.push_back(static_cast<std::uint32_t>(text_.size()));
}

std::string_view WordStore::word(std::uint32_t id) const {
  return std::string_view(text_).substr(starts_[id], starts_[id + 1] - starts_[id]);
}

std::size_t WordStore::memory_bytes() const {
  return text_.capacity() + starts_.capacity() * sizeof(std::uint32_t) +
         frequencies_.capacity() * sizeof(float);
}

}  // namespace nib::spell::suggest_internal
