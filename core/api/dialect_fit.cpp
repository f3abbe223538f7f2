#include "api/dialect_fit.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "spell/word_shape.hpp"

namespace nib::api {
namespace {

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Runs of letters (and inner apostrophes, and any non-ASCII byte: é, ’), as written; runs touching
// a digit (3rd, 10am) are left out.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_word_byte(text[end])) ++end;
    const auto digit = [&](std::size_t at) { return text[at] >= '0' && text[at] <= '9'; };
    const bool touches_digit = (i > 0 && digit(i - 1)) || (end < text.size() && digit(end));
    std::size_t first = i, last = end;
    while (first < last && text[first] == '\'') ++first;
    while (last > first && text[last - 1] == '\'') --last;
    if (!touches_digit && first < last) words.push_back(text.substr(first, last - first));
    i = end;
  }
  return words;
}

bool replaces_a_word(std::string_view code) {
  return code == "grammar.word_choice" || code == "grammar.confused_word";
}

}  // namespace

bool fits_dialect(spell::SpellChecker& spell, std::string_view dialect, std::string_view code,
                  std::string_view original, std::string_view replacement) {
  const auto dialects = spell.dialects();
  if (dialects.empty()) return true;
  const bool any = dialect == spell::kAnyDialect;
  if (!any && !spell.has_dialect(dialect)) return true;
  std::vector<std::string> before;
  for (const auto word : words_of(original)) {
    before.push_back(spell::to_lower_ascii(spell::strip_possessive(word)));
  }
  for (const auto written : words_of(replacement)) {
    // The possessive never makes a word wrong (the spell checker judges "John" in "John's").
    const auto word = spell::strip_possessive(written);
    if (std::find(before.begin(), before.end(), spell::to_lower_ascii(word)) != before.end()) {
      continue;
    }
    if (!spell.accepts(word, dialect)) return false;
    if (any && replaces_a_word(code) &&
        !std::all_of(dialects.begin(), dialects.end(),
                     [&](const std::string& d) { return spell.accepts(word, d); })) {
      return false;
    }
  }
  return true;
}

}  // namespace nib::api
