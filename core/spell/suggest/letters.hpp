#pragma once
// The letters of one word as code points (UTF-8 itself is core/text's), and the case mapping and
// accent folding the suggester needs (Latin-1 and Latin Extended-A; other scripts pass through).
#include <cstddef>
#include <string>
#include <string_view>

// Helpers of the suggester live in their own namespace so they never collide with the spell
// library's names.
namespace nib::spell::suggest_internal {

// Longest word, in code points, that the suggester indexes or compares. Longer lexicon words are
// never suggested (they are far beyond any edit bound for a typed word of at most 40 bytes).
inline constexpr std::size_t kMaxWordLetters = 48;

// Decodes UTF-8 into `out` (cleared first). Returns false, leaving `out` unspecified, for invalid
// UTF-8 (bad or overlong sequences, surrogates, > U+10FFFF) or more than kMaxWordLetters letters.
bool decode_word(std::string_view utf8, std::u32string& out);
std::string encode_word(std::u32string_view letters);

char32_t lower_letter(char32_t letter);
char32_t upper_letter(char32_t letter);
bool is_upper_letter(char32_t letter);
bool is_lower_letter(char32_t letter);
// "é" -> "e", "ß" stays: the base Latin letter, so accent slips are near-free edits.
char32_t fold_accent(char32_t letter);
// a e i o u y, accented or not.
bool is_vowel(char32_t lower);

void lower_word(std::u32string& letters);

}  // namespace nib::spell::suggest_internal
