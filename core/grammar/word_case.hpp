#pragma once
// ASCII case helpers for edits: a replacement takes the case pattern of the word it replaces.
#include <string>
#include <string_view>

namespace nib::grammar {

std::string capitalize_first(std::string_view word);
std::string lowercase_all(std::string_view word);
// `word` (lowercase) cased like `model`: Capitalized or ALL CAPS carry over; else unchanged.
std::string match_case(std::string_view word, std::string_view model);

}  // namespace nib::grammar
