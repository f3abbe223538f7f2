#pragma once
// The word list candidates are drawn from: every word form we may suggest, with how common it is.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nib::spell {

struct LexiconEntry {
  std::string word;  // as it is written (case kept: "I", "Monday", "iPhone", "don't")
  float frequency;   // relative commonness, > 0; higher is more common
};

// Parses "word<TAB>frequency" lines (blank lines and '#' comments skipped). Malformed lines are
// skipped, never fatal: the host may pass any bytes.
std::vector<LexiconEntry> parse_lexicon(std::string_view text);

}  // namespace nib::spell
