#pragma once
// The word lists tone rewrites draw on, written for Nib. Keys and replacements are lower case;
// a key may be several words ("kind of"); replacements take the case of what they replace.
#include <span>
#include <string_view>

namespace nib::tone::rewrite {

struct WordPair {
  std::string_view from;
  std::string_view to;
};

std::span<const WordPair> contractions();       // don't → do not (formal)
std::span<const WordPair> contractable();       // do not → don't (casual; the reverse, safe ones)
std::span<const WordPair> slang_to_standard();  // gonna → going to, u → you, tbh → to be honest
std::span<const WordPair> formal_greetings();  // hey → hello, guys → everyone (formal)
std::span<const WordPair> casual_greetings();  // dear → hi, kind regards → cheers (casual)
std::span<const WordPair> formal_to_casual();  // purchase → buy, regarding → about
std::span<const WordPair> milder_words();      // stupid → poor, hate → dislike; "" removes
std::span<const WordPair> hedges();  // i think → "", i was wondering if you could → could you
std::span<const std::string_view> fillers();           // lol, haha, lmao
std::span<const std::string_view> imperative_verbs();  // send, fix, tell … (a request's first word)
std::span<const std::string_view> thanks_words();      // thanks, thank, thx, ty, appreciate

}  // namespace nib::tone::rewrite
