#pragma once
// Token alignment of a sentence and its correction: the cheapest sequence of keep / substitute /
// delete / insert steps. Substituting similar words (same lemma, same letters but case, small
// spelling differences) is cheap, so "go -> went" aligns as one step, not a delete plus an insert.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "grammar/inflections.hpp"

namespace nib::grammar {

enum class AlignOp { keep, substitute, remove, insert };

struct AlignStep {
  AlignOp op;
  std::size_t source;  // index into source (for insert: the source position it comes before)
  std::size_t target;  // index into target (for remove: the target position it comes before)
};

std::vector<AlignStep> align(std::span<const std::string> source,
                             std::span<const std::string> target, const Inflections& inflections);

}  // namespace nib::grammar
