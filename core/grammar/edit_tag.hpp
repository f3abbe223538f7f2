#pragma once
// The edit-tag codec: the one definition of what the model can ask for at a position. Tags travel
// as strings ("$KEEP", "$APPEND_the", "$VERB_VBZ") in the model's tag list and in training targets.
#include <optional>
#include <string>
#include <string_view>

namespace nib::grammar {

enum class TagKind {
  keep,
  remove,       // $DELETE
  replace,      // $REPLACE_word
  append,       // $APPEND_word: insert after this position (position 0, the start, inserts first)
  capitalize,   // $CAPITALIZE
  lowercase,    // $LOWERCASE
  verb_form,    // $VERB_<PTB tag>: same verb, another form (agreement, tense, participle)
  noun_number,  // $NOUN_NN / $NOUN_NNS
};

struct EditTag {
  TagKind kind = TagKind::keep;
  std::string argument;  // the word for replace/append, the PTB tag for verb/noun forms
};

std::string format_tag(const EditTag& tag);
std::optional<EditTag> parse_tag(std::string_view text);

}  // namespace nib::grammar
