#include "grammar/decoder.hpp"

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

}  // namespace nib::grammar
