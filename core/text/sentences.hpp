#pragma once
// Internal to the text module: the sentence half of segment().
#include <span>
#include <string_view>
#include <vector>

#include "text/segmenter.hpp"

namespace nib::text::detail {

// Groups `tokens` (from tokenize) into sentences; every token belongs to exactly one sentence.
std::vector<Sentence> split_sentences(std::string_view text, std::span<const Token> tokens);

}  // namespace nib::text::detail
