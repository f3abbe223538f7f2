#pragma once
// On-device language identification for a post: which sentences, and which runs of words inside
// English sentences, are in another language, so that Nib leaves them alone. Scripts decide for
// non-Latin text; for Latin text, common-word lexicons of twelve languages weigh against English's
// own common words and the English dictionary (a word English knows counts little as foreign).
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "text/segmenter.hpp"

namespace nib::language {

inline constexpr std::string_view kEnglish = "en";
inline constexpr std::string_view kUndetermined = "und";  // not English, language unknown

struct ForeignSpan {
  std::size_t begin;  // bytes into the text, from the first foreign word to the last
  std::size_t end;
  std::string language;  // id, hu, ru, … or und
};

struct LanguageMap {
  std::string post_language;                    // the language of most of the words ("en" if none)
  std::vector<std::string> sentence_languages;  // one per sentence: "en" unless it is foreign whole
  std::vector<ForeignSpan> foreign;             // sorted, not overlapping; whole sentences included
};

// Does English know this word (any dialect)? The spell checker answers; with no dictionary loaded,
// a judge that knows nothing still leaves the lexicons and scripts to decide.
using EnglishJudge = std::function<bool(std::string_view word)>;

LanguageMap identify(std::string_view text, const text::Segmentation& segmentation,
                     const EnglishJudge& english_knows);

}  // namespace nib::language
