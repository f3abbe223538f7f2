#pragma once
// Keeps the grammar model's edits inside the writer's dialect. The model was trained on British and
// American text alike, so it may "fix" practice into practise: that is a spelling preference, not
// grammar, and with a named dialect it may even bring in a spelling the dialect rejects.
#include <string_view>

#include "spell/spell_checker.hpp"

namespace nib::api {

// Whether every word `replacement` adds to `original` is spelt right for `dialect`: with a named
// dialect, its dictionary must accept the word; with "any", some dictionary must, and a word put in
// place of another (word_choice, confused_word: not an inflection) must be accepted by all of them.
// With no dictionary loaded there is nothing to judge by, and every edit fits.
bool fits_dialect(spell::SpellChecker& spell, std::string_view dialect, std::string_view code,
                  std::string_view original, std::string_view replacement);

}  // namespace nib::api
