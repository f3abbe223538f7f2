#pragma once
// Internal to the text module: the token half of segment().
#include <span>
#include <string_view>
#include <vector>

#include "text/segmenter.hpp"

namespace nib::text::detail {

// Tokens of valid UTF-8 `text` in order; each protected span (sorted, non-overlapping) becomes one
// token. Whitespace, controls and invisible format characters between tokens are skipped.
std::vector<Token> tokenize(std::string_view text, std::span<const ProtectedSpan> spans);

}  // namespace nib::text::detail
