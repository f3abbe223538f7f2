#include "spell/suggest/candidate_generator.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include "spell/suggest/case_pattern.hpp"
#include "spell/suggest/edit_cost.hpp"
#include "spell/suggest/letters.hpp"
#include "spell/suggest/lexicon_index.hpp"
#include "spell/suggest/personal_words.hpp"
#include "spell/suggest/ranking.hpp"
#include "spell/suggest/word_splits.hpp"
#include "spell/suggest/word_store.hpp"
#include "text/utf8.hpp"

namespace nib::spell {

using namespace suggest_internal;

namespace {

// Longer tokens are URLs, code or keyboard mashing: no suggestion is worth the work.
constexpr std::size_t kMaxTypedBytes = 40;
// The judge is exact but not free; the best few candidates are almost always enough.
constexpr std::size_t kMaxJudgeCalls = 30;
// Candidates whose length differs more than this are never within the edit bound in practice.
constexpr std::size_t kMaxLengthDifference = 3;
constexpr std::string_view kCurlyApostrophe = "\u2019";

enum class Source { lexicon, personal, split };

struct Ranked {
  Source source;
  std::uint32_t id;     // lexicon or personal id; the left word of a split
  std::uint32_t right;  // the right word of a split
  float score;
};

std::string replace_all(std::string_view text, std::string_view from, std::string_view to) {
  std::string out;
  for (std::size_t at = 0;;) {
    const std::size_t found = text.find(from, at);
    out.append(text.substr(at, found - at));
    if (found == std::string_view::npos) return out;
    out.append(to);
    at = found + from.size();
  }
}

}  // namespace

struct CandidateGenerator::Index {
  WordStore words;
  LexiconIndex lookups;
  PersonalWords personal;

  // Scores every candidate from `ids` within the edit bound of `typed` (lowercase).
  template <typename WordOf>
  void rank(std::u32string_view typed, const std::vector<std::uint32_t>& ids, Source source,
            WordOf word_of, float frequency_of_personal, std::vector<Ranked>& out) const {
    const float bound = max_edit_cost(typed.size());
    std::u32string letters;
    for (const std::uint32_t id : ids) {
      if (!decode_word(word_of(id), letters)) continue;
      const std::size_t difference = letters.size() > typed.size() ? letters.size() - typed.size()
                                                                   : typed.size() - letters.size();
      if (difference > kMaxLengthDifference) continue;
      lower_word(letters);
      const float cost = edit_cost(typed, letters, bound);
      if (cost > bound) continue;
      const float frequency =
          source == Source::lexicon ? words.frequency(id) : frequency_of_personal;
      out.push_back({source, id, 0, rank_score(cost, frequency, words.max_frequency())});
    }
  }

