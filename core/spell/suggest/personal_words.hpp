#pragma once
// Words the user added to their personal dictionary: a small, changing set with its own
// symmetric-delete lookup (the lexicon's index is flat and read-only).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nib::spell::suggest_internal {

class PersonalWords {
 public:
  // Words that are not valid UTF-8, contain spaces or control characters, or exceed
  // kMaxWordLetters are ignored.
  void add(std::string_view word);
  void remove(std::string_view word);

  std::size_t size() const { return active_count_; }
  std::string_view word(std::uint32_t id) const { return words_[id]; }

  // Sets `ids` to the sorted, unique ids of active words that may be near `typed` (lowercase).
  void near(std::u32string_view typed, std::vector<std::uint32_t>& ids) const;

 private:
  std::vector<std::string> words_;  // ids index this; removed words stay, inactive
  std::vector<bool> active_;
  std::size_t active_count_ = 0;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_key_;
};

}  // namespace nib::spell::suggest_internal
