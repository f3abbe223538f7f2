#include "grammar/model_input.hpp"

#include <algorithm>

namespace nib::grammar {

ModelInput encode(std::span<const TrackedToken> tokens, const Vocabulary& vocabulary) {
  ModelInput input;
  const std::size_t count = std::min(tokens.size(), kMaxModelTokens);
  input.word_ids.reserve(count + 1);
  input.word_ids.push_back(Vocabulary::kStart);
  input.suffix_ids.push_back(0);
  input.case_ids.push_back(static_cast<std::int32_t>(CaseClass::other));
  for (std::size_t i = 0; i < count; ++i) {
    const auto& t = tokens[i].token;
    input.word_ids.push_back(vocabulary.id(t.key));
    input.suffix_ids.push_back(static_cast<std::int32_t>(t.suffix));
    input.case_ids.push_back(static_cast<std::int32_t>(t.case_class));
  }
  return input;
}

}  // namespace nib::grammar
