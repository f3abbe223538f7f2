#include "spell/word_shape.hpp"

#include "spell/suggest/letters.hpp"
#include "text/utf8.hpp"

namespace nib::spell {
namespace {

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Latin letters that appear in English loanwords (café, naïve, jalapeño, façade, über).
bool is_loanword_letter(char32_t c) {
  switch (c) {
    case U'à':
    case U'á':
    case U'â':
    case U'ä':
    case U'ç':
    case U'è':
    case U'é':
    case U'ê':
    case U'ë':
    case U'î':
    case U'ï':
    case U'ñ':
    case U'ô':
    case U'ö':
    case U'û':
    case U'ü':
    case U'À':
    case U'Á':
    case U'Â':
    case U'Ä':
    case U'Ç':
    case U'È':
    case U'É':
    case U'Ê':
    case U'Ë':
    case U'Î':
    case U'Ï':
    case U'Ñ':
    case U'Ô':
    case U'Ö':
    case U'Û':
    case U'Ü':
      return true;
    default:
      return false;
  }
}

bool is_latin_extended(char32_t c) {
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

int letter_case(char32_t c) {
  if (suggest_internal::is_upper_letter(c)) return 1;
  if (suggest_internal::is_lower_letter(c)) return -1;
  return 0;
}

bool is_other_letter(char32_t c) {
  // Everything past Latin Extended Additional that is not punctuation-like: other scripts.
  return c >= 0x370 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2000 && c <= 0x206F) &&
         c != 0xFFFD;
}

}  // namespace

WordShape shape_of(std::string_view word) {
  WordShape shape;
  std::size_t upper = 0;
  std::size_t lower = 0;
  bool first_upper = false;
  bool upper_after_first = false;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = text::decode_at(word, i);
    i += cp.length;
    const char32_t c = cp.value;
    if (c >= '0' && c <= '9') {
      shape.has_digit = true;
      continue;
    }
    if (c == '\'' || c == U'’') continue;
    if (is_ascii_letter(c) || is_latin_extended(c)) {
      if (!is_ascii_letter(c) && !is_loanword_letter(c)) shape.has_rare_latin_letter = true;
    } else if (is_other_letter(c)) {
      shape.has_non_latin_letter = true;
    } else if (c >= 0x300 && c < 0x370) {
      shape.has_rare_latin_letter = true;  // combining marks on Latin letters
      continue;
    }
    const int letter = letter_case(c);
    if (letter > 0) {
      if (shape.letters == 0)
        first_upper = true;
      else
        upper_after_first = true;
      ++upper;
    } else if (letter < 0) {
      ++lower;
    }
    ++shape.letters;
  }
  if (upper == 0 && lower == 0)
    shape.case_pattern = CasePattern::none;
  else if (upper == 0)
    shape.case_pattern = CasePattern::lower;
  else if (lower == 0)
    shape.case_pattern = CasePattern::upper;
  else if (first_upper && !upper_after_first)
    shape.case_pattern = CasePattern::title;
  else
    shape.case_pattern = CasePattern::mixed;
  return shape;
}

std::string normalize_apostrophes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = text::decode_at(word, i);
    switch (cp.value) {
      case U'\u2019':
        out.push_back('\'');
        break;
      // Invisible joiners and soft hyphens the tokenizer keeps inside words.
      case U'\u00AD':
      case U'\u200C':
      case U'\u200D':
      case U'\u2060':
        break;
      default:
        out.append(word.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

std::string_view strip_possessive(std::string_view word) {
  for (std::string_view suffix :
       {std::string_view("'s"), std::string_view("'S"), std::string_view("\xE2\x80\x99s"),
        std::string_view("\xE2\x80\x99S")}) {
    if (word.size() > suffix.size() + 1 && word.ends_with(suffix)) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  if (word.size() > 2 && (word.back() == '\'')) return word.substr(0, word.size() - 1);
  if (word.size() > 4 && word.ends_with("\xE2\x80\x99")) return word.substr(0, word.size() - 3);
  return word;
}

std::string to_lower_ascii(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string fold_loanword_accents(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = text::decode_at(word, i);
    if (is_loanword_letter(cp.value)) {
      text::append_utf8(out, suggest_internal::fold_accent(cp.value));
    } else {
      out.append(word.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

}  // namespace nib::spell
