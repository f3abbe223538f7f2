#pragma once
// Keys of the symmetric-delete index (the idea published with SymSpell): a lexicon word is filed
// under itself and every form with one letter deleted; a typed word looks up itself and every form
// with up to two letters deleted. Two words meet when deleting letters from both makes them equal,
// which finds every word within one edit and most within two, without generating insertions or
// substitutions. To keep the index small only the first kDeletePrefix letters of each form count:
// that only widens the match, and the real edit cost then sorts the candidates out.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace nib::spell::suggest_internal {

inline constexpr std::size_t kDeletePrefix = 7;

// Appends the keys of a lowercase lexicon word (duplicates possible).
void append_word_delete_keys(std::u32string_view lower, std::vector<std::uint32_t>& keys);

// Sets `keys` to the sorted, unique keys of a lowercase typed word.
void typed_delete_keys(std::u32string_view lower, std::vector<std::uint32_t>& keys);

}  // namespace nib::spell::suggest_internal
