#include "language/lexicons.hpp"

#include <utility>

namespace nib::language {
namespace {

constexpr std::pair<std::string_view, std::string_view> kLexiconTexts[] = {
#include "language/lexicons.inc"
};

std::vector<Lexicon> parse_all() {
  std::vector<Lexicon> all;
  for (const auto& [language, text] : kLexiconTexts) {
    Lexicon lexicon{std::string(language), {}};
    std::size_t at = 0;
    while (at < text.size()) {
      const std::size_t end = std::min(text.find('\n', at), text.size());
      if (end > at) lexicon.words.emplace(text.substr(at, end - at));
      at = end + 1;
    }
    all.push_back(std::move(lexicon));
  }
  return all;
}

}  // namespace

const Lexicons& lexicons() {
  static const std::vector<Lexicon> all = parse_all();
  static const Lexicons index = [] {
    Lexicons built;
    for (const auto& lexicon : all) {
      if (lexicon.language == "en") {
        built.english = &lexicon;
      } else {
        built.others.push_back(&lexicon);
      }
    }
    return built;
  }();
  return index;
}

}  // namespace nib::language
