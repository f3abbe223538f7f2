#pragma once
// The explainable, meaning-keeping changes a rewrite toward a goal can make, each as a family of
// edits (all contractions spelled out, all hedges removed, …). Mentions, hashtags, links, numbers,
// code and e-mail addresses are never edited; emoji only by the formal goal's "remove emoji".
#include <string_view>
#include <vector>

#include "text/segmenter.hpp"
#include "tone/rewrite/edit.hpp"
#include "tone/rewrite/goals.hpp"

namespace nib::tone::rewrite {

// Families that apply to `text` for `goal`, in priority order (an earlier family's edit wins an
// overlap); families with no edit are left out.
std::vector<EditFamily> transformations(std::string_view text,
                                        const text::Segmentation& segmentation, Goal goal);

// Two edits that cannot both apply: they overlap, or insert at the same place, or one inserts
// inside the other.
bool conflict(const Edit& a, const Edit& b);

}  // namespace nib::tone::rewrite
