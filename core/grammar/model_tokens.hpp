#pragma once
// The model's view of a sentence: one position per core token, each with a vocabulary key, a suffix
// bucket (so unknown words still show their ending: -ed, -ing, -s) and a case class. Protected
// spans (URLs, mentions, emoji, numbers...) become placeholders the model may not edit.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/segmenter.hpp"

namespace nib::grammar {

inline constexpr std::uint32_t kSuffixBuckets = 4096;
inline constexpr std::size_t kCaseClasses = 4;
// Longest token run the model sees at once (plus the start marker); longer sentences are cut.
inline constexpr std::size_t kMaxModelTokens = 64;
inline constexpr std::string_view kStartKey = "<s>";

enum class CaseClass : std::uint8_t { lower = 0, capitalized = 1, upper = 2, other = 3 };

struct ModelToken {
  std::string text;  // as written (for placeholders: the original text)
  std::string key;   // vocabulary key: lowercased word, or <url>, <emoji>, ...
  CaseClass case_class = CaseClass::other;
  std::uint32_t suffix = 0;
  std::size_t begin = 0;  // bytes into the text it was read from (inserted tokens: empty span)
  std::size_t end = 0;
  bool space_before = false;
  bool locked = false;  // placeholders and words the spell checker owns: never edited
};

std::string word_key(std::string_view word);
std::uint32_t suffix_bucket(std::string_view key);
CaseClass case_class_of(std::string_view word);

// The given tokens of `utf8` (e.g. one sentence's slice of a Segmentation) as model tokens.
std::vector<ModelToken> model_tokens(std::string_view utf8, std::span<const text::Token> tokens);
// Convenience for whole strings (training pairs, tests): segments `utf8` and converts every token.
std::vector<ModelToken> model_tokens(std::string_view utf8);

// Re-derives key, suffix and case of a token whose text changed.
void refresh(ModelToken& token);

}  // namespace nib::grammar
