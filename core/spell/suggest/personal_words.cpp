#include "spell/suggest/personal_words.hpp"

#include <algorithm>

#include "spell/suggest/delete_keys.hpp"
#include "spell/suggest/letters.hpp"

namespace nib::spell::suggest_internal {
namespace {

bool has_space_or_control(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20U || byte == 0x7FU;
  });
}

}  // namespace

void PersonalWords::add(std::string_view word) {
  std::u32string lower;
  if (word.empty() || has_space_or_control(word) || !decode_word(word, lower)) return;
  const std::string key(word);
  if (const auto known = ids_.find(key); known != ids_.end()) {
    if (!active_[known->second]) ++active_count_;
    active_[known->second] = true;
    return;
  }
  const auto id = static_cast<std::uint32_t>(words_.size());
  words_.push_back(key);
  active_.push_back(true);
  ++active_count_;
  ids_.emplace(key, id);
  lower_word(lower);
  std::vector<std::uint32_t> keys;
  append_word_delete_keys(lower, keys);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (const std::uint32_t k : keys) by_key_[k].push_back(id);
}

void PersonalWords::remove(std::string_view word) {
  const auto known = ids_.find(std::string(word));
  if (known == ids_.end() || !active_[known->second]) return;
  active_[known->second] = false;
  --active_count_;
}

void PersonalWords::near(std::u32string_view typed, std::vector<std::uint32_t>& ids) const {
  ids.clear();
  if (active_count_ == 0) return;
  std::vector<std::uint32_t> keys;
  typed_delete_keys(typed, keys);
  for (const std::uint32_t k : keys) {
    const auto found = by_key_.find(k);
    if (found == by_key_.end()) continue;
    for (const std::uint32_t id : found->second) {
      if (active_[id]) ids.push_back(id);
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

}  // namespace nib::spell::suggest_internal
