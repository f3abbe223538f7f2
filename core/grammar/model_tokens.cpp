#include "grammar/model_tokens.hpp"

#include "text/utf8.hpp"

namespace nib::grammar {
namespace {

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

std::string word_key(std::string_view word) {
  std::string key;
  key.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    // Typographic apostrophes (’ ʼ) read as ASCII so "don’t" and "don't" share one key.
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      key.push_back('\'');
      i += 3;
    } else if (word.compare(i, 2, "\xCA\xBC") == 0) {
      key.push_back('\'');
      i += 2;
    } else {
      const char c = word[i++];
      key.push_back(is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  return key;
}

std::uint32_t suffix_bucket(std::string_view key) {
  if (key.empty() || key.front() == '<') return 0;
  const std::string_view tail = key.size() > 3 ? key.substr(key.size() - 3) : key;
  // FNV-1a: simple, stable across platforms and languages (the recipe calls this same code).
  std::uint32_t hash = 2166136261u;
  for (const char c : tail) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return 1 + hash % (kSuffixBuckets - 1);
}

CaseClass case_class_of(std::string_view word) {
  std::size_t upper = 0, lower = 0;
  for (const char c : word) {
    upper += is_ascii_upper(c);
    lower += is_ascii_lower(c);
  }
  if (upper == 0 && lower == 0) return CaseClass::other;
  if (upper == 0) return CaseClass::lower;
  if (lower == 0) return upper > 1 ? CaseClass::upper : CaseClass::capitalized;
  return upper == 1 && is_ascii_upper(word.front()) ? CaseClass::capitalized : CaseClass::other;
}

void refresh(ModelToken& token) {
  token.key = word_key(token.text);
  token.case_class = case_class_of(token.text);
  token.suffix = suffix_bucket(token.key);
}

std::vector<ModelToken> model_tokens(std::string_view utf8, std::span<const text::Token> tokens) {
  std::vector<ModelToken> out;
  out.reserve(tokens.size());
  std::size_t previous_end = tokens.empty() ? 0 : tokens.front().begin;
  for (const auto& token : tokens) {
    ModelToken m;
    m.text = std::string(utf8.substr(token.begin, token.end - token.begin));
    m.begin = token.begin;
    m.end = token.end;
    m.space_before = token.begin > previous_end;
    previous_end = token.end;
    if (token.kind == text::TokenKind::protected_span) {
      m.key = "<" + std::string(text::to_string(token.protected_kind)) + ">";
      m.locked = true;
      out.push_back(std::move(m));
      continue;
    }
    refresh(m);
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<ModelToken> model_tokens(std::string_view utf8) {
  const auto segmentation = text::segment(utf8);
  return model_tokens(utf8, segmentation.tokens);
}

}  // namespace nib::grammar
