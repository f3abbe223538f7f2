#include "tone/rewrite/transformations.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "tone/rewrite/word_tables.hpp"

namespace nib::tone::rewrite {
namespace {

using text::TokenKind;

enum class UnitKind { word, punctuation, emoji, fixed };  // fixed: never edited

struct Unit {
  std::size_t begin;
  std::size_t end;
  std::string lower;  // ASCII lower case, ’ read as '
  UnitKind kind;
};

struct SentenceUnits {
  std::size_t begin;
  std::size_t end;
  std::vector<Unit> units;
};

std::string lower_text(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      const char c = raw[i];
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  return out;
}

std::vector<SentenceUnits> units_of(std::string_view text, const text::Segmentation& seg) {
  std::vector<SentenceUnits> out;
  for (const auto& sentence : seg.sentences) {
    SentenceUnits s{sentence.begin, sentence.end, {}};
    for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count;
         ++t) {
      const auto& token = seg.tokens[t];
      UnitKind kind = UnitKind::fixed;
      if (token.kind == TokenKind::word) kind = UnitKind::word;
      if (token.kind == TokenKind::punctuation) kind = UnitKind::punctuation;
      if (token.kind == TokenKind::protected_span) {
        // Acronyms are words to a rewrite (BTW, LOL, ASAP); the other protected kinds are not.
        if (token.protected_kind == text::ProtectedKind::acronym) kind = UnitKind::word;
        if (token.protected_kind == text::ProtectedKind::emoji) kind = UnitKind::emoji;
      }
      s.units.push_back({token.begin, token.end,
                         lower_text(text.substr(token.begin, token.end - token.begin)), kind});
    }
    out.push_back(std::move(s));
  }
  return out;
}

// A table key as units: words split on spaces, a trailing comma its own unit.
std::vector<std::string> key_units(std::string_view key) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < key.size()) {
    auto space = key.find(' ', at);
    if (space == std::string_view::npos) space = key.size();
    std::string word(key.substr(at, space - at));
    const bool comma = !word.empty() && word.back() == ',';
    if (comma) word.pop_back();
    out.push_back(word);
    if (comma) out.emplace_back(",");
    at = space + 1;
  }
  return out;
}

bool matches(const std::vector<Unit>& units, std::size_t at, const std::vector<std::string>& key) {
  if (at + key.size() > units.size()) return false;
  for (std::size_t k = 0; k < key.size(); ++k) {
    const auto& u = units[at + k];
    if (u.kind != UnitKind::word && u.kind != UnitKind::punctuation) return false;
    if (u.lower != key[k]) return false;
  }
  return true;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::string capitalized(std::string word) {
  if (!word.empty() && is_lower(word[0])) word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// The pronoun "i" in a replacement is always "I".
std::string fix_pronoun_i(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != 'i') continue;
    const bool start = i == 0 || text[i - 1] == ' ';
    const bool end = i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\'';
    if (start && end) text[i] = 'I';
  }
  return text;
}

// `replacement` (lower case) in the case of `original`: Capitalized stays capitalized; ALL CAPS
// (an acronym such as BTW) is capitalized only at the start of a sentence.
std::string cased(std::string_view replacement, std::string_view original, bool sentence_start) {
  std::string out(replacement);
  const bool all_caps = original.size() >= 2 && std::all_of(original.begin(), original.end(),
                                                            [](char c) { return !is_lower(c); });
  if (!original.empty() && is_upper(original[0]) && (!all_caps || sentence_start)) {
    out = capitalized(std::move(out));
  }
  return fix_pronoun_i(std::move(out));
}

std::string_view raw(std::string_view text, const Unit& u) {
  return text.substr(u.begin, u.end - u.begin);
}

bool is_word(const Unit& u) { return u.kind == UnitKind::word; }
bool is_end_mark(const Unit& u) {
  return u.kind == UnitKind::punctuation && (u.lower == "." || u.lower == "!" || u.lower == "?");
}
std::size_t word_count(const std::vector<Unit>& units) {
  return static_cast<std::size_t>(std::count_if(units.begin(), units.end(), is_word));
}

