#include "spell/spell_checker.hpp"

#include <algorithm>
#include <limits>
#include <span>

#include "errors/error.hpp"
#include "spell/word_list.hpp"
#include "spell/word_shape.hpp"

namespace nib::spell {
namespace {

using text::Token;
using text::TokenKind;

constexpr double kSure = 0.9;
constexpr double kUnsure = 0.6;
constexpr double kDoubtful = 0.45;  // unknown, but nothing close: below the UI's default 0.5
constexpr double kHidden = 0.3;     // names, foreign and quoted words
// Typical slips cost about 0.5 (edit_cost.hpp); an unknown word further than this from its best
// replacement is more likely a word we do not know (nata, skyr, a dish, a place) than a typo.
constexpr float kTypoCostLimit = 1.2f;
// Closer than this is a plain slip (realy, recomend): sure to be a typo even beside another one.
constexpr float kSlipCostLimit = 0.8f;

// Long words hold more slips: two in "knowlegable" are as sure a typo as one in "recieve".
float typo_cost_limit(std::size_t letters) {
  return letters <= 7 ? kTypoCostLimit
                      : std::min(kTypoCostLimit + 0.15f * static_cast<float>(letters - 7), 2.0f);
}

std::string_view slice(std::string_view text, const Token& token) {
  return text.substr(token.begin, token.end - token.begin);
}

bool is_quote(std::string_view s) {
  return s == "\"" || s == "'" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" ||
         s == "\xE2\x80\x98" || s == "\xE2\x80\x99" || s == "\xC2\xAB" || s == "\xC2\xBB" ||
         s == "*" || s == "_";
}

// "gezellig" in quotes or *italics* is a foreign word on purpose.
bool is_quoted(std::string_view text, std::span<const Token> tokens, std::size_t first,
               std::size_t last) {
  if (first == 0 || last + 1 >= tokens.size()) return false;
  const Token& before = tokens[first - 1];
  const Token& after = tokens[last + 1];
  return before.end == tokens[first].begin && after.begin == tokens[last].end &&
         is_quote(slice(text, before)) && is_quote(slice(text, after));
}

bool is_hyphen(std::string_view text, const Token& token) {
  return token.kind == TokenKind::punctuation && slice(text, token) == "-";
}

bool inserts_apostrophe(std::string_view word, std::string_view replacement) {
  if (replacement.size() != word.size() + 1) return false;
  std::string without;
  for (char c : replacement) {
    if (c != '\'') without.push_back(c);
  }
  return to_lower_ascii(without) == to_lower_ascii(word);
}

// Two unknown words side by side ("gulab jamun", "Nasi goreng") are a phrase from another
// language far more often than two typos in a row; `slips` marks the issues that are plain slips
// of a lowercase word (realy recomend), which stay.
void demote_foreign_phrases(std::string_view text, std::vector<SpellingIssue>& issues,
                            const std::vector<bool>& slips) {
  const auto unknown = [&](std::size_t i) {
    const SpellingIssue& issue = issues[i];
    return !slips[i] && (issue.code == codes::unknown_word || issue.code == codes::possible_name ||
                         issue.code == codes::foreign_word);
  };
  for (std::size_t i = 1; i < issues.size(); ++i) {
    SpellingIssue& left = issues[i - 1];
    SpellingIssue& right = issues[i];
    if (!unknown(i - 1) || !unknown(i) || right.begin <= left.end) continue;
    const std::string_view between = text.substr(left.end, right.begin - left.end);
    if (between.find_first_not_of(' ') != std::string_view::npos) continue;
    for (SpellingIssue* issue : {&left, &right}) {
      issue->code = codes::foreign_word;
      issue->confidence = std::min(issue->confidence, kHidden);
    }
  }
}

}  // namespace

void SpellChecker::load_dictionary(std::string_view dialect, std::string_view aff,
                                   std::string_view dic) {
  HunspellDictionary dictionary(aff, dic);
  for (const auto& word : supplement_) dictionary.add(word);
  dictionaries_.insert_or_assign(std::string(dialect), std::move(dictionary));
  replacement_cache_.clear();
}

void SpellChecker::load_lexicon(std::string_view lexicon_text) {
  auto entries = parse_lexicon(lexicon_text);
  if (entries.empty())
    throw Error("lexicon_invalid", "the lexicon has no word<TAB>frequency lines");
  generator_.emplace(std::move(entries));
  for (const auto& word : personal_words_) generator_->add_word(word);
  replacement_cache_.clear();
}

void SpellChecker::load_supplement(std::string_view word_list) {
  for (auto& word : parse_word_list(word_list)) {
    for (auto& [name, dictionary] : dictionaries_) dictionary.add(word);
    supplement_.push_back(std::move(word));
  }
  replacement_cache_.clear();
}

bool SpellChecker::has_dialect(std::string_view dialect) const {
  return dictionaries_.find(dialect) != dictionaries_.end();
}

std::vector<std::string> SpellChecker::dialects() const {
  std::vector<std::string> names;
  for (const auto& [name, dictionary] : dictionaries_) names.push_back(name);
  return names;
}

std::size_t SpellChecker::lexicon_size() const { return generator_ ? generator_->size() : 0; }

void SpellChecker::set_personal_words(const std::vector<std::string>& words) {
  std::vector<std::string> normalized;
  for (const auto& word : words) {
    if (!word.empty() && word.size() <= 100) normalized.push_back(normalize_apostrophes(word));
  }
  if (normalized == personal_words_) return;
  if (generator_) {
    for (const auto& word : personal_words_) generator_->remove_word(word);
    for (const auto& word : normalized) generator_->add_word(word);
  }
  personal_words_ = std::move(normalized);
  personal_set_.clear();
  for (const auto& word : personal_words_) {
    personal_set_.insert(word);
    personal_set_.insert(to_lower_ascii(word));
  }
  replacement_cache_.clear();
}

SpellChecker::Judges SpellChecker::judges(std::string_view dialect) {
  Judges list;
  if (dialect == kAnyDialect) {
    // American first: its dictionary is the one replacements are ranked for.
    if (auto us = dictionaries_.find("en-US"); us != dictionaries_.end())
      list.push_back(&us->second);
    for (auto& [name, dictionary] : dictionaries_) {
      if (name != "en-US") list.push_back(&dictionary);
    }
    if (list.empty()) throw Error("dialect_not_loaded", "no dictionary is loaded");
    return list;
  }
  auto it = dictionaries_.find(dialect);
  if (it == dictionaries_.end()) {
    throw Error("dialect_not_loaded",
                "no dictionary is loaded for dialect '" + std::string(dialect.substr(0, 40)) + "'");
  }
  list.push_back(&it->second);
  return list;
}

bool SpellChecker::accepted(const Judges& judges, std::string_view word) const {
  if (personal_set_.contains(std::string(word)) || personal_set_.contains(to_lower_ascii(word))) {
    return true;
  }
  const auto any_accepts = [&](std::string_view w) {
    return std::any_of(judges.begin(), judges.end(),
                       [&](HunspellDictionary* d) { return d->accepts(w); });
  };
  if (any_accepts(word)) return true;
  // café, naïve, jalapeño: accents of loanwords the dictionaries list without them.
  const std::string folded = fold_loanword_accents(word);
  return folded != word && any_accepts(folded);
}

bool SpellChecker::accepts(std::string_view word, std::string_view dialect) {
  return accepted(judges(dialect), normalize_apostrophes(word));
}

const std::vector<std::string>& SpellChecker::replacements_for(const Judges& judges,
                                                               std::string_view dialect,
                                                               std::string_view word,
                                                               std::size_t& budget,
                                                               bool& exhausted) {
  static const std::vector<std::string> none;
  std::string key = std::string(dialect) + '\0' + std::string(word);
  if (auto it = replacement_cache_.find(key); it != replacement_cache_.end()) return it->second;
  if (!generator_) return none;
  if (budget == 0) {
    exhausted = true;
    return none;
  }
  --budget;
  std::vector<std::string> words;
  const auto judge = [&](std::string_view candidate) { return accepted(judges, candidate); };
  for (auto& candidate : generator_->suggest(word, judge, 8))
    words.push_back(std::move(candidate.word));
  // A bounded cache: a long session of typing must not grow memory without limit.
  if (replacement_cache_.size() > 20000) replacement_cache_.clear();
  return replacement_cache_.emplace(std::move(key), std::move(words)).first->second;
}

float SpellChecker::cost_to_best(std::string_view word,
                                 const std::vector<std::string>& replacements) const {
  if (!generator_ || replacements.empty()) return std::numeric_limits<float>::max();
  return generator_->typo_cost(word, replacements.front());
}

std::optional<std::string> SpellChecker::other_dialect_accepting(std::string_view dialect,
                                                                 std::string_view word) {
  for (auto& [name, other] : dictionaries_) {
    if (name != dialect && other.accepts(word)) return name;
  }
  return std::nullopt;
}

SpellResult SpellChecker::check(std::string_view text, const text::Segmentation& segmentation,
                                std::string_view dialect, const SpellOptions& options) {
  const Judges dict = judges(dialect);
  const bool strict_dialect = dialect != kAnyDialect;
  SpellResult result;
  std::size_t budget = options.suggestion_budget;
  std::vector<bool> slips;  // beside result.issues, one each

  const auto check_word = [&](std::span<const Token> tokens, std::size_t index,
                              bool sentence_initial) {
    const Token& token = tokens[index];
    const std::string_view raw = slice(text, token);
    const WordShape shape = shape_of(raw);
    if (shape.has_digit || shape.has_non_latin_letter) return;
    if (raw == "i" || raw.starts_with("i'") || raw.starts_with("i\xE2\x80\x99")) {
      std::string fixed(raw);
      fixed[0] = 'I';
      if (raw == "i" || accepted(dict, normalize_apostrophes(fixed))) {
        result.issues.push_back({token.begin, token.end, codes::lowercase_i, {fixed}, 0.7});
        slips.push_back(true);
        return;
      }
    }
    if (shape.letters < 2 || shape.case_pattern == CasePattern::upper) return;
    const std::string word = normalize_apostrophes(strip_possessive(raw));
    if (accepted(dict, word)) return;

    SpellingIssue issue{token.begin, token.end, codes::unknown_word, {}, kSure};
    const bool quoted = is_quoted(text, tokens, index, index);
    if (shape.has_rare_latin_letter || quoted) {
      issue.code = codes::foreign_word;
      issue.confidence = kHidden;
    } else if (shape.case_pattern == CasePattern::mixed ||
               (shape.case_pattern == CasePattern::title && !sentence_initial)) {
      issue.code = codes::possible_name;
      issue.confidence = kHidden;
    }
    // colour in en-US: the lowercase form decides, so names another dictionary happens to
    // list (Siobhan in en-GB) stay names.
    const bool plain = shape.case_pattern == CasePattern::lower ||
                       (shape.case_pattern == CasePattern::title && sentence_initial);
    if (strict_dialect && plain && other_dialect_accepting(dialect, to_lower_ascii(word))) {
      issue.code = codes::dialect;
      issue.confidence = 0.8;
    }
    issue.replacements = replacements_for(dict, dialect, word, budget, result.budget_exhausted);
    // A misspelling lies close to the word meant; an unknown word with nothing close is more
    // likely a word we do not know (food, a place, slang) than an error: keep it below the UI's
    // default threshold.
    const float cost = cost_to_best(word, issue.replacements);
    slips.push_back(shape.case_pattern == CasePattern::lower && cost <= kSlipCostLimit);
    if (issue.code == codes::unknown_word && cost > typo_cost_limit(shape.letters)) {
      issue.confidence = kDoubtful;
    }
    if (issue.replacements.size() > options.max_replacements) {
      issue.replacements.resize(options.max_replacements);
    }
    if (!issue.replacements.empty()) {
      const std::string& best = issue.replacements.front();
      if (issue.code == codes::unknown_word) {
        if (best.find(' ') != std::string::npos)
          issue.code = codes::split;
        else if (inserts_apostrophe(word, best))
          issue.code = codes::apostrophe;
      }
    }
    // A capitalized unknown word opening a sentence is often a name: flag it only when its best
    // replacement is a likely slip away.
    if (issue.code == codes::unknown_word && shape.case_pattern == CasePattern::title) {
      const bool close = cost <= kTypoCostLimit;
      if (!close) issue.code = codes::possible_name;
      issue.confidence = close ? kUnsure : kHidden;
    }
    result.issues.push_back(std::move(issue));
  };

  // Tokens come in text order, so one cursor walks the unchecked ranges.
  std::size_t range = 0;
  const auto unchecked = [&](const Token& token) {
    const auto& ranges = options.unchecked;
    while (range < ranges.size() && ranges[range].second <= token.begin) ++range;
    return range < ranges.size() && ranges[range].first < token.end;
  };
  for (const auto& sentence : segmentation.sentences) {
    const std::span<const Token> tokens(segmentation.tokens.data() + sentence.first_token,
                                        sentence.token_count);
    bool seen_word = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::word) continue;
      if (unchecked(tokens[i])) {
        seen_word = true;
        continue;
      }
      const bool sentence_initial = !seen_word;
      seen_word = true;
      // Hyphenated compounds are judged whole first (well-known, e-mail); only if Hunspell
      // rejects the whole are the parts judged alone.
      std::size_t last = i;
      while (last + 2 < tokens.size() && is_hyphen(text, tokens[last + 1]) &&
             tokens[last + 1].begin == tokens[last].end &&
             tokens[last + 2].kind == TokenKind::word &&
             tokens[last + 2].begin == tokens[last + 1].end) {
        last += 2;
      }
      if (last > i) {
        const std::string compound =
            normalize_apostrophes(text.substr(tokens[i].begin, tokens[last].end - tokens[i].begin));
        if (!accepted(dict, compound) && !is_quoted(text, tokens, i, last)) {
          for (std::size_t part = i; part <= last; part += 2) {
            if (shape_of(slice(text, tokens[part])).letters > 3) {
              check_word(tokens, part, sentence_initial && part == i);
            }
          }
        }
        i = last;
        continue;
      }
      check_word(tokens, i, sentence_initial);
    }
  }
  demote_foreign_phrases(text, result.issues, slips);
  return result;
}

std::vector<std::string> SpellChecker::suggest(std::string_view word, std::string_view dialect,
                                               SuggestMethod method, std::size_t max_results) {
  const Judges dict = judges(dialect);
  const std::string normalized = normalize_apostrophes(word);
  std::vector<std::string> words;
  if (method == SuggestMethod::hunspell) {
    words = dict.front()->hunspell_suggest(normalized);
  } else if (generator_) {
    const auto judge = [&](std::string_view candidate) { return accepted(dict, candidate); };
    for (auto& candidate : generator_->suggest(normalized, judge, max_results)) {
      words.push_back(std::move(candidate.word));
    }
  }
  if (words.size() > max_results) words.resize(max_results);
  return words;
}

}  // namespace nib::spell
