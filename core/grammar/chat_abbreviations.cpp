#include "grammar/chat_abbreviations.hpp"

#include <algorithm>
#include <array>

namespace nib::grammar {

bool is_chat_abbreviation(std::string_view key) {
  static constexpr std::array<std::string_view, 43> kAbbreviations{
      "afaik", "bff", "brb", "btw",  "dm",   "fomo", "ftw", "fwiw", "fyi", "gtg",  "hmu",
      "icymi", "idc", "idk", "iirc", "ikr",  "imho", "imo", "irl",  "jk",  "lmao", "lmk",
      "lol",   "ngl", "np",  "nvm",  "ofc",  "omg",  "omw", "pls",  "plz", "rn",   "rofl",
      "smh",   "tbf", "tbh", "thx",  "tldr", "ttyl", "ty",  "tysm", "wyd", "yolo"};
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), key) != kAbbreviations.end();
}

}  // namespace nib::grammar
