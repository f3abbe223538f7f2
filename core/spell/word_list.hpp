#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nib::spell {

// One word per line; blank lines and '#' comments skipped; surrounding whitespace trimmed.
std::vector<std::string> parse_word_list(std::string_view text);

}  // namespace nib::spell
