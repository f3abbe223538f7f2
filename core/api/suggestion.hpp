#pragma once
// One problem found in a post, as the API reports it. Offsets are UTF-16 code units.
#include <cstdint>
#include <string>
#include <vector>

namespace nib::api {

struct Suggestion {
  std::string id;
  std::uint32_t start;
  std::uint32_t end;
  std::string kind;  // spelling | grammar | punctuation | style | tone
  std::string original;
  std::vector<std::string> replacements;
  std::string code;  // stable explanation code, also the rule id
  std::string message;
  std::string message_language;  // the catalogue the message came from
  double confidence;
  std::string source;  // spelling | model | tone
};

}  // namespace nib::api
