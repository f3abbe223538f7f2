#pragma once
// Common words of the languages Nib recognizes in Latin script, and of English, compiled in from
// lexicons/ (written for Nib: function words and everyday social-media words, lowercase). One
// table answers for all languages at once: each word maps to the set of lexicons that have it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nib::language {

inline constexpr std::size_t kMaxLexicons = 31;  // bit 31 of a mask is English

struct Lexicons {
  std::vector<std::string> languages;  // the other languages, by index (bit i of a mask)
  std::unordered_map<std::string, std::uint32_t> words;
  static constexpr std::uint32_t kEnglish = 1u << 31;

  std::uint32_t mask_of(const std::string& folded_word) const;
  std::optional<std::size_t> index_of(std::string_view language) const;
};

const Lexicons& lexicons();

}  // namespace nib::language
