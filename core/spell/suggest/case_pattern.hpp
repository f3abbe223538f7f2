#pragma once
// The case pattern of what the user typed, and how a suggestion takes it on: Dreem -> Dream,
// DREEM -> DREAM, while lexicon words with capitals of their own (Monday, I, iPhone) keep them.
#include <string>
#include <string_view>

namespace nib::spell::suggest_internal {

enum class WordCase {
  lower,  // no capitals, or none that say anything ("dreem", "dREEM" counts as mixed)
  title,  // first letter capital, the rest lower: "Dreem"
  upper,  // two or more letters, all capitals: "DREEM"
  mixed,  // anything else: "dREEM", "DrEEm"
};

WordCase word_case_of(std::u32string_view letters);

// `word` as written in the lexicon, in the typed word's case pattern.
std::string apply_word_case(std::u32string_view word, WordCase pattern);

}  // namespace nib::spell::suggest_internal
