#include "spell/suggest/phonetic_key.hpp"

#include <string>

#include "spell/suggest/letters.hpp"

namespace nib::spell::suggest_internal {
namespace {

bool is_plain_vowel(char32_t c) {
  return c == U'a' || c == U'e' || c == U'i' || c == U'o' || c == U'u' || c == U'y';
}
bool is_front_vowel(char32_t c) { return c == U'e' || c == U'i' || c == U'y'; }

// Accent-folded letters without apostrophes and hyphens, and with silent starts dropped
// (kn, gn, pn, wr, ps, wh).
std::u32string spelled_letters(std::u32string_view lower) {
  std::u32string s;
  s.reserve(lower.size());
  for (const char32_t c : lower) {
    if (c != U'\'' && c != U'-') s.push_back(fold_accent(c));
  }
  if (s.size() >= 2) {
    const std::u32string_view start = std::u32string_view(s).substr(0, 2);
    if (start == U"kn" || start == U"gn" || start == U"pn" || start == U"wr" || start == U"ps" ||
        start == U"wh") {
      s.erase(start == U"wr" || start == U"wh" ? 1 : 0, 1);
    }
  }
  return s;
}

}  // namespace

std::u32string phonetic_key(std::u32string_view lower) {
  const std::u32string s = spelled_letters(lower);
  std::u32string key;
  auto at = [&](std::size_t i) { return i < s.size() ? s[i] : U'\0'; };
  // Repeats collapse even across vowels ("probly" and "probably" both give PRBL): people drop
  // whole syllables of that shape.
  auto emit = [&](char32_t code) {
    if (key.empty() || key.back() != code) key.push_back(code);
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    const char32_t next = at(i + 1);
    if (is_plain_vowel(c)) {
      if (i == 0) emit(U'A');
      continue;
    }
    switch (c) {
      case U'b':
        emit(U'B');
        break;
      case U'c':
        if (next == U'h') {
          emit(U'X');
          ++i;
        } else {
          emit(is_front_vowel(next) ? U'S' : U'K');
        }
        break;
      case U'd':
        emit(U'T');
        break;
      case U'f':
      case U'v':
        emit(U'F');
        break;
      case U'g':
        if (next == U'h') {
          ++i;  // mostly silent: "thought", "night"
        } else {
          emit(is_front_vowel(next) ? U'J' : U'K');
        }
        break;
      case U'h':
        if (i == 0 && is_plain_vowel(next)) emit(U'H');
        break;
      case U'j':
        emit(U'J');
        break;
      case U'k':
      case U'q':
        emit(U'K');
        break;
      case U'l':
        emit(U'L');
        break;
      case U'm':
        emit(U'M');
        break;
      case U'n':
        emit(U'N');
        break;
      case U'p':
        if (next == U'h') {
          emit(U'F');
          ++i;
        } else {
          emit(U'P');
        }
        break;
      case U'r':
        emit(U'R');
        break;
      case U's':
        if (next == U'h') {
          emit(U'X');
          ++i;
        } else {
          emit(U'S');
        }
        break;
      case U't':
        if (next == U'h') {
          emit(U'0');
          ++i;
        } else if (next == U'i' && (at(i + 2) == U'o' || at(i + 2) == U'a')) {
          emit(U'X');  // -tion, -tial
        } else {
          emit(U'T');
        }
        break;
      case U'w':
        if (is_plain_vowel(next)) emit(U'W');
        break;
      case U'x':
        emit(U'K');
        emit(U'S');
        break;
      case U'z':
        emit(U'S');
        break;
      default:
        emit(c);
        break;
    }
  }
  return key;
}

}  // namespace nib::spell::suggest_internal
