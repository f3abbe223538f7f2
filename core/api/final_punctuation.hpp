#pragma once
// Social posts and chat lines often end without a full stop; that is the writer's style, not an
// error. The model learned from sentences that always end in . ! ?, so a final mark it appends at
// the end of a line is kept below the default confidence (shown only when asked for everything).
#include <cstddef>
#include <string_view>

#include "text/segmenter.hpp"

namespace nib::api {

inline constexpr double kFinalMarkConfidence = 0.3;

// `replacement` is `original` with one of . ! ? appended.
bool appends_final_mark(std::string_view original, std::string_view replacement);

// No word, punctuation or symbol follows byte `end` of `text` on its line (protected spans such as
// emoji, hashtags and URLs may).
bool ends_line(const text::Segmentation& segmentation, std::string_view text, std::size_t end);

}  // namespace nib::api
