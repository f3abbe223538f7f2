#include "spell/suggest/delete_keys.hpp"

#include <algorithm>
#include <array>

#include "spell/suggest/hash_postings.hpp"

namespace nib::spell::suggest_internal {
namespace {

// Hash of the first kDeletePrefix letters of `word` with the letters at `skip1` and `skip2`
// removed (pass word.size() for "none").
std::uint32_t key_without(std::u32string_view word, std::size_t skip1, std::size_t skip2) {
  std::array<char32_t, kDeletePrefix> kept{};
  std::size_t size = 0;
  for (std::size_t i = 0; i < word.size() && size < kDeletePrefix; ++i) {
    if (i != skip1 && i != skip2) kept[size++] = word[i];
  }
  return hash_letters(kept.data(), size);
}

}  // namespace

void append_word_delete_keys(std::u32string_view lower, std::vector<std::uint32_t>& keys) {
  const std::size_t none = lower.size();
  keys.push_back(key_without(lower, none, none));
  // Deleting a letter past the prefix leaves the prefix as it is.
  const std::size_t reach = std::min(lower.size(), kDeletePrefix);
  for (std::size_t i = 0; i < reach; ++i) keys.push_back(key_without(lower, i, none));
}

void typed_delete_keys(std::u32string_view lower, std::vector<std::uint32_t>& keys) {
  keys.clear();
  const std::size_t none = lower.size();
  keys.push_back(key_without(lower, none, none));
  // With two deletions the prefix reaches one letter further.
  const std::size_t reach = std::min(lower.size(), kDeletePrefix + 2);
  for (std::size_t i = 0; i < reach; ++i) {
    keys.push_back(key_without(lower, i, none));
    for (std::size_t j = i + 1; j < reach; ++j) keys.push_back(key_without(lower, i, j));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace nib::spell::suggest_internal
