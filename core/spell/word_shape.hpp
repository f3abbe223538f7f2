#pragma once
// What a word looks like, before any dictionary is asked: its case pattern and which letters it
// uses. Precision comes first, so these features decide how sure a flag may be.
#include <string>
#include <string_view>

namespace nib::spell {

enum class CasePattern { lower, title, upper, mixed, none };

struct WordShape {
  CasePattern case_pattern = CasePattern::none;
  bool has_digit = false;
  bool has_non_latin_letter = false;   // Cyrillic, Greek, CJK, Arabic, …: not English at all
  bool has_rare_latin_letter = false;  // ã ß ő ı ł …: letters English words do not use
  std::size_t letters = 0;
};

WordShape shape_of(std::string_view word);

// Curly apostrophes become straight ones and invisible soft hyphens and joiners go, so one
// spelling reaches the dictionaries.
std::string normalize_apostrophes(std::string_view word);

// "John's" -> "John", "Chris’" -> "Chris": the possessive never makes a word wrong.
std::string_view strip_possessive(std::string_view word);

std::string to_lower_ascii(std::string_view word);

// café -> cafe, naïve -> naive: the accents English loanwords carry, taken off.
std::string fold_loanword_accents(std::string_view word);

}  // namespace nib::spell
