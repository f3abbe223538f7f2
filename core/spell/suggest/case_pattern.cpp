#include "spell/suggest/case_pattern.hpp"

#include <algorithm>

#include "spell/suggest/letters.hpp"

namespace nib::spell::suggest_internal {

WordCase word_case_of(std::u32string_view letters) {
  std::size_t upper = 0;
  std::size_t cased = 0;
  for (const char32_t letter : letters) {
    if (is_upper_letter(letter)) ++upper;
    if (is_upper_letter(letter) || is_lower_letter(letter)) ++cased;
  }
  if (upper == 0) return WordCase::lower;
  const auto first_cased = std::find_if(letters.begin(), letters.end(), [](char32_t letter) {
    return is_upper_letter(letter) || is_lower_letter(letter);
  });
  if (upper == 1 && is_upper_letter(*first_cased)) return WordCase::title;
  if (upper == cased && cased >= 2) return WordCase::upper;
  return WordCase::mixed;
}

std::string apply_word_case(std::u32string_view word, WordCase pattern) {
  std::u32string out(word);
  const bool own_capitals = std::any_of(out.begin(), out.end(), is_upper_letter);
  if (pattern == WordCase::upper) {
    std::transform(out.begin(), out.end(), out.begin(), upper_letter);
  } else if (pattern == WordCase::title && !own_capitals) {
    const auto first = std::find_if(out.begin(), out.end(), is_lower_letter);
    if (first != out.end()) *first = upper_letter(*first);
  }
  return encode_word(out);
}

}  // namespace nib::spell::suggest_internal
