#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace nib::spell {

// Stable explanation codes: tests, ignore lists and translations refer to them.
namespace codes {
inline constexpr const char* unknown_word = "spelling.unknown_word";
inline constexpr const char* split = "spelling.split";
inline constexpr const char* apostrophe = "spelling.apostrophe";
inline constexpr const char* dialect = "spelling.dialect";
inline constexpr const char* lowercase_i = "spelling.lowercase_i";
inline constexpr const char* possible_name = "spelling.possible_name";
inline constexpr const char* foreign_word = "spelling.foreign_word";
inline constexpr const char* all[] = {unknown_word, split,         apostrophe,  dialect,
                                      lowercase_i,  possible_name, foreign_word};
}  // namespace codes

struct SpellingIssue {
  std::size_t begin;  // bytes into the UTF-8 text
  std::size_t end;
  std::string code;
  std::vector<std::string> replacements;  // best first; may be empty
  double confidence;                      // 0..1; below 0.5 the UI hides it by default
};

}  // namespace nib::spell
