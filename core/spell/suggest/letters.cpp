#include "spell/suggest/letters.hpp"

#include <cstdint>

#include "text/utf8.hpp"

namespace nib::spell::suggest_internal {
namespace {

// Base letter of U+00C0..U+00FF and U+0100..U+017F; '.' keeps the letter as it is (Æ, ß, Œ, ...).
constexpr std::string_view kLatin1Base =
    "AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y";
constexpr std::string_view kExtendedABase =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLlLlLlNnNnNn...OoOoOo.."
    "RrRrRrSsSsSsSs"
    "TtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kLatin1Base.size() == 64 && kExtendedABase.size() == 128);

}  // namespace

bool decode_word(std::string_view utf8, std::u32string& out) {
  out.clear();
  if (!text::is_valid_utf8(utf8)) return false;
  for (std::size_t at = 0; at < utf8.size();) {
    if (out.size() == kMaxWordLetters) return false;
    const auto letter = text::decode_at(utf8, at);
    out.push_back(letter.value);
    at += letter.length;
  }
  return true;
}

std::string encode_word(std::u32string_view letters) {
  std::string out;
  out.reserve(letters.size());
  for (const char32_t letter : letters) text::append_utf8(out, letter);
  return out;
}

char32_t lower_letter(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c < 0xC0U || c > 0x17EU) return c;
  if (c <= 0xDEU) return c == 0xD7U ? c : c + 0x20;
  if (c == 0x178U) return 0xFFU;
  if (c == 0x130U || c == 0x131U) return c;  // Turkish dotted/dotless i: no one-to-one mapping
  const bool pairs_even_upper = (c >= 0x100U && c <= 0x137U) || (c >= 0x14AU && c <= 0x177U);
  const bool pairs_odd_upper = (c >= 0x139U && c <= 0x148U) || (c >= 0x179U && c <= 0x17EU);
  if ((pairs_even_upper && c % 2 == 0) || (pairs_odd_upper && c % 2 == 1)) return c + 1;
  return c;
}

char32_t upper_letter(char32_t c) {
  if (c >= U'a' && c <= U'z') return c - 32;
  if (c < 0xE0U || c > 0x17EU) return c;
  if (c <= 0xFEU) return c == 0xF7U ? c : c - 0x20;
  if (c == 0xFFU) return 0x178U;
  if (c == 0x130U || c == 0x131U) return c;
  const bool pairs_even_upper = (c >= 0x100U && c <= 0x137U) || (c >= 0x14AU && c <= 0x177U);
  const bool pairs_odd_upper = (c >= 0x139U && c <= 0x148U) || (c >= 0x179U && c <= 0x17EU);
  if ((pairs_even_upper && c % 2 == 1) || (pairs_odd_upper && c % 2 == 0)) return c - 1;
  return c;
}

bool is_upper_letter(char32_t c) { return lower_letter(c) != c; }
bool is_lower_letter(char32_t c) { return upper_letter(c) != c; }

char32_t fold_accent(char32_t c) {
  char base = '.';
  if (c >= 0xC0U && c <= 0xFFU) base = kLatin1Base[c - 0xC0U];
  if (c >= 0x100U && c <= 0x17FU) base = kExtendedABase[c - 0x100U];
  return base == '.' ? c : static_cast<char32_t>(base);
}

bool is_vowel(char32_t lower) {
  switch (fold_accent(lower)) {
    case U'a':
    case U'e':
    case U'i':
    case U'o':
    case U'u':
    case U'y':
      return true;
    default:
      return false;
  }
}

void lower_word(std::u32string& letters) {
  for (char32_t& letter : letters) letter = lower_letter(letter);
}

}  // namespace nib::spell::suggest_internal
