#pragma once
// Which writing system a letter belongs to, and the few Latin letters that point to one language.
#include <string>
#include <string_view>

namespace nib::language {

enum class Script {
  latin,
  cyrillic,
  greek,
  arabic,
  hebrew,
  devanagari,
  thai,
  hangul,
  kana,
  han,
  other
};

Script script_of(char32_t letter);

// The language a script alone points to ("ru" for Cyrillic); empty for Latin.
std::string_view language_of_script(Script script);

// Lowercase of a word in Latin script (ASCII, Latin-1, Extended-A and Vietnamese letters), so
// "ÜBER", "Über" and "über" meet the same lexicon entry.
std::string fold_latin_case(std::string_view word);

// Languages whose spelling uses a letter English words do not (ő: hu; ñ: es); empty if none.
std::string_view languages_with_letter(char32_t letter);

}  // namespace nib::language
