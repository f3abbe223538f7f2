#pragma once
// How far a typed word is from a lexicon word: Damerau-Levenshtein (optimal string alignment)
// with weights that follow how people actually misspell. Slips onto a neighbouring key, a vowel
// for a vowel, a doubled or undoubled letter, two swapped letters and a missing apostrophe are
// cheaper than an arbitrary edit, so "dreem" is closer to "dream" than to "dress".
#include <string_view>

namespace nib::spell::suggest_internal {

// One edit of each kind; an arbitrary insertion, deletion or substitution costs 1.
struct EditWeights {
  float accent = 0.1f;        // e <-> é
  float apostrophe = 0.1f;    // dont -> don't
  float doubled = 0.35f;      // untill -> until, tomorow -> tomorrow
  float vowel = 0.55f;        // dreem -> dream
  float lone_vowel = 0.75f;   // belive -> believe, develope -> develop
  float silent_h = 0.5f;      // wich -> which: the h of ch, gh, ph, sh, th, wh
  float sound_alike = 0.6f;   // c/k/s, s/z, g/j, d/t, b/p
  float adjacent_key = 0.6f;  // QWERTY neighbours
  float transpose = 0.55f;    // recieve -> receive
  float first_letter = 0.5f;  // extra for any edit of the first letter: people rarely get it wrong
  float last_letter = 0.3f;   // extra for any edit of the last letter, which carries inflections
};

inline constexpr EditWeights kEditWeights{};

// Both words lowercase. Returns the weighted cost, or a value greater than `bound` as soon as the
// cost is sure to exceed it (which keeps rejecting far candidates cheap).
float edit_cost(std::u32string_view typed, std::u32string_view word, float bound,
                const EditWeights& weights = kEditWeights);

}  // namespace nib::spell::suggest_internal
