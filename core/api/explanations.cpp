#include "api/explanations.hpp"

#include "api/grammar_explanations.hpp"
#include "spell/spelling_issue.hpp"

namespace nib::api {
namespace {

std::string quoted(std::string_view word) {
  return "\xE2\x80\x9C" + std::string(word) + "\xE2\x80\x9D";
}

}  // namespace

std::string dialect_name(std::string_view dialect) {
  if (dialect == "en-US") return "American English";
  if (dialect == "en-GB") return "British English";
  if (dialect == "en-CA") return "Canadian English";
  if (dialect == "en-AU") return "Australian English";
  return std::string(dialect);
}

std::string explain(std::string_view code, const ExplanationContext& context) {
  namespace codes = spell::codes;
  if (auto grammar = explain_grammar(
          code, context.original,
          context.replacements.empty() ? std::string_view() : context.replacements.front())) {
    return *grammar;
  }
  const std::string word = quoted(context.original);
  const bool has_best = !context.replacements.empty();
  const std::string best = has_best ? quoted(context.replacements.front()) : std::string();
  if (code == codes::split) return word + " is written as two words: " + best + ".";
  if (code == codes::apostrophe) return word + " needs an apostrophe: " + best + ".";
  if (code == codes::lowercase_i) {
    return "The word \xE2\x80\x9CI\xE2\x80\x9D is always a capital letter: " + best + ".";
  }
  if (code == codes::dialect) {
    return word + " is not the usual spelling in " + dialect_name(context.dialect) + "." +
           (has_best ? " Use " + best + "." : std::string());
  }
  if (code == codes::possible_name) {
    return word + " is not in the dictionary. If it is a name, add it to your dictionary." +
           (has_best ? " Did you mean " + best + "?" : std::string());
  }
  if (code == codes::foreign_word) {
    return word +
           " is not an English word. If you meant a word from another language, ignore this.";
  }
  return word + " is not in the dictionary." +
         (has_best ? " Did you mean " + best + "?" : std::string());
}

}  // namespace nib::api