  // Every candidate within the edit bound, plus splits, best first.
  std::vector<Ranked> rank_all(std::u32string_view typed) const {
    std::vector<Ranked> ranked;
    std::vector<std::uint32_t> ids;
    lookups.near(typed, ids);
    rank(
        typed, ids, Source::lexicon, [&](std::uint32_t id) { return words.word(id); }, 0.0f,
        ranked);
    personal.near(typed, ids);
    const float personal_frequency = words.max_frequency() * kRankingWeights.personal_share;
    rank(
        typed, ids, Source::personal, [&](std::uint32_t id) { return personal.word(id); },
        personal_frequency, ranked);
    std::vector<WordSplit> splits;
    propose_splits(typed, words, lookups, splits);
    for (const WordSplit& split : splits) {
      ranked.push_back({Source::split, split.left, split.right, split.score});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
    return ranked;
  }

  // The candidate in the typed word's case pattern (straight apostrophes): what the judge sees.
  std::string form_of(const Ranked& ranked, WordCase pattern) const {
    std::u32string letters;
    if (ranked.source == Source::split) {
      std::u32string right;
      decode_word(words.word(ranked.id), letters);
      decode_word(words.word(ranked.right), right);
      letters += U' ';
      letters += right;
    } else {
      decode_word(
          ranked.source == Source::lexicon ? words.word(ranked.id) : personal.word(ranked.id),
          letters);
    }
    return apply_word_case(letters, pattern);
  }
};

CandidateGenerator::CandidateGenerator(std::vector<LexiconEntry> lexicon)
    : index_(std::make_unique<Index>()) {
  index_->words = WordStore(std::move(lexicon));
  index_->lookups = LexiconIndex(index_->words);
}

CandidateGenerator::~CandidateGenerator() = default;
CandidateGenerator::CandidateGenerator(CandidateGenerator&&) noexcept = default;
CandidateGenerator& CandidateGenerator::operator=(CandidateGenerator&&) noexcept = default;

void CandidateGenerator::add_word(std::string_view word) {
  if (!index_) index_ = std::make_unique<Index>();
  index_->personal.add(replace_all(word, kCurlyApostrophe, "'"));
}

void CandidateGenerator::remove_word(std::string_view word) {
  if (index_) index_->personal.remove(replace_all(word, kCurlyApostrophe, "'"));
}

float CandidateGenerator::typo_cost(std::string_view typed, std::string_view word) const {
  std::u32string from;
  std::u32string to;
  if (!decode_word(replace_all(typed, kCurlyApostrophe, "'"), from) ||
      !decode_word(replace_all(replace_all(word, kCurlyApostrophe, "'"), " ", ""), to)) {
    return std::numeric_limits<float>::max();
  }
  for (auto& letter : from) letter = lower_letter(letter);
  for (auto& letter : to) letter = lower_letter(letter);
  return edit_cost(from, to, std::numeric_limits<float>::max());
}

std::size_t CandidateGenerator::size() const {
  return index_ ? index_->words.size() + index_->personal.size() : 0;
}

std::size_t CandidateGenerator::memory_bytes() const {
  return index_ ? index_->words.memory_bytes() + index_->lookups.memory_bytes() : 0;
}

std::vector<Candidate> CandidateGenerator::suggest(std::string_view misspelled,
                                                   const WordJudge& is_word,
                                                   std::size_t max_results) const {
  std::vector<Candidate> results;
  if (!index_ || !is_word || max_results == 0 || misspelled.empty() ||
      misspelled.size() > kMaxTypedBytes || !text::is_valid_utf8(misspelled)) {
    return results;
  }
  std::size_t judge_calls = 0;
  // A hyphenated word is mostly right but for one part: fixing that part is the better bet.
  if (misspelled.find('-') != std::string_view::npos) {
    fix_hyphenated_part(misspelled, is_word, max_results, judge_calls, results);
  }
  suggest_whole(misspelled, is_word, max_results, judge_calls, results);
  std::stable_sort(results.begin(), results.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  return results;
}

void CandidateGenerator::suggest_whole(std::string_view misspelled, const WordJudge& is_word,
                                       std::size_t max_results, std::size_t& judge_calls,
                                       std::vector<Candidate>& results) const {
  // Curly apostrophes are looked up straight and given back curly, as the user typed them.
  const bool curly = misspelled.find(kCurlyApostrophe) != std::string_view::npos;
  const std::string straight = replace_all(misspelled, kCurlyApostrophe, "'");
  std::u32string typed;
  if (!decode_word(straight, typed)) return;
  const WordCase pattern = word_case_of(typed);
  lower_word(typed);

  std::vector<std::string> tried;
  for (const Ranked& candidate : index_->rank_all(typed)) {
    if (results.size() >= max_results || judge_calls >= kMaxJudgeCalls) return;
    std::string form = index_->form_of(candidate, pattern);
    if (form == straight || std::find(tried.begin(), tried.end(), form) != tried.end()) continue;
    tried.push_back(form);
    // A split is judged word by word; the second is asked only if the first passes.
    bool accepted = true;
    std::string_view rest = form;
    while (accepted && !rest.empty()) {
      const std::size_t space = std::min(rest.find(' '), rest.size());
      ++judge_calls;
      accepted = is_word(rest.substr(0, space));
      rest.remove_prefix(std::min(space + 1, rest.size()));
    }
    if (!accepted) continue;
    if (curly) form = replace_all(form, "'", kCurlyApostrophe);
    const bool known = std::any_of(results.begin(), results.end(),
                                   [&](const Candidate& c) { return c.word == form; });
    if (!known) results.push_back({std::move(form), static_cast<double>(candidate.score)});
  }
}

void CandidateGenerator::fix_hyphenated_part(std::string_view misspelled, const WordJudge& is_word,
                                             std::size_t max_results, std::size_t& judge_calls,
                                             std::vector<Candidate>& results) const {
  std::vector<std::string_view> parts;
  for (std::size_t at = 0; at <= misspelled.size();) {
    const std::size_t hyphen = std::min(misspelled.find('-', at), misspelled.size());
    parts.push_back(misspelled.substr(at, hyphen - at));
    at = hyphen + 1;
  }
  const bool has_empty_part =
      std::any_of(parts.begin(), parts.end(), [](std::string_view part) { return part.empty(); });
  if (has_empty_part || judge_calls + parts.size() > kMaxJudgeCalls) return;
  std::size_t rejected = parts.size();
  for (std::size_t k = 0; k < parts.size(); ++k) {
    ++judge_calls;
    if (is_word(replace_all(parts[k], kCurlyApostrophe, "'"))) continue;
    if (rejected != parts.size()) return;  // two wrong parts: too many combinations to judge
    rejected = k;
  }
  if (rejected == parts.size()) return;
  std::vector<Candidate> fixes;
  suggest_whole(parts[rejected], is_word, max_results, judge_calls, fixes);
  for (Candidate& fix : fixes) {
    if (fix.word.find(' ') != std::string::npos || results.size() >= max_results) continue;
    std::string joined;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      if (k > 0) joined += '-';
      joined += k == rejected ? std::string_view(fix.word) : parts[k];
    }
    results.push_back({std::move(joined), fix.score});
  }
}

}  // namespace nib::spell
