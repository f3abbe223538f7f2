#include "api/final_punctuation.hpp"

namespace nib::api {

bool appends_final_mark(std::string_view original, std::string_view replacement) {
  if (replacement.size() != original.size() + 1 || !replacement.starts_with(original)) return false;
  const char mark = replacement.back();
  return mark == '.' || mark == '!' || mark == '?';
}

bool ends_line(const text::Segmentation& segmentation, std::string_view text, std::size_t end) {
  std::size_t previous = end;
  for (const auto& token : segmentation.tokens) {
    if (token.begin < end) continue;
    if (text.substr(previous, token.begin - previous).find('\n') != std::string_view::npos) {
      return true;
    }
    if (token.kind != text::TokenKind::protected_span) return false;
    previous = token.end;
  }
  return true;
}

}  // namespace nib::api
