#pragma once
// Common words of the languages Nib recognizes in Latin script, and of English, compiled in from
// lexicons/ (written for Nib: function words and everyday social-media words, lowercase).
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace nib::language {

struct Lexicon {
  std::string language;  // en, id, hu, …
  std::unordered_set<std::string> words;
};

struct Lexicons {
  const Lexicon* english = nullptr;
  std::vector<const Lexicon*> others;  // every lexicon but English
};

const Lexicons& lexicons();

}  // namespace nib::language
