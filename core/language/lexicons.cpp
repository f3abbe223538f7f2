#include "language/lexicons.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace nib::language {
namespace {

constexpr std::pair<std::string_view, std::string_view> kLexiconTexts[] = {
#include "language/lexicons.inc"
};

// Each other language is one bit of a word's mask; English is bit 31.
static_assert(std::size(kLexiconTexts) <= kMaxLexicons + 1, "more lexicons than mask bits");

Lexicons parse_all() {
  Lexicons all;
  for (const auto& [language, text] : kLexiconTexts) {
    std::uint32_t bit = Lexicons::kEnglish;
    if (language != "en") {
      bit = 1u << all.languages.size();
      all.languages.emplace_back(language);
    }
    std::size_t at = 0;
    while (at < text.size()) {
      const std::size_t end = std::min(text.find('\n', at), text.size());
      if (end > at) all.words[std::string(text.substr(at, end - at))] |= bit;
      at = end + 1;
    }
  }
  return all;
}

}  // namespace

std::uint32_t Lexicons::mask_of(const std::string& folded_word) const {
  const auto found = words.find(folded_word);
  return found == words.end() ? 0 : found->second;
}

std::optional<std::size_t> Lexicons::index_of(std::string_view language) const {
  const auto found = std::find(languages.begin(), languages.end(), language);
  if (found == languages.end()) return std::nullopt;
  return static_cast<std::size_t>(found - languages.begin());
}

const Lexicons& lexicons() {
  static const Lexicons all = parse_all();
  return all;
}

}  // namespace nib::language
