#include "spell/suggest/letters.hpp"

#include <cstdint>

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

bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

}  // namespace

namespace {

// Decodes the code point at `at`; returns its length in bytes, or 0 for invalid UTF-8 (bad or
// overlong sequences, surrogates, > U+10FFFF).
std::size_t decode_at(std::string_view utf8, std::size_t at, char32_t& value) {
  const auto lead = static_cast<unsigned char>(utf8[at]);
  std::size_t length = 0;
  if (lead < 0x80U) {
    value = lead;
    return 1;
  }
  if (lead >= 0xC2U && lead < 0xE0U) {
    length = 2;
    value = lead & 0x1FU;
  } else if (lead >= 0xE0U && lead < 0xF0U) {
    length = 3;
    value = lead & 0x0FU;
  } else if (lead >= 0xF0U && lead < 0xF5U) {
    length = 4;
    value = lead & 0x07U;
  } else {
    return 0;
  }
  if (at + length > utf8.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(utf8[at + k]);
    if (!is_continuation(byte)) return 0;
    value = (value << 6U) | (byte & 0x3FU);
  }
  const bool overlong = (length == 3 && value < 0x800U) || (length == 4 && value < 0x10000U);
  const bool surrogate = value >= 0xD800U && value <= 0xDFFFU;
  return overlong || surrogate || value > 0x10FFFFU ? 0 : length;
}

}  // namespace

bool decode_word(std::string_view utf8, std::u32string& out) {
  out.clear();
  for (std::size_t at = 0; at < utf8.size();) {
    char32_t value = 0;
    const std::size_t length = decode_at(utf8, at, value);
    if (length == 0 || out.size() == kMaxWordLetters) return false;
    out.push_back(value);
    at += length;
  }
  return true;
}

bool is_valid_utf8(std::string_view utf8) {
  for (std::size_t at = 0; at < utf8.size();) {
    char32_t value = 0;
    const std::size_t length = decode_at(utf8, at, value);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

void append_utf8(std::string& out, char32_t letter) {
  const auto c = static_cast<std::uint32_t>(letter);
  if (c < 0x80U) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800U) {
    out.push_back(static_cast<char>(0xC0U | (c >> 6U)));
    out.push_back(static_cast<char>(0x80U | (c & 0x3FU)));
  } else if (c < 0x10000U) {
    out.push_back(static_cast<char>(0xE0U | (c >> 12U)));
    out.push_back(static_cast<char>(0x80U | ((c >> 6U) & 0x3FU)));
    out.push_back(static_cast<char>(0x80U | (c & 0x3FU)));
  } else {
    out.push_back(static_cast<char>(0xF0U | (c >> 18U)));
    out.push_back(static_cast<char>(0x80U | ((c >> 12U) & 0x3FU)));
    out.push_back(static_cast<char>(0x80U | ((c >> 6U) & 0x3FU)));
    out.push_back(static_cast<char>(0x80U | (c & 0x3FU)));
  }
}

std::string encode_word(std::u32string_view letters) {
  std::string out;
  out.reserve(letters.size());
  for (const char32_t letter : letters) append_utf8(out, letter);
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
