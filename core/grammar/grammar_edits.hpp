#pragma once
// The net edits of a sentence after all passes, as spans of the original text with their
// replacement, explanation code and confidence.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/apply_tags.hpp"
#include "grammar/inflections.hpp"

namespace nib::grammar {

struct GrammarEdit {
  std::size_t begin;  // bytes into the original text
  std::size_t end;
  std::string replacement;
  std::string code;  // see edit_classes.hpp
  double confidence;
};

std::vector<GrammarEdit> grammar_edits(const SentenceState& sentence,
                                       const Inflections& inflections);

}  // namespace nib::grammar
