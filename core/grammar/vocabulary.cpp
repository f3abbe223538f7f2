#include "grammar/vocabulary.hpp"

#include "errors/error.hpp"
#include "grammar/line_reader.hpp"

namespace nib::grammar {

Vocabulary Vocabulary::parse(std::string_view lines) {
  Vocabulary vocabulary;
  std::int32_t next = 0;
  for_each_line(lines,
                [&](std::string_view line) { vocabulary.ids_.emplace(std::string(line), next++); });
  if (vocabulary.id("<pad>") != kPad || vocabulary.id("<unk>") != kUnknown ||
      vocabulary.id("<s>") != kStart) {
    throw Error("invalid_model", "the vocabulary must start with <pad>, <unk> and <s>");
  }
  return vocabulary;
}

std::int32_t Vocabulary::id(std::string_view key) const {
  const auto found = ids_.find(std::string(key));
  return found == ids_.end() ? kUnknown : found->second;
}

}  // namespace nib::grammar
