#pragma once
// Applies the tags the decoder accepted to a sentence's tokens. Tokens remember which original
// token they came from, so after several passes the final edits still map back to the user's text.
#include <cstddef>
#include <span>
#include <vector>

#include "grammar/edit_tag.hpp"
#include "grammar/inflections.hpp"
#include "grammar/model_tokens.hpp"

namespace nib::grammar {

inline constexpr std::size_t kNoOrigin = static_cast<std::size_t>(-1);

struct TrackedToken {
  ModelToken token;
  std::size_t origin = kNoOrigin;  // index of the original token; kNoOrigin for inserted words
  bool changed = false;
  double probability = 1.0;  // of the tag that last changed or inserted it
  TagKind changed_by = TagKind::keep;
};

struct Decision {
  std::size_t position;  // 0 = start marker, i + 1 = token i
  EditTag tag;
  double probability;
};

struct SentenceState {
  std::vector<ModelToken> original;
  std::vector<TrackedToken> current;
  std::vector<double> removed;  // per original token: probability of its removal, 0 if kept
};

SentenceState start_sentence(std::vector<ModelToken> tokens);

// Returns whether anything changed. Decisions on locked tokens, and tags that cannot apply
// (an inflection the table lacks), are ignored.
bool apply_tags(SentenceState& sentence, std::span<const Decision> decisions,
                const Inflections& inflections);

bool attaches_to_previous(std::string_view word);  // , . ! ? ; : ) and clitics take no space

}  // namespace nib::grammar
