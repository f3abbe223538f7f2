#pragma once
// Spelling for a segmented post: Hunspell judges words, the candidate generator proposes
// replacements, and the word's shape and context decide how sure a flag is.
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "spell/hunspell_dictionary.hpp"
#include "spell/spelling_issue.hpp"
#include "spell/suggest/candidate_generator.hpp"
#include "text/segmenter.hpp"

namespace nib::spell {

struct SpellOptions {
  std::size_t max_replacements = 3;
  // Unique unknown words per check that get replacements; past it they are still flagged, without
  // replacements, so a hostile post cannot make one check run for seconds.
  std::size_t suggestion_budget = 300;
  // Byte ranges not to check (parts of the post in another language), sorted by start: their
  // words are neither flagged nor given replacements from the budget.
  std::vector<std::pair<std::size_t, std::size_t>> unchecked;
};

struct SpellResult {
  std::vector<SpellingIssue> issues;
  bool budget_exhausted = false;
};

enum class SuggestMethod { nib, hunspell };

inline constexpr std::string_view kAnyDialect = "any";

class SpellChecker {
 public:
  // Dialect names are the API's ("en-US"). Loading the same dialect again replaces it. Checking
  // with kAnyDialect accepts a word any loaded dialect accepts (colour and color alike).
  void load_dictionary(std::string_view dialect, std::string_view aff, std::string_view dic);
  void load_lexicon(std::string_view lexicon_text);
  void load_supplement(std::string_view word_list);

  bool has_dialect(std::string_view dialect) const;
  std::vector<std::string> dialects() const;
  std::size_t lexicon_size() const;

  // The host holds the personal dictionary and passes it with each request; an unchanged list
  // costs nothing.
  void set_personal_words(const std::vector<std::string>& words);

  // Throws nib::Error("dialect_not_loaded").
  SpellResult check(std::string_view text, const text::Segmentation& segmentation,
                    std::string_view dialect, const SpellOptions& options);

  bool accepts(std::string_view word, std::string_view dialect);
  std::vector<std::string> suggest(std::string_view word, std::string_view dialect,
                                   SuggestMethod method, std::size_t max_results);

 private:
  using Judges = std::vector<HunspellDictionary*>;
  // The dictionaries whose word is law for `dialect`: one, or all of them for kAnyDialect.
  Judges judges(std::string_view dialect);
  bool accepted(const Judges& judges, std::string_view word) const;
  const std::vector<std::string>& replacements_for(const Judges& judges, std::string_view dialect,
                                                   std::string_view word, std::size_t& budget,
                                                   bool& exhausted);
  // The weighted edit cost from `word` to its best replacement (max when there is none).
  float cost_to_best(std::string_view word, const std::vector<std::string>& replacements) const;
  std::optional<std::string> other_dialect_accepting(std::string_view dialect,
                                                     std::string_view word);

  std::map<std::string, HunspellDictionary, std::less<>> dictionaries_;
  std::optional<CandidateGenerator> generator_;
  std::vector<std::string> supplement_;
  std::vector<std::string> personal_words_;
  std::unordered_set<std::string> personal_set_;  // as written and lowercased
  // Replacements already computed, per dialect and word; cleared when personal words change.
  std::unordered_map<std::string, std::vector<std::string>> replacement_cache_;
};

}  // namespace nib::spell
