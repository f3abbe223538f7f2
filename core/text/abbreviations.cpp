#include "text/abbreviations.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace nib::text::detail {
namespace {

// Lower case, sorted for binary search. Words that often end ordinary sentences (no, may, sun, sat,
// min) are left out, so that "I said no." still ends one.
constexpr std::string_view kAbbreviations[] = {
    "al",   "approx", "apr", "aug", "ave",  "blvd", "capt", "cf",  "co",  "col", "corp", "dec",
    "dept", "dr",     "eg",  "est", "etc",  "feb",  "fig",  "gen", "hon", "ie",  "inc",  "jan",
    "jr",   "jul",    "jun", "lt",  "ltd",  "mar",  "mr",   "mrs", "ms",  "mt",  "nov",  "oct",
    "pp",   "prof",   "rev", "sep", "sept", "sgt",  "sr",   "st",  "vol", "vs"};
static_assert(std::is_sorted(std::begin(kAbbreviations), std::end(kAbbreviations)));

}  // namespace

bool is_abbreviation(std::string_view word) {
  constexpr std::size_t kLongest = 6;
  if (word.empty() || word.size() > kLongest) return false;
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return std::binary_search(std::begin(kAbbreviations), std::end(kAbbreviations),
                            std::string_view(lower));
}

}  // namespace nib::text::detail
