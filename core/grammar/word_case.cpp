#include "grammar/word_case.hpp"

#include "grammar/model_tokens.hpp"

namespace nib::grammar {
namespace {

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string capitalize_first(std::string_view word) {
  std::string out(word);
  if (!out.empty()) out.front() = upper(out.front());
  return out;
}

std::string lowercase_all(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = lower(c);
  return out;
}

std::string match_case(std::string_view word, std::string_view model) {
  switch (case_class_of(model)) {
    case CaseClass::capitalized:
      return capitalize_first(word);
    case CaseClass::upper:
      if (word.size() > 1) {
        std::string out(word);
        for (char& c : out) c = upper(c);
        return out;
      }
      return capitalize_first(word);
    default:
      return std::string(word);
  }
}

}  // namespace nib::grammar
