#include "grammar/decoder.hpp"

#include <algorithm>

namespace nib::grammar {

std::vector<Decision> decide(std::span<const PositionOutput> outputs, const TagSet& tags,
                             const DecodeOptions& options) {
  std::vector<Decision> decisions;
  for (std::size_t position = 0; position < outputs.size(); ++position) {
    const auto& out = outputs[position];
    if (out.tag_index <= 0 || static_cast<std::size_t>(out.tag_index) >= tags.size()) continue;
    if (out.tag_probability < options.min_tag_probability) continue;
    if (out.tag_probability <= out.keep_probability + options.keep_bias) continue;
    if (out.error_probability < options.min_error_probability) continue;
    decisions.push_back(
        {position, tags.at(static_cast<std::size_t>(out.tag_index)), out.tag_probability});
  }
  return decisions;
}

namespace {

bool depends_on_the_word(TagKind kind, std::size_t token_index) {
  switch (kind) {
    case TagKind::replace:
    case TagKind::remove:
    case TagKind::lowercase:
      return true;
    case TagKind::capitalize:
      return token_index > 0;
    default:
      return false;
  }
}

}  // namespace

std::vector<Decision> without_blind_edits(std::vector<Decision> decisions,
                                          std::span<const TrackedToken> tokens,
                                          const Vocabulary& vocabulary) {
  std::erase_if(decisions, [&](const Decision& d) {
    if (d.position == 0 || d.position > tokens.size()) return false;
    const std::size_t index = d.position - 1;
    return depends_on_the_word(d.tag.kind, index) &&
           vocabulary.id(tokens[index].token.key) == Vocabulary::kUnknown;
  });
  return decisions;
}

}  // namespace nib::grammar
