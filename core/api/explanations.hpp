#pragma once
// English explanations with the words filled in, one per explanation code.
#include <string>
#include <string_view>
#include <vector>

namespace nib::api {

struct ExplanationContext {
  std::string_view original;
  const std::vector<std::string>& replacements;
  std::string_view dialect;  // en-US, en-GB, …
};

std::string explain(std::string_view code, const ExplanationContext& context);

// "American English" for en-US; the code itself for a dialect it does not know.
std::string dialect_name(std::string_view dialect);

}  // namespace nib::api
