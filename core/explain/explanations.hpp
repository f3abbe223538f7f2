#pragma once
// A suggestion's explanation in the writer's language, with the words of the edit filled in.
#include <span>
#include <string>
#include <string_view>

namespace nib::explain {

struct ExplanationContext {
  std::string_view original;                  // the flagged text
  std::span<const std::string> replacements;  // best first; may be empty
  std::string_view dialect;                   // en-US, en-GB, … or any
  std::string_view following;                 // the word after the flagged text ("an {hour}")
};

struct Explanation {
  std::string message;
  std::string language;  // the catalogue it came from: the one asked for, or English
};

// `language` is a shipped code (see languages.hpp). A message the language's catalogue lacks comes
// whole from English, never half and half.
Explanation explain(std::string_view code, const ExplanationContext& context,
                    std::string_view language);

}  // namespace nib::explain
