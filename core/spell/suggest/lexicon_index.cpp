#include "spell/suggest/lexicon_index.hpp"

#include <algorithm>
#include <string>

#include "spell/suggest/delete_keys.hpp"
#include "spell/suggest/letters.hpp"
#include "spell/suggest/phonetic_key.hpp"

namespace nib::spell::suggest_internal {
namespace {

// Short sound-alike keys ("BK") are shared by hundreds of words; only the most frequent few are
// worth verifying, and ids are frequency ranks, so they come first.
constexpr std::size_t kMaxSoundAlike = 200;

std::uint32_t hash_of(std::u32string_view letters) {
  return hash_letters(letters.data(), letters.size());
}

}  // namespace

LexiconIndex::LexiconIndex(const WordStore& words) {
  const auto count = static_cast<std::uint32_t>(words.size());
  std::u32string lower;
  auto lower_of = [&](std::uint32_t id) -> std::u32string_view {
    decode_word(words.word(id), lower);
    lower_word(lower);
    return lower;
  };
  deletes_ = HashPostings(count, [&](std::uint32_t id, std::vector<std::uint32_t>& keys) {
    keys.clear();
    append_word_delete_keys(lower_of(id), keys);
  });
  sounds_ = HashPostings(count, [&](std::uint32_t id, std::vector<std::uint32_t>& keys) {
    keys.assign(1, hash_of(phonetic_key(lower_of(id))));
  });
  exact_ = HashPostings(count, [&](std::uint32_t id, std::vector<std::uint32_t>& keys) {
    keys.assign(1, hash_of(lower_of(id)));
  });
}

void LexiconIndex::near(std::u32string_view typed, std::vector<std::uint32_t>& ids) const {
  ids.clear();
  std::vector<std::uint32_t> keys;
  typed_delete_keys(typed, keys);
  for (const std::uint32_t key : keys) deletes_.append(key, ids);
  sounds_.append(hash_of(phonetic_key(typed)), ids, kMaxSoundAlike);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

void LexiconIndex::exact(std::u32string_view lower, std::vector<std::uint32_t>& ids) const {
  ids.clear();
  exact_.append(hash_of(lower), ids);
}

std::size_t LexiconIndex::memory_bytes() const {
  return deletes_.memory_bytes() + sounds_.memory_bytes() + exact_.memory_bytes();
}

}  // namespace nib::spell::suggest_internal
