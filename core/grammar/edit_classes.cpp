#include "grammar/edit_classes.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace nib::grammar {
namespace {

constexpr std::array<std::string_view, 4> kArticles{"a", "an", "the", "one"};
constexpr std::array<std::string_view, 52> kPrepositions{
    "about",  "above",   "across", "after",   "against", "along",  "among",   "around",
    "as",     "at",      "before", "behind",  "below",   "beside", "between", "beyond",
    "by",     "despite", "down",   "during",  "except",  "for",    "from",    "in",
    "inside", "into",    "like",   "near",    "of",      "off",    "on",      "onto",
    "out",    "outside", "over",   "past",    "since",   "than",   "through", "throughout",
    "till",   "to",      "toward", "towards", "under",   "until",  "up",      "upon",
    "via",    "with",    "within", "without"};
// Real-word confusions learners (and everyone) make; each pair explains itself.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kConfusables{{
    {"their", "there"},   {"their", "they're"}, {"there", "they're"}, {"then", "than"},
    {"its", "it's"},      {"your", "you're"},   {"to", "too"},        {"lose", "loose"},
    {"affect", "effect"}, {"were", "where"},    {"we're", "were"},    {"whose", "who's"},
    {"accept", "except"}, {"advice", "advise"}, {"quite", "quiet"},   {"weather", "whether"},
    {"past", "passed"},   {"which", "witch"},   {"of", "off"},        {"though", "through"},
    {"no", "know"},       {"new", "knew"},      {"hear", "here"},     {"right", "write"},
}};
constexpr std::array<std::string_view, 12> kAgreementForms{
    "is", "are", "am", "was", "were", "has", "have", "does", "do", "doesn't", "don't", "isn't"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

bool confusable(std::string_view a, std::string_view b) {
  return std::any_of(kConfusables.begin(), kConfusables.end(), [&](const auto& pair) {
    return (pair.first == a && pair.second == b) || (pair.first == b && pair.second == a);
  });
}

bool all_of(std::span<const std::string> keys, bool (*test)(std::string_view)) {
  return !keys.empty() &&
         std::all_of(keys.begin(), keys.end(), [&](const std::string& k) { return test(k); });
}

std::string one_word(std::string_view a, std::string_view b, const Inflections& inflections,
                     TagKind hint) {
  if (a == b) return "grammar.capitalization";
  if (hint == TagKind::noun_number) return "grammar.noun.number";
  if (is_article(a) && is_article(b)) {
    return (a == "a" && b == "an") || (a == "an" && b == "a") ? "grammar.article.a_an"
                                                              : "grammar.article.wrong";
  }
  if (is_preposition(a) && is_preposition(b)) return "grammar.preposition.wrong";
  if (confusable(a, b)) return "grammar.confused_word";
  if (is_punctuation(a) && is_punctuation(b)) return "punctuation.wrong";
  if (hint != TagKind::noun_number && inflections.same_lemma(a, b, 'V') &&
      (hint == TagKind::verb_form || !inflections.same_lemma(a, b, 'N'))) {
    const bool agreement = (contains(kAgreementForms, a) && contains(kAgreementForms, b)) ||
                           a.ends_with('s') != b.ends_with('s');
    return agreement ? "grammar.verb.agreement" : "grammar.verb.form";
  }
  if (inflections.same_lemma(a, b, 'N')) return "grammar.noun.number";
  if (contains(kAgreementForms, a) && contains(kAgreementForms, b)) return "grammar.verb.agreement";
  return "grammar.word_choice";
}

}  // namespace

bool is_article(std::string_view key) { return contains(kArticles, key); }
bool is_preposition(std::string_view key) { return contains(kPrepositions, key); }
bool is_punctuation(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '-' ||
           c == '\'' || c == '"';
  });
}

std::string_view kind_of_code(std::string_view code) {
  return code.starts_with("punctuation.") ? "punctuation" : "grammar";
}

std::string classify_edit(std::span<const std::string> before, std::span<const std::string> after,
                          const Inflections& inflections, TagKind hint) {
  if (before.empty()) {
    if (all_of(after, is_article)) return "grammar.article.missing";
    if (all_of(after, is_preposition)) return "grammar.preposition.missing";
    if (all_of(after, is_punctuation)) return "punctuation.missing";
    return "grammar.word.missing";
  }
  if (after.empty()) {
    if (all_of(before, is_article)) return "grammar.article.extra";
    if (all_of(before, is_preposition)) return "grammar.preposition.extra";
    if (all_of(before, is_punctuation)) return "punctuation.extra";
    return "grammar.word.extra";
  }
  if (before.size() == 1 && after.size() == 1)
    return one_word(before[0], after[0], inflections, hint);
  // Same words, other order.
  if (before.size() == after.size() && before.size() > 1 &&
      std::is_permutation(before.begin(), before.end(), after.begin()) &&
      !std::equal(before.begin(), before.end(), after.begin())) {
    return "grammar.word_order";
  }
  // A word plus an article or punctuation: name it by the part that changed.
  if (after.size() == before.size() + 1 &&
      std::equal(before.begin(), before.end(), after.begin() + 1)) {
    return classify_edit({}, after.subspan(0, 1), inflections);
  }
  if (after.size() == before.size() + 1 &&
      std::equal(before.begin(), before.end(), after.begin())) {
    return classify_edit({}, after.subspan(after.size() - 1), inflections);
  }
  if (before.size() == after.size() + 1 &&
      std::equal(after.begin(), after.end(), before.begin() + 1)) {
    return classify_edit(before.subspan(0, 1), {}, inflections);
  }
  if (before.size() == after.size() + 1 && std::equal(after.begin(), after.end(), before.begin())) {
    return classify_edit(before.subspan(before.size() - 1), {}, inflections);
  }
  if (before.size() == after.size()) {
    // Only the capital letter of a neighbour changed with the edit: classify the real change.
    std::size_t differing = 0, at = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
      if (before[i] != after[i]) {
        ++differing;
        at = i;
      }
    }
    if (differing == 1) return one_word(before[at], after[at], inflections, TagKind::keep);
    if (differing == 0) return "grammar.capitalization";
  }
  return "grammar.rewrite";
}

}  // namespace nib::grammar
