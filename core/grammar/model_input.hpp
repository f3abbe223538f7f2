#pragma once
// The id streams the ONNX model takes for one sentence: the start marker, then one entry per token
// (at most kMaxModelTokens; the rest of a very long sentence is not checked).
#include <cstdint>
#include <span>
#include <vector>

#include "grammar/apply_tags.hpp"
#include "grammar/vocabulary.hpp"

namespace nib::grammar {

struct ModelInput {
  std::vector<std::int32_t> word_ids;
  std::vector<std::int32_t> suffix_ids;
  std::vector<std::int32_t> case_ids;
};

ModelInput encode(std::span<const TrackedToken> tokens, const Vocabulary& vocabulary);

}  // namespace nib::grammar
