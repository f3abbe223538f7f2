#include "explain/languages.hpp"

#include <array>
#include <cctype>
#include <map>
#include <string>
#include <utility>

namespace nib::explain {
namespace {

constexpr std::array<Language, 15> kLanguages{{
    {"en", "English", false},
    {"ar", "العربية", true},
    {"de", "Deutsch", false},
    {"es", "Español", false},
    {"fr", "Français", false},
    {"hi", "हिन्दी", false},
    {"hu", "Magyar", false},
    {"id", "Bahasa Indonesia", false},
    {"ja", "日本語", false},
    {"ko", "한국어", false},
    {"pt-BR", "Português (Brasil)", false},
    {"ru", "Русский", false},
    {"tr", "Türkçe", false},
    {"vi", "Tiếng Việt", false},
    {"zh-CN", "中文（简体）", false},
}};

constexpr std::pair<std::string_view, std::string_view> kCatalogueTexts[] = {
#include "explain/messages.inc"
};

const std::map<std::string, Catalogue, std::less<>>& catalogues() {
  static const auto parsed = [] {
    std::map<std::string, Catalogue, std::less<>> all;
    for (const auto& [code, text] : kCatalogueTexts) {
      all.emplace(std::string(code), Catalogue::parse(code, text));
    }
    return all;
  }();
  return parsed;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

std::span<const Language> explanation_languages() { return kLanguages; }

std::optional<Language> supported_language(std::string_view requested) {
  const std::string wanted = lower(requested);
  for (const auto& language : kLanguages) {
    if (lower(language.code) == wanted) return language;
  }
  const std::string primary = wanted.substr(0, wanted.find('-'));
  if (primary.empty()) return std::nullopt;
  for (const auto& language : kLanguages) {
    const std::string code = lower(language.code);
    if (code.substr(0, code.find('-')) == primary) return language;
  }
  return std::nullopt;
}

const Catalogue& catalogue(std::string_view code) {
  const auto& all = catalogues();
  const auto found = all.find(code);
  return found != all.end() ? found->second : all.find(kEnglish)->second;
}

}  // namespace nib::explain
