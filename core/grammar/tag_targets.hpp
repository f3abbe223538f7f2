#pragma once
// Training targets: which tag at each model position turns `source` into `target`. Position 0 is
// the start marker, position i+1 is source token i. One edit per position per pass; what does not
// fit (a second insertion in a row) is left for the next pass, as at run time.
#include <span>
#include <vector>

#include "grammar/edit_tag.hpp"
#include "grammar/inflections.hpp"
#include "grammar/model_tokens.hpp"

namespace nib::grammar {

std::vector<EditTag> tag_targets(std::span<const ModelToken> source,
                                 std::span<const ModelToken> target,
                                 const Inflections& inflections);

// The tag that turns one word into another (never keep/remove/append).
EditTag substitution_tag(const ModelToken& from, const ModelToken& to,
                         const Inflections& inflections);

}  // namespace nib::grammar
