// Markdown-style code: a run of one or two backticks closes with a run of the same length on the
// same line; a run of three or more opens a fence that closes with the next run of three or more,
// across lines. An unclosed run protects nothing. A miss means no closing run exists further on
// (on the line, or at all for fences), so retrying later runs costs at most one more scan each.
#include "text/scan.hpp"

namespace nib::text::detail {
namespace {

std::size_t run_end(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == '`') ++at;
  return at;
}

}  // namespace

Scan scan_inline_code(std::string_view text, std::size_t at) {
  const std::size_t open_end = run_end(text, at);
  const std::size_t open_length = open_end - at;
  if (open_length >= 3) {
    const std::size_t close = text.find("```", open_end);
    if (close == std::string_view::npos) return miss(open_end);
    return {run_end(text, close), 0};
  }
  std::size_t p = open_end;
  while (p < text.size() && text[p] != '\n' && text[p] != '\r') {
    if (text[p] != '`') {
      ++p;
      continue;
    }
    const std::size_t close_end = run_end(text, p);
    if (close_end - p == open_length) return {close_end, 0};
    p = close_end;
  }
  return miss(open_end);
}

}  // namespace nib::text::detail
