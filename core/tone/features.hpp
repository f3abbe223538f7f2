#pragma once
// What the tone model sees of a post: hashes of its lower-cased words, word pairs, emoji, the
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

// 32-bit hashes of the features; repeated features repeat. `text` is valid UTF-8, `segmentation`
// its own.
std::vector<std::uint32_t> tone_features(std::string_view text,
                                         const text::Segmentation& segmentation,
                                         const ValenceLexicon& valence);

// A feature's row in one member's table of `rows` rows (rows > 0). Each member of the model
// scatters the features with a seed of its own, so two features that share a row in one member's
// table rarely share one in another's and the members' average reads past hash collisions.
std::uint32_t member_row(std::uint32_t feature, std::uint32_t member, std::uint32_t rows);

}  // namespace nib::tone
