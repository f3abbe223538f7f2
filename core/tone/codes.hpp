#pragma once
// Every code tone emits: the notes (site_targets.cpp) and the reasons of rewrite edits
// (rewrite/transformations.cpp). The explanation catalogues must have a message for each (a unit
// test checks every language), and the transformation tests check no other code appears.
#include <string_view>

namespace nib::tone {

inline constexpr std::string_view kNoteCodes[] = {
    "tone.rude", "tone.too_casual", "tone.too_formal", "tone.too_tentative", "tone.negative",
};

inline constexpr std::string_view kRewriteCodes[] = {
    "tone.rewrite.expand_contraction", "tone.rewrite.contraction",  "tone.rewrite.standard_word",
    "tone.rewrite.casual_word",        "tone.rewrite.greeting",     "tone.rewrite.remove_filler",
    "tone.rewrite.milder_word",        "tone.rewrite.punctuation",  "tone.rewrite.capitalize",
    "tone.rewrite.remove_emoji",       "tone.rewrite.request",      "tone.rewrite.soften",
    "tone.rewrite.add_thanks",         "tone.rewrite.remove_hedge", "tone.rewrite.add_greeting",
    "tone.rewrite.exclamation",        "tone.rewrite.add_emoji",
};

}  // namespace nib::tone
