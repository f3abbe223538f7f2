#pragma once
// A sound-alike key: words spelled differently but said alike share it, so misspellings too far
// for the edit index ("definatly" -> "definitely", "wich" -> "which") are still found. Our own
// simple scheme: consonants folded to sound classes (c/k/q, s/z/soft c, f/v/ph, ...), vowels
// dropped after the first letter, silent letters dropped, repeated classes collapsed.
#include <string>
#include <string_view>

namespace nib::spell::suggest_internal {

// `lower` is a lowercase word. The key uses ASCII capitals for sound classes; letters outside
// a-z (after accent folding) are kept as they are. Apostrophes and hyphens are ignored.
std::u32string phonetic_key(std::u32string_view lower);

}  // namespace nib::spell::suggest_internal
