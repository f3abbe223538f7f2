#pragma once
// Internal to the text module: words whose full stop does not end a sentence.
#include <string_view>

namespace nib::text::detail {

// Whether `word` (without its full stop) is a known abbreviation such as Mr, Dr, etc, vs or Jan;
// compared case-insensitively. Dotted forms (e.g., U.S., a.m.) are recognised by the caller.
bool is_abbreviation(std::string_view word);

}  // namespace nib::text::detail
