#pragma once
// The lookups over the lexicon: which words may be near a typed word (symmetric-delete keys plus
// sound-alike keys), and which words are exactly a given lowercase form (for splits).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "spell/suggest/hash_postings.hpp"
#include "spell/suggest/word_store.hpp"

namespace nib::spell::suggest_internal {

class LexiconIndex {
 public:
  LexiconIndex() = default;
  explicit LexiconIndex(const WordStore& words);

  // Sets `ids` to the sorted, unique ids of words that may be within a few edits of `typed`
  // (lowercase). A superset: callers verify with the edit cost.
  void near(std::u32string_view typed, std::vector<std::uint32_t>& ids) const;

  // Sets `ids` to the words whose lowercase form may be `lower`, most frequent first. Hash
  // collisions are possible: callers compare.
  void exact(std::u32string_view lower, std::vector<std::uint32_t>& ids) const;

  std::size_t memory_bytes() const;

 private:
  HashPostings deletes_;
  HashPostings sounds_;
  HashPostings exact_;
};

}  // namespace nib::spell::suggest_internal
