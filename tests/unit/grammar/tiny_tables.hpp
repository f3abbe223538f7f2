#pragma once
// Test helper: a few verbs and nouns instead of the big inflection table, and a way to read back
// the sentence apply_tags produced.
#include <string>

#include "grammar/apply_tags.hpp"
#include "grammar/inflections.hpp"

namespace nib::test {

inline constexpr const char* kTinyInflections =
    "go go VB\ngo go VBP\ngoes go VBZ\nwent go VBD\ngone go VBN\ngoing go VBG\n"
    "be be VB\nam be VBP\nare be VBP\nis be VBZ\nwas be VBD\nwere be VBD\nbeen be VBN\n"
    "being be VBG\n"
    "have have VB\nhave have VBP\nhas have VBZ\nhad have VBD\nhad have VBN\nhaving have VBG\n"
    "like like VB\nlike like VBP\nlikes like VBZ\nliked like VBD\nliked like VBN\n"
    "liking like VBG\n"
    "cat cat NN\ncats cat NNS\nchild child NN\nchildren child NNS\napple apple NN\n"
    "apples apple NNS\n";

inline const grammar::Inflections& tiny_inflections() {
  static const grammar::Inflections table = grammar::Inflections::parse(kTinyInflections);
  return table;
}

// The current tokens, spaced as apply_tags says.
inline std::string render(const grammar::SentenceState& sentence) {
  std::string out;
  for (const auto& t : sentence.current) {
    if (!out.empty() && t.token.space_before) out.push_back(' ');
    out += t.token.text;
  }
  return out;
}

}  // namespace nib::test
