#pragma once
// English explanations for the grammar model's edit codes (grammar.*, punctuation.*).
#include <optional>
#include <string>
#include <string_view>

namespace nib::api {

// Nothing for a code that is not a grammar or punctuation code.
std::optional<std::string> explain_grammar(std::string_view code, std::string_view original,
                                           std::string_view replacement);

}  // namespace nib::api
