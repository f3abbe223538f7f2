#pragma once
// The lexicon held compactly: every word in one text buffer, most frequent first, so a word id is
// also its frequency rank (the indexes' id lists are then ordered best first for free).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "spell/suggest/lexicon.hpp"

namespace nib::spell::suggest_internal {

class WordStore {
 public:
  WordStore() = default;
  // Drops duplicates (keeping the highest frequency), words that are not valid UTF-8 and words
  // longer than kMaxWordLetters.
  explicit WordStore(std::vector<LexiconEntry> lexicon);

  std::size_t size() const { return frequencies_.size(); }
  std::string_view word(std::uint32_t id) const;
  float frequency(std::uint32_t id) const { return frequencies_[id]; }
  float max_frequency() const { return frequencies_.empty() ? 1.0f : frequencies_.front(); }
  std::size_t memory_bytes() const;

 private:
  std::string text_;
  std::vector<std::uint32_t> starts_;  // size() + 1 offsets into text_
  std::vector<float> frequencies_;     // descending
};

}  // namespace nib::spell::suggest_internal