std::size_t removed(const std::vector<Unit>& u, std::size_t first, std::size_t last) {
  return static_cast<std::size_t>(std::count_if(u.begin() + static_cast<std::ptrdiff_t>(first),
                                                u.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                                                is_word));
}

class Builder {
 public:
  Builder(std::string_view text, const std::vector<SentenceUnits>& sentences)
      : text_(text), sentences_(sentences) {}

  // Replace units [first, last] of sentence `s` with `replacement` (lower case), cased like them.
  void replace(std::size_t s, std::size_t first, std::size_t last, std::string_view replacement,
               std::string_view code) {
    const auto& u = sentences_[s].units;
    if (replacement.empty()) return remove(s, first, last, code, false);
    add({u[first].begin, u[last].end, cased(replacement, raw(text_, u[first]), first == 0),
         std::string(code)});
  }

  // Remove units [first, last] (and a comma right after them) and the space they leave; a
  // sentence-initial removal capitalizes the word that becomes first. `whole_sentence_ok`: the
  // units may be all the sentence's words (a "lol" on its own), then the sentence goes.
  void remove(std::size_t s, std::size_t first, std::size_t last, std::string_view code,
              bool whole_sentence_ok) {
    const auto& sentence = sentences_[s];
    const auto& u = sentence.units;
    std::size_t after = last + 1;
    const bool comma_after = after < u.size() && u[after].lower == ",";
    if (comma_after && first > 0 && u[first - 1].kind != UnitKind::punctuation) {
      // "late lol, can't" → "late, can't": the comma stays with the word before.
      if (word_count(u) - removed(u, first, last) < 2) return;
      add({u[first - 1].end, u[last].end, "", std::string(code)});
      return;
    }
    if (comma_after) last = after++;
    const std::size_t left = word_count(u) - removed(u, first, last);
    const bool rest_is_marks = std::all_of(
        u.begin() + after, u.end(), [](const Unit& x) { return x.kind == UnitKind::punctuation; });
    if (first == 0 && rest_is_marks) {
      if (!whole_sentence_ok || left > 0) return;
      return remove_sentence(s, code);
    }
    if (left < 2 && !whole_sentence_ok) return;
    if (after < u.size() && u[after].kind != UnitKind::punctuation) {
      if (first == 0 && is_word(u[after]) && is_lower(text_[u[after].begin])) {
        add({u[first].begin, u[after].end, capitalized(std::string(raw(text_, u[after]))),
             std::string(code)});
      } else {
        add({u[first].begin, u[after].begin, "", std::string(code)});
      }
      return;
    }
    if (first == 0) return;
    // At the end of the sentence: take the space (or the comma) before the units with them.
    const auto& previous = u[first - 1];
    if (previous.lower == "," && first >= 2) {
      add({previous.begin, u[last].end, "", std::string(code)});
    } else {
      add({previous.end, u[last].end, "", std::string(code)});
    }
  }

  void insert(std::size_t at, std::string replacement, std::string_view code) {
    add({at, at, std::move(replacement), std::string(code)});
  }

  void add(Edit edit) {
    if (!edits_.empty() && std::any_of(edits_.begin(), edits_.end(),
                                       [&](const Edit& e) { return conflict(e, edit); })) {
      return;
    }
    edits_.push_back(std::move(edit));
  }

