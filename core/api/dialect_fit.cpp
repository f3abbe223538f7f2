#include "api/dialect_fit.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "spell/word_shape.hpp"
#include "text/segmenter.hpp"

namespace nib::api {
namespace {

// The words of an edit's text as the spell checker reads them: the segmenter's word tokens, less
// those it never judges (with digits, letters English does not use, single letters, ALL CAPS).
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  for (const auto& token : text::segment(text).tokens) {
    if (token.kind != text::TokenKind::word) continue;
    const auto word = text.substr(token.begin, token.end - token.begin);
    const auto shape = spell::shape_of(word);
    if (shape.has_digit || shape.has_non_latin_letter || shape.letters < 2 ||
        shape.case_pattern == spell::CasePattern::upper) {
      continue;
    }
    words.push_back(word);
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
