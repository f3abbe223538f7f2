#pragma once
// Fast spelling suggestions: candidates from a symmetric-delete index over the lexicon, plus
// phonetic and keyboard-aware edits, ranked by a weighted edit cost and word frequency. A judge
// (Hunspell, in core/spell) decides what is a word; this class only proposes.
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "spell/suggest/lexicon.hpp"

namespace nib::spell {

struct Candidate {
  std::string word;  // in the misspelling's case pattern (Dreem -> Dream, DREEM -> DREAM)
  double score;      // higher is better; comparable within one call only
};

using WordJudge = std::function<bool(std::string_view word)>;

class CandidateGenerator {
 public:
  explicit CandidateGenerator(std::vector<LexiconEntry> lexicon);
  ~CandidateGenerator();
  CandidateGenerator(CandidateGenerator&&) noexcept;
  CandidateGenerator& operator=(CandidateGenerator&&) noexcept;

  // Personal-dictionary words become candidates too.
  void add_word(std::string_view word);
  void remove_word(std::string_view word);

  // Best first, at most max_results, each accepted by `is_word`. Also proposes splits into two
  // words ("alot" -> "a lot") and apostrophe restorations ("dont" -> "don't").
  std::vector<Candidate> suggest(std::string_view misspelled, const WordJudge& is_word,
                                 std::size_t max_results) const;

  // The weighted edit cost (edit_cost.hpp) from a typed word to a word, case-insensitive: about
  // 0.5 for a typical slip (dreem -> dream), 1 and more for arbitrary edits; splits cost the
  // same as their joined form.
  float typo_cost(std::string_view typed, std::string_view word) const;

  std::size_t size() const;  // words indexed

  // Approximate heap bytes held by the lexicon and its indexes (for memory budgets).
  std::size_t memory_bytes() const;

 private:
  // Both append to `results` (up to max_results, no duplicates) and count their judge calls in
  // `judge_calls`, stopping at the per-word cap.
  void suggest_whole(std::string_view misspelled, const WordJudge& is_word, std::size_t max_results,
                     std::size_t& judge_calls, std::vector<Candidate>& results) const;
  // "new-fasion" -> "new-fashion": when exactly one hyphen-joined part is rejected, its
  // suggestions are spliced back in.
  void fix_hyphenated_part(std::string_view misspelled, const WordJudge& is_word,
                           std::size_t max_results, std::size_t& judge_calls,
                           std::vector<Candidate>& results) const;

  struct Index;
  std::unique_ptr<Index> index_;
};

}  // namespace nib::spell
