#pragma once
// Which keys sit next to each other on a QWERTY keyboard: a slip onto a neighbouring key is the
// most common typing error, so such substitutions are cheap.
namespace nib::spell::suggest_internal {

// True for two different lowercase ASCII letters whose keys touch (same row or the row above or
// below, following the keyboard's stagger). False for anything else.
bool keys_adjacent(char32_t a, char32_t b);

}  // namespace nib::spell::suggest_internal