  std::vector<Edit> take() {
    std::stable_sort(edits_.begin(), edits_.end(),
                     [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    return std::move(edits_);
  }

 private:
  void remove_sentence(std::size_t s, std::string_view code) {
    if (sentences_.size() < 2) return;  // never empty the post
    if (s + 1 < sentences_.size()) {
      add({sentences_[s].begin, sentences_[s + 1].begin, "", std::string(code)});
    } else {
      add({sentences_[s - 1].end, sentences_[s].end, "", std::string(code)});
    }
  }

  std::string_view text_;
  const std::vector<SentenceUnits>& sentences_;
  std::vector<Edit> edits_;
};

bool in_list(std::span<const std::string_view> list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

const Unit* unit_at(const std::vector<Unit>& u, std::size_t i) {
  return i < u.size() ? &u[i] : nullptr;
}

bool next_is_word(const std::vector<Unit>& u, std::size_t i) {
  const auto* next = unit_at(u, i);
  return next && next->kind != UnitKind::punctuation;
}

using KeyList = std::vector<std::pair<std::vector<std::string>, std::string_view>>;

// A table's keys as units, longest first, so "i think that" wins over "i think".
KeyList sorted_keys(std::span<const WordPair> table) {
  KeyList keys;
  for (const auto& pair : table) keys.emplace_back(key_units(pair.from), pair.to);
  std::stable_sort(keys.begin(), keys.end(),
                   [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
  return keys;
}

// Walks each table key over every sentence; `accept` may veto a match (by its context) or change
// the replacement.
template <typename Accept>
void apply_table(Builder& b, const std::vector<SentenceUnits>& sentences,
                 std::span<const WordPair> table, std::string_view code, Accept accept) {
  const KeyList keys = sorted_keys(table);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& u = sentences[s].units;
    for (std::size_t i = 0; i < u.size(); ++i) {
      for (const auto& [key, to] : keys) {
        if (!matches(u, i, key)) continue;
        std::optional<std::string> replacement = accept(u, i, i + key.size() - 1, std::string(to));
        if (!replacement) continue;
        b.replace(s, i, i + key.size() - 1, *replacement, code);
        i += key.size() - 1;
        break;
      }
    }
  }
}

std::optional<std::string> expand_contraction(const std::vector<Unit>& u, std::size_t first,
                                              std::size_t, std::string to) {
  const auto* next = unit_at(u, first + 1);
  const std::string_view word = u[first].lower;
  const bool perfect = next && (next->lower == "been" || next->lower == "got" ||
                                next->lower == "gotten" || next->lower == "better");
  if (perfect && word.ends_with("'s")) return std::string(word.substr(0, word.size() - 2)) + " has";
  if (perfect && word == "i'd") return std::string("i had");
  if (word == "ain't") {
    const auto* previous = first > 0 ? &u[first - 1] : nullptr;
    if (previous && previous->lower == "i") return std::string("am not");
    if (previous &&
        (previous->lower == "you" || previous->lower == "we" || previous->lower == "they")) {
      return std::string("are not");
    }
  }
  return to;
}

std::optional<std::string> contract(const std::vector<Unit>& u, std::size_t first, std::size_t last,
                                    std::string to) {
  // "I know what it is." keeps "it is": only a contraction with a word after it is safe.
  if (!next_is_word(u, last + 1)) return std::nullopt;
  if (first > 0 && u[first - 1].lower == "not") return std::nullopt;
  return to;
}

std::optional<std::string> standard_word(const std::vector<Unit>& u, std::size_t first,
                                         std::size_t last, std::string to) {
  const std::string_view word = u[first].lower;
  if (word == "cool" && next_is_word(u, last + 1)) return std::nullopt;  // cool water
  if (word == "super" && !next_is_word(u, last + 1)) return std::nullopt;
  return to;
}

// "Hey guys," → "Hello everyone,": only greetings at the start of a sentence.
std::optional<std::string> formal_greeting(const std::vector<Unit>& u, std::size_t first,
                                           std::size_t, std::string to) {
  const std::string_view word = u[first].lower;
  const auto* previous = first > 0 ? &u[first - 1] : nullptr;
  if (word == "guys") {
    if (previous && (previous->lower == "hi" || previous->lower == "hey" ||
                     previous->lower == "hello" || previous->lower == "thanks")) {
      return to;
    }
    return std::nullopt;
  }
  return first == 0 ? std::optional<std::string>(to) : std::nullopt;
}

std::optional<std::string> casual_greeting(const std::vector<Unit>&, std::size_t first, std::size_t,
                                           std::string to) {
  if (first != 0) return std::nullopt;  // "my dear friend" stays
  return to;
}

std::optional<std::string> plain(const std::vector<Unit>&, std::size_t, std::size_t,
                                 std::string to) {
  return to;
}

// "I think so", "just now", "just in time", "just like that", "kind of" as a noun: not hedges.
const std::string_view kNotAfterHedge[] = {"so",    "not",    "now", "in",     "like",  "as",
                                           "about", "enough", "one", "before", "after", "of"};
const std::string_view kNounBefore[] = {"what", "this",  "that", "a",     "the", "some",
                                        "any",  "which", "no",   "every", "one"};

// Hedges ------------------------------------------------------------------------------------

// The hedge at units[i] (longest first) whose context allows removing it; its last unit.
std::optional<std::pair<std::size_t, std::string_view>> hedge_at(const KeyList& keys,
                                                                 const std::vector<Unit>& u,
                                                                 std::size_t i) {
  for (const auto& [key, to] : keys) {
    if (!matches(u, i, key)) continue;
    const std::size_t last = i + key.size() - 1;
    const auto* next = unit_at(u, last + 1);
    const bool single = key.size() == 1;
    if (next && in_list(kNotAfterHedge, next->lower) && (single || key[0] == "i")) {
      if (!(key[0] == "just" && next->lower == "to")) continue;  // "I think so", "just now"
    }
    if ((key[0] == "kind" || key[0] == "sort" || key[0] == "a") && i > 0 &&
        in_list(kNounBefore, u[i - 1].lower)) {
      continue;  // "what kind of car"
    }
    if (key[0] == "a" && next && next->lower == "of") continue;  // "a bit of"
    return std::pair{last, to};
  }
  return std::nullopt;
}

void remove_hedges(Builder& b, const std::vector<SentenceUnits>& sentences) {
  const KeyList keys = sorted_keys(hedges());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& u = sentences[s].units;
    for (std::size_t i = 0; i < u.size(); ++i) {
      auto found = hedge_at(keys, u, i);
      if (!found) continue;
      auto [last, to] = *found;
      if (!to.empty()) {
        b.replace(s, i, last, to, "tone.rewrite.remove_hedge");
        i = last;
        continue;
      }
      // "I think maybe we could possibly…": hedges in a row go in one edit.
      while (true) {
        const std::size_t next =
            last + 1 < u.size() && u[last + 1].lower == "," ? last + 2 : last + 1;
        const auto more = next < u.size() ? hedge_at(keys, u, next) : std::nullopt;
        if (!more || !more->second.empty()) break;
        last = more->first;
      }
      b.remove(s, i, last, "tone.rewrite.remove_hedge", false);
      i = last;
    }
  }
}

// Fillers, emoji -------------------------------------------------------------------------------
void remove_units(Builder& b, const std::vector<SentenceUnits>& sentences, std::string_view code,
                  bool (*wanted)(const Unit&)) {
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& u = sentences[s].units;
    for (std::size_t i = 0; i < u.size(); ++i) {
      if (!wanted(u[i])) continue;
      std::size_t last = i;
      while (last + 1 < u.size() && wanted(u[last + 1])) ++last;
      b.remove(s, i, last, code, true);
      i = last;
    }
  }
}

bool is_filler(const Unit& u) { return is_word(u) && in_list(fillers(), u.lower); }
bool is_emoji(const Unit& u) { return u.kind == UnitKind::emoji; }

// Punctuation and capitals -----------------------------------------------------------------------
void calm_punctuation(Builder& b, const std::vector<SentenceUnits>& sentences) {
  for (const auto& sentence : sentences) {
    const auto& u = sentence.units;
    for (std::size_t i = 0; i < u.size(); ++i) {
      if (!(u[i].lower == "!" || u[i].lower == "?")) continue;
      std::size_t last = i;
      bool question = u[i].lower == "?";
      while (last + 1 < u.size() && (u[last + 1].lower == "!" || u[last + 1].lower == "?")) {
        question = question || u[last + 1].lower == "?";
        ++last;
      }
      if (last > i)
        b.add({u[i].begin, u[last].end, question ? "?" : "!", "tone.rewrite.punctuation"});
      i = last;
    }
  }
}

void capitalize(Builder& b, std::string_view text, const std::vector<SentenceUnits>& sentences) {
  for (const auto& sentence : sentences) {
    const auto& u = sentence.units;
    for (std::size_t i = 0; i < u.size(); ++i) {
      if (!is_word(u[i])) continue;
      const auto word = raw(text, u[i]);
      const bool pronoun =
          word == "i" || word.starts_with("i'") || word.starts_with("i\xE2\x80\x99");
      if (pronoun || (i == 0 && is_lower(word[0]))) {
        b.add({u[i].begin, u[i].end, capitalized(std::string(word)), "tone.rewrite.capitalize"});
      }
    }
  }
}

// Requests ---------------------------------------------------------------------------------------
bool has_word(const std::vector<SentenceUnits>& sentences,
              std::span<const std::string_view> words) {
  return std::any_of(sentences.begin(), sentences.end(), [&](const SentenceUnits& s) {
    return std::any_of(s.units.begin(), s.units.end(),
                       [&](const Unit& u) { return is_word(u) && in_list(words, u.lower); });
  });
}

// The sentence's end marks ("." "!!") become "?"; none: "?" is added.
void ask(Builder& b, const SentenceUnits& sentence) {
  const auto& u = sentence.units;
  std::size_t first_mark = u.size();
  while (first_mark > 0 && is_end_mark(u[first_mark - 1])) --first_mark;
  if (first_mark == u.size()) {
    b.insert(u.back().end, "?", "tone.rewrite.request");
  } else if (!(first_mark + 1 == u.size() && u.back().lower == "?")) {
    b.add({u[first_mark].begin, u.back().end, "?", "tone.rewrite.request"});
  }
}

bool request_sentence(const std::vector<Unit>& u) {
  if (word_count(u) < 2 || !is_word(u[0])) return false;
  if (u.size() > 1 && u[1].lower == ",") return false;  // "Look, …"
  if (in_list(imperative_verbs(), u[0].lower)) return true;
  return u[0].lower == "please" && u.size() > 1 && in_list(imperative_verbs(), u[1].lower);
}

bool mentions_please(const std::vector<Unit>& u) {
  return std::any_of(u.begin(), u.end(),
                     [](const Unit& x) { return x.lower == "please" || x.lower == "pls"; });
}

void make_requests(Builder& b, std::string_view text, const std::vector<SentenceUnits>& sentences) {
  for (const auto& sentence : sentences) {
    const auto& u = sentence.units;
    if (u.empty() || !is_word(u[0])) continue;
    const std::string_view code = "tone.rewrite.request";
    if (request_sentence(u)) {
      const std::size_t verb = u[0].lower == "please" ? 1 : 0;
      b.add({u[0].begin, u[verb].end,
             cased("could you please " + u[verb].lower, raw(text, u[0]), true), std::string(code)});
      ask(b, sentence);
    } else if ((u[0].lower == "don't" ||
                (u[0].lower == "do" && u.size() > 1 && u[1].lower == "not")) &&
               !mentions_please(u) && word_count(u) >= 3) {
      b.add({u[0].begin, u[0].end,
             "Please " + std::string(1, static_cast<char>(text[u[0].begin] | 0x20)) +
                 std::string(raw(text, u[0]).substr(1)),
             std::string(code)});
    } else if (u.size() > 2 && (u[0].lower == "can" || u[0].lower == "will") &&
               u[1].lower == "you" && !mentions_please(u)) {
      b.add({u[0].begin, u[1].end, cased("could you please", raw(text, u[0]), true),
             std::string(code)});
    }
  }
}

const WordPair kSoften[] = {
    {"i want", "i would like"}, {"i need", "i would like"},  {"you need to", "please"},
    {"you have to", "please"},  {"you must", "please"},      {"you should", "please"},
    {"asap", "when you can"},   {"give me", "could I have"},
};

std::optional<std::string> soften(const std::vector<Unit>& u, std::size_t first, std::size_t last,
                                  std::string to) {
  if (to == "please" && first != 0)
    return std::nullopt;  // only "You must fix it." → "Please fix it."
  if (to == "could I have") return std::nullopt;
  if (!next_is_word(u, last + 1) && to != "when you can") return std::nullopt;
  return to;
}

// Endings: thanks, "!", a smile ------------------------------------------------------------------
std::size_t post_end(const std::vector<SentenceUnits>& sentences) { return sentences.back().end; }

// The last sentence with a word in it: a post may end in a line of hashtags or mentions, which
// the ending goes before.
const SentenceUnits* last_prose(const std::vector<SentenceUnits>& sentences) {
  for (auto s = sentences.rbegin(); s != sentences.rend(); ++s) {
    if (std::any_of(s->units.begin(), s->units.end(), is_word)) return &*s;
  }
  return nullptr;
}

void add_thanks(Builder& b, const std::vector<SentenceUnits>& sentences, bool only_for_requests) {
  if (has_word(sentences, thanks_words())) return;
  const bool asks = std::any_of(sentences.begin(), sentences.end(), [](const SentenceUnits& s) {
    return request_sentence(s.units) || (!s.units.empty() && s.units.back().lower == "?");
  });
  if (only_for_requests && !asks) return;
  const auto* last = last_prose(sentences);
  if (last == nullptr) return;
  // After its last word or end mark, before any mentions or hashtags that follow in it.
  std::size_t end = last->units.size();
  while (end > 0 && !is_word(last->units[end - 1]) && !is_end_mark(last->units[end - 1])) --end;
  const auto& final_unit = last->units[end - 1];
  b.insert(final_unit.end, is_end_mark(final_unit) ? " Thanks!" : ". Thanks!",
           "tone.rewrite.add_thanks");
}

void warm_ending(Builder& b, const std::vector<SentenceUnits>& sentences) {
  const auto* last = last_prose(sentences);
  if (last == nullptr) return;
  const auto& u = last->units;
  if (u.back().lower == "." && (u.size() < 2 || u[u.size() - 2].lower != ".")) {
    b.add({u.back().begin, u.back().end, "!", "tone.rewrite.exclamation"});
  }
}

void add_smile(Builder& b, const std::vector<SentenceUnits>& sentences) {
  for (const auto& s : sentences) {
    if (std::any_of(s.units.begin(), s.units.end(), is_emoji)) return;
  }
  b.insert(post_end(sentences), " \xF0\x9F\x99\x82", "tone.rewrite.add_emoji");
}

const std::string_view kGreetings[] = {
    "hi",   "hello",  "hey",   "dear",     "greetings",      "morning",
    "good", "thanks", "thank", "congrats", "congratulations"};

void add_greeting(Builder& b, std::string_view text, const std::vector<SentenceUnits>& sentences) {
  const auto& u = sentences.front().units;
  if (!is_word(u[0]) || in_list(kGreetings, u[0].lower)) return;
  const auto word = raw(text, u[0]);
  // "Hi! The meeting…": the post's first word keeps its own case.
  b.add({u[0].begin, u[0].end, "Hi! " + std::string(word), "tone.rewrite.add_greeting"});
}

template <typename Fill>
void family(std::vector<EditFamily>& out, std::string_view text,
            const std::vector<SentenceUnits>& sentences, std::string_view code, Fill fill) {
  Builder b(text, sentences);
  fill(b);
  auto edits = b.take();
  if (!edits.empty()) out.push_back({std::string(code), std::move(edits)});
}

}  // namespace

bool conflict(const Edit& a, const Edit& b) {
  if (a.begin < b.end && b.begin < a.end) return true;
  if (a.begin == a.end && b.begin == b.end) return a.begin == b.begin;
  const auto inside = [](const Edit& point, const Edit& span) {
    return point.begin == point.end && span.begin < point.begin && point.begin < span.end;
  };
  return inside(a, b) || inside(b, a);
}

std::vector<EditFamily> transformations(std::string_view text,
                                        const text::Segmentation& segmentation, Goal goal) {
  const auto sentences = units_of(text, segmentation);
  std::vector<EditFamily> out;
  if (sentences.empty()) return out;
  const auto table = [&](std::string_view code, std::span<const WordPair> words, auto accept) {
    family(out, text, sentences, code,
           [&](Builder& b) { apply_table(b, sentences, words, code, accept); });
  };
  const auto milder = [&] { table("tone.rewrite.milder_word", milder_words(), plain); };
  switch (goal) {
    case Goal::formal:
      table("tone.rewrite.expand_contraction", contractions(), expand_contraction);
      table("tone.rewrite.standard_word", slang_to_standard(), standard_word);
      table("tone.rewrite.greeting", formal_greetings(), formal_greeting);
      family(out, text, sentences, "tone.rewrite.remove_filler", [&](Builder& b) {
        remove_units(b, sentences, "tone.rewrite.remove_filler", is_filler);
      });
      milder();
      family(out, text, sentences, "tone.rewrite.punctuation",
             [&](Builder& b) { calm_punctuation(b, sentences); });
      family(out, text, sentences, "tone.rewrite.capitalize",
             [&](Builder& b) { capitalize(b, text, sentences); });
      family(out, text, sentences, "tone.rewrite.remove_emoji", [&](Builder& b) {
        remove_units(b, sentences, "tone.rewrite.remove_emoji", is_emoji);
      });
      break;
    case Goal::casual:
      table("tone.rewrite.contraction", contractable(), contract);
      table("tone.rewrite.casual_word", formal_to_casual(), plain);
      table("tone.rewrite.greeting", casual_greetings(), casual_greeting);
      break;
    case Goal::polite:
      family(out, text, sentences, "tone.rewrite.request",
             [&](Builder& b) { make_requests(b, text, sentences); });
      table("tone.rewrite.soften", kSoften, soften);
      milder();
      family(out, text, sentences, "tone.rewrite.add_thanks",
             [&](Builder& b) { add_thanks(b, sentences, true); });
      family(out, text, sentences, "tone.rewrite.punctuation",
             [&](Builder& b) { calm_punctuation(b, sentences); });
      break;
    case Goal::confident:
      family(out, text, sentences, "tone.rewrite.remove_hedge",
             [&](Builder& b) { remove_hedges(b, sentences); });
      break;
    case Goal::friendly:
      family(out, text, sentences, "tone.rewrite.add_greeting",
             [&](Builder& b) { add_greeting(b, text, sentences); });
      milder();
      family(out, text, sentences, "tone.rewrite.request",
             [&](Builder& b) { make_requests(b, text, sentences); });
      table("tone.rewrite.contraction", contractable(), contract);
      family(out, text, sentences, "tone.rewrite.add_thanks",
             [&](Builder& b) { add_thanks(b, sentences, true); });
      family(out, text, sentences, "tone.rewrite.exclamation",
             [&](Builder& b) { warm_ending(b, sentences); });
      family(out, text, sentences, "tone.rewrite.add_emoji",
             [&](Builder& b) { add_smile(b, sentences); });
      break;
  }
  return out;
}

}  // namespace nib::tone::rewrite
