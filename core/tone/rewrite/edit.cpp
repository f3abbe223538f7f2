#include "tone/rewrite/edit.hpp"

namespace nib::tone::rewrite {

std::string apply_edits(std::string_view text, std::span<const Edit> edits) {
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t at = 0;
  for (const auto& edit : edits) {
    out.append(text.substr(at, edit.begin - at));
    out.append(edit.replacement);
    at = edit.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace nib::tone::rewrite
