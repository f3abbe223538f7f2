#pragma once
// What the tone model sees of a post: hashed ids of its lower-cased words, word pairs, emoji, the
// valence class of each rated word (also marked when its sentence addresses the reader) and a few
// shape cues (ALL CAPS, "!!", a lower-case "i", stretched letters, long words, mentions, links).
// The training recipe gets its features from this same code through the C API. No length feature:
// each training source has its own typical length, so length taught the source, not the tone.
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/segmenter.hpp"
#include "tone/valence.hpp"

namespace nib::tone {

// Ids in [0, buckets); repeated features repeat. `text` is valid UTF-8, `segmentation` its own.
std::vector<std::uint32_t> tone_features(std::string_view text,
                                         const text::Segmentation& segmentation,
                                         std::uint32_t buckets, const ValenceLexicon& valence);

}  // namespace nib::tone
