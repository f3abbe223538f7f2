#include "language/language_id.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <span>

#include "language/lexicons.hpp"
#include "language/script.hpp"
#include "text/char_class.hpp"
#include "text/utf8.hpp"

namespace nib::language {
namespace {

using text::Token;
using text::TokenKind;

// A word English also has ("die", "son", "pan") is weak evidence of another language.
constexpr double kEnglishCommonWeight = 0.2;
constexpr double kEnglishKnownWeight = 0.4;
constexpr double kLetterBonus = 0.5;  // a letter English does not use (ő, ñ, ğ)
constexpr double kUnknownBonus = 0.5;

// Evidence for each other language, by lexicon index.
using Evidence = std::array<double, kMaxLexicons>;

struct Best {
  std::size_t index = 0;
  double score = 0;  // 0: no evidence at all
};

Best best_of(const Evidence& evidence) {
  const auto best = std::max_element(evidence.begin(), evidence.end());
  return {static_cast<std::size_t>(best - evidence.begin()), *best};
}

const std::string& language_at(std::size_t index) { return lexicons().languages.at(index); }

struct Word {
  std::size_t begin;
  std::size_t end;
  std::string folded;
  Script script = Script::latin;
  bool name = false;  // capitalized inside the sentence: a name, whatever its language
  bool english_common = false;
  bool english_known = false;
  std::uint32_t in_lexicons = 0;  // bit i: the lexicon of lexicons().languages[i] has the word
  std::uint32_t lettered = 0;     // bit i: its letters point to that language
  bool evidenced = false;         // some other language has evidence from this word
  Evidence foreign{};
};

// The first letter's script that is not Latin, else Latin; `other` for a word with no letter of a
// known script (stray variation selectors, symbols): such words count for no language.
Script word_script(std::string_view word) {
  bool latin = false;
  for (std::size_t at = 0; at < word.size();) {
    const auto [c, length] = text::decode_at(word, at);
    at += length;
    const Script script = script_of(c);
    if (script != Script::latin && script != Script::other) return script;
    latin = latin || (script == Script::latin && (text::is_ascii_letter(c) || c >= 0xC0));
  }
  return latin ? Script::latin : Script::other;
}

bool other_script(const Word& word) {
  return word.script != Script::latin && word.script != Script::other;
}

bool title_case(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z' &&
         std::none_of(word.begin() + 1, word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

Word read_word(std::string_view text, const Token& token, bool sentence_initial) {
  const std::string_view raw = text.substr(token.begin, token.end - token.begin);
  Word word{
      token.begin, token.end, fold_latin_case(raw), word_script(raw), false, false, false, 0, 0,
      false,       {}};
  if (word.script != Script::latin) return word;
  word.name = !sentence_initial && title_case(raw);
  const Lexicons& all = lexicons();
  const std::uint32_t mask = all.mask_of(word.folded);
  word.english_common = (mask & Lexicons::kEnglish) != 0;
  word.english_known = word.english_common;
  word.in_lexicons = mask & ~Lexicons::kEnglish;
  for (std::size_t at = 0; at < word.folded.size();) {
    const auto [c, length] = text::decode_at(word.folded, at);
    at += length;
    if (c < 0x80) continue;
    std::string_view languages = languages_with_letter(c);
    while (!languages.empty()) {
      const std::size_t space = std::min(languages.find(' '), languages.size());
      if (const auto index = all.index_of(languages.substr(0, space)))
        word.lettered |= 1u << *index;
      languages.remove_prefix(std::min(space + 1, languages.size()));
    }
  }
  return word;
}

// Asks the English dictionary about the word and weighs its evidence for other languages: a word
// English knows counts little.
void weigh(Word& word, std::string_view raw, const EnglishJudge& english_knows) {
  if (word.script != Script::latin) return;
  word.english_known = word.english_common || english_knows(raw) || english_knows(word.folded);
  const double weight = word.english_common  ? kEnglishCommonWeight
                        : word.english_known ? kEnglishKnownWeight
                                             : 1.0;
  for (std::size_t i = 0; i < kMaxLexicons; ++i) {
    if (word.in_lexicons & (1u << i)) word.foreign[i] += weight;
    if (word.lettered & (1u << i)) word.foreign[i] += kLetterBonus;
  }
  word.evidenced = (word.in_lexicons | word.lettered) != 0;
}

// Only a sentence with some sign of another language needs the dictionary (most are plain
// English): a word of another lexicon or with its letters that is not one of English's common
// words, or four words with none of English's common ones.
bool needs_weighing(const std::vector<std::vector<Word>>& chunks) {
  for (const auto& chunk : chunks) {
    std::size_t latin = 0, common = 0;
    for (const Word& word : chunk) {
      // English's common words weigh the same with or without the dictionary.
      if (!word.english_common && (word.in_lexicons | word.lettered) != 0) return true;
      if (word.script != Script::latin || word.name) continue;  // as judge_latin counts
      ++latin;
      if (word.english_common) ++common;
    }
    if (latin >= 4 && common == 0) return true;
  }
  return false;
}

struct Verdict {
  bool foreign = false;
  std::string language;
};

// Latin-script words of one chunk: foreign when another language's evidence is both substantial
// (half a point a word) and well above English's common words.
Verdict judge_latin(std::span<const Word> words) {
  double english = 0;
  std::size_t counted = 0, unknown = 0, evidenced = 0;
  Evidence evidence{};
  for (const Word& word : words) {
    if (word.script != Script::latin || word.name) continue;
    ++counted;
    if (word.english_common) english += 1;
    if (!word.english_known) ++unknown;
    if (word.evidenced) ++evidenced;
    for (std::size_t i = 0; i < kMaxLexicons; ++i) evidence[i] += word.foreign[i];
  }
  if (counted == 0) return {};
  const Best best = best_of(evidence);
  double score = best.score;
  // Beside a word of another language, words English does not know lean its way too ("no pasa
  // nada" with "pasa" missing from the lexicon).
  if (score >= 1.0) {
    for (const Word& word : words) {
      if (word.script == Script::latin && !word.name && !word.english_known && !word.evidenced) {
        score += kUnknownBonus;
      }
    }
  }
  const double half = 0.5 * static_cast<double>(counted);
  // Two words at least (or every word of a shorter chunk) carry the evidence: one word of another
  // language's lexicon in a row of typos ("Dang ol' New York librals") is not enough.
  if (score >= std::max(1.0, half) && score > 1.5 * english &&
      evidenced >= std::min<std::size_t>(2, counted)) {
    return {true, language_at(best.index)};
  }
  // Four or more words English does not know, and none of its common ones: some other language.
  if (counted >= 4 && english == 0 &&
      static_cast<double>(unknown) >= 0.8 * static_cast<double>(counted)) {
    return {true, best.score < 1.0 ? std::string(kUndetermined) : language_at(best.index)};
  }
  return {};
}

// Mostly another script: that script's language.
Verdict judge_script(std::span<const Word> words) {
  std::map<Script, std::size_t> counts;
  std::size_t counted = 0;
  for (const Word& word : words) {
    if (word.script == Script::other) continue;
    counts[word.script] += 1;
    ++counted;
  }
  const auto best =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  if (best == counts.end() || best->first == Script::latin || 2 * best->second <= counted)
    return {};
  const std::string_view language = language_of_script(best->first);
  return {true, language.empty() ? std::string(kUndetermined) : std::string(language)};
}

// A chunk with none of English's common words and mostly words English does not know: beside a
// chunk in another language, it is in that language too ("Szerintem ez a film nagyon jó volt,
// mindenkinek ajánlom").
bool leans_foreign(std::span<const Word> words, std::string_view language) {
  const auto index = lexicons().index_of(language);
  std::size_t counted = 0, foreign = 0;
  bool evidence = false;
  for (const Word& word : words) {
    if (word.script != Script::latin) continue;
    if (word.english_common) return false;
    ++counted;
    if (!word.english_known || word.evidenced) ++foreign;
    evidence = evidence || (index && word.foreign[*index] > 0);
  }
  // With no word of the language's lexicon, only a run of words English does not know at all
  // joins a sentence in a Latin-script language ("jangan lupa sarapan").
  const bool latin_language = index.has_value();
  return (evidence && 2 * foreign >= counted) ||
         (latin_language && counted >= 2 && foreign == counted);
}

bool breaks_chunk(std::string_view text, const Token& token) {
  if (token.kind == TokenKind::protected_span) return true;
  if (token.kind != TokenKind::punctuation) return false;
  const std::string_view mark = text.substr(token.begin, token.end - token.begin);
  return mark != "'" && mark != "\xE2\x80\x99" && mark != "-";
}

void add_span(LanguageMap& map, std::size_t begin, std::size_t end, std::string language) {
  if (!map.foreign.empty() && map.foreign.back().end >= begin &&
      map.foreign.back().language == language) {
    map.foreign.back().end = std::max(map.foreign.back().end, end);
    return;
  }
  map.foreign.push_back({begin, end, std::move(language)});
}

// Inside an English chunk: each word in another script is left alone ("Thanks 谢谢"), and two or
// more Latin words in a row that English does not know (or that another language's lexicon has
// and English's common words do not), one at least in such a lexicon ("the food was enak banget"),
// are a phrase in that language.
void foreign_runs(LanguageMap& map, std::span<const Word> words) {
  std::vector<ForeignSpan> found;
  for (const Word& word : words) {
    if (other_script(word)) {
      found.push_back({word.begin, word.end, std::string(language_of_script(word.script))});
    }
  }
  const auto in_run = [](const Word& w) {
    return w.script == Script::latin && !w.name &&
           (!w.english_known || (w.evidenced && !w.english_common));
  };
  std::size_t first = 0;
  while (first < words.size()) {
    if (!in_run(words[first])) {
      ++first;
      continue;
    }
    std::size_t last = first;
    while (last + 1 < words.size() && in_run(words[last + 1])) ++last;
    const std::span<const Word> run = words.subspan(first, last - first + 1);
    Evidence evidence{};
    for (const Word& w : run) {
      for (std::size_t i = 0; i < kMaxLexicons; ++i) evidence[i] += w.foreign[i];
    }
    const Best best = best_of(evidence);
    if (run.size() >= 2 && best.score >= 1.0) {
      found.push_back({run.front().begin, run.back().end, language_at(best.index)});
    }
    first = last + 1;
  }
  std::sort(found.begin(), found.end(),
            [](const ForeignSpan& a, const ForeignSpan& b) { return a.begin < b.begin; });
  for (auto& span : found) add_span(map, span.begin, span.end, std::move(span.language));
}

}  // namespace

LanguageMap identify(std::string_view text, const text::Segmentation& segmentation,
                     const EnglishJudge& english_knows) {
  LanguageMap map;
  std::map<std::string, std::size_t, std::less<>> words_by_language;
  for (const auto& sentence : segmentation.sentences) {
    const std::span<const Token> tokens(segmentation.tokens.data() + sentence.first_token,
                                        sentence.token_count);
    std::vector<std::vector<Word>> chunks(1);
    for (const Token& token : tokens) {
      if (breaks_chunk(text, token)) {
        if (!chunks.back().empty()) chunks.emplace_back();
        continue;
      }
      if (token.kind != TokenKind::word) continue;
      const bool initial = chunks.size() == 1 && chunks.back().empty();
      chunks.back().push_back(read_word(text, token, initial));
    }
    if (chunks.back().empty()) chunks.pop_back();
    if (needs_weighing(chunks)) {
      for (auto& chunk : chunks) {
        for (Word& word : chunk)
          weigh(word, text.substr(word.begin, word.end - word.begin), english_knows);
      }
    }
    std::size_t english_words = 0, foreign_words = 0;
    std::string sentence_language;
    const std::size_t spans_before = map.foreign.size();
    std::vector<Verdict> verdicts;
    for (const auto& chunk : chunks) {
      Verdict verdict = judge_script(chunk);
      if (!verdict.foreign) verdict = judge_latin(chunk);
      if (verdict.foreign && sentence_language.empty()) sentence_language = verdict.language;
      verdicts.push_back(std::move(verdict));
    }
    for (std::size_t c = 0; c < chunks.size(); ++c) {
      Verdict& verdict = verdicts[c];
      const auto& chunk = chunks[c];
      if (!verdict.foreign && !sentence_language.empty() &&
          leans_foreign(chunk, sentence_language)) {
        verdict = {true, sentence_language};
      }
      if (verdict.foreign) {
        add_span(map, chunk.front().begin, chunk.back().end, verdict.language);
        foreign_words += chunk.size();
        words_by_language[verdict.language] += chunk.size();
      } else {
        foreign_runs(map, chunk);
        english_words += chunk.size();
        words_by_language[std::string(kEnglish)] += chunk.size();
      }
    }
    const bool whole = foreign_words > 0 && english_words == 0;
    if (whole) {
      // The whole sentence, punctuation and emoji included, is left alone.
      map.foreign.resize(spans_before);
      add_span(map, sentence.begin, sentence.end, sentence_language);
    }
    map.sentence_languages.push_back(whole ? sentence_language : std::string(kEnglish));
  }
  map.post_language = std::string(kEnglish);
  std::size_t most = words_by_language[std::string(kEnglish)];
  for (const auto& [language, count] : words_by_language) {
    if (count > most) {
      most = count;
      map.post_language = language;
    }
  }
  return map;
}

}  // namespace nib::language
