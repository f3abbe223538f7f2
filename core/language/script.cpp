#include "language/script.hpp"

#include "text/utf8.hpp"

namespace nib::language {

Script script_of(char32_t c) {
  if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) return Script::latin;
  if (c >= 0x370 && c <= 0x3FF) return Script::greek;
  if (c >= 0x400 && c <= 0x52F) return Script::cyrillic;
  if (c >= 0x590 && c <= 0x5FF) return Script::hebrew;
  if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0xFB50 && c <= 0xFDFF) ||
      (c >= 0xFE70 && c <= 0xFEFF)) {
    return Script::arabic;
  }
  if (c >= 0x900 && c <= 0x97F) return Script::devanagari;
  if (c >= 0xE00 && c <= 0xE7F) return Script::thai;
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ||
      (c >= 0xAC00 && c <= 0xD7AF)) {
    return Script::hangul;
  }
  if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
      (c >= 0xFF66 && c <= 0xFF9F)) {
    return Script::kana;
  }
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x20000 && c <= 0x2FFFF)) {
    return Script::han;
  }
  return Script::other;
}

std::string_view language_of_script(Script script) {
  switch (script) {
    case Script::cyrillic:
      return "ru";
    case Script::greek:
      return "el";
    case Script::arabic:
      return "ar";
    case Script::hebrew:
      return "he";
    case Script::devanagari:
      return "hi";
    case Script::thai:
      return "th";
    case Script::hangul:
      return "ko";
    case Script::kana:
      return "ja";
    case Script::han:
      return "zh";
    case Script::latin:
    case Script::other:
      return "";
  }
  return "";
}

std::string fold_latin_case(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t at = 0; at < word.size();) {
    const auto [c, length] = text::decode_at(word, at);
    at += length;
    char32_t lower = c;
    if (c >= 'A' && c <= 'Z') {
      lower = c + 32;
    } else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
      lower = c + 32;
    } else if (c == 0x130) {
      lower = 'i';  // Turkish dotted capital I
    } else if (((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) ||
                (c >= 0x1E00 && c <= 0x1EFF)) &&
               c % 2 == 0) {
      lower = c + 1;
    } else if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 1) {
      lower = c + 1;
    } else if (c == 0x1A0 || c == 0x1AF) {
      lower = c + 1;  // Vietnamese Ơ Ư
    }
    text::append_utf8(out, lower);
  }
  return out;
}

std::string_view languages_with_letter(char32_t c) {
  switch (c) {
    case 0x151:
    case 0x171:
      return "hu";  // ő ű
    case 0xF1:
      return "es";  // ñ
    case 0xE3:
    case 0xF5:
      return "pt";  // ã õ
    case 0xDF:
      return "de";  // ß
    case 0xE4:
      return "de";  // ä
    case 0xF6:
    case 0xFC:
      return "de hu tr";  // ö ü
    case 0x11F:
    case 0x15F:
    case 0x131:
      return "tr";  // ğ ş ı
    case 0xE7:
      return "fr pt tr";  // ç
    case 0xE8:
    case 0xEA:
    case 0xEB:
    case 0xEE:
    case 0xEF:
    case 0xFB:
    case 0x153:
      return "fr";  // è ê ë î ï û œ
    case 0xE1:
    case 0xED:
    case 0xF3:
    case 0xFA:
      return "es pt hu";  // á í ó ú
    case 0x142:
    case 0x105:
    case 0x119:
    case 0x15B:
    case 0x17A:
    case 0x17C:
    case 0x107:
    case 0x144:
      return "pl";  // ł ą ę ś ź ż ć ń
    case 0x111:
    case 0x1A1:
    case 0x1B0:
    case 0x103:
      return "vi";  // đ ơ ư ă
    default:
      return c >= 0x1EA0 && c <= 0x1EF9 ? "vi" : "";  // ạ ả ấ … ỹ: tone marks
  }
}

}  // namespace nib::language
