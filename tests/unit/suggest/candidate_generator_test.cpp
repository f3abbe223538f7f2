#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "spell/suggest/candidate_generator.hpp"

using nib::spell::Candidate;
using nib::spell::CandidateGenerator;
using nib::spell::LexiconEntry;
using nib::spell::WordJudge;

namespace {

const std::vector<LexiconEntry>& test_lexicon() {
  static const std::vector<LexiconEntry> lexicon{
      {"the", 95000},      {"a", 55000},       {"I", 51000},     {"to", 60000},
      {"in", 36000},       {"no", 8000},       {"one", 4000},    {"lot", 1500},
      {"dream", 444},      {"dress", 300},     {"deem", 5},      {"because", 2000},
      {"receive", 134},    {"beautiful", 900}, {"until", 700},   {"which", 1500},
      {"with", 21000},     {"don't", 7000},    {"done", 800},    {"I'm", 8700},
      {"am", 3000},        {"tomorrow", 600},  {"friend", 700},  {"government", 300},
      {"definitely", 777}, {"believe", 1300},  {"Monday", 600},  {"iPhone", 200},
      {"café", 50},        {"naïve", 20},      {"noon", 30},     {"none", 300},
      {"all", 9000},       {"ready", 800},     {"already", 900}, {"u", 2600},
      {"can", 9000},       {"new", 5000},      {"fashion", 100}, {"fusion", 20},
  };
  return lexicon;
}

const CandidateGenerator& generator() {
  static const CandidateGenerator instance(test_lexicon());
  return instance;
}

// Accepts the lexicon's words in any of the case forms a spell checker accepts.
bool in_lexicon(std::string_view word) {
  for (const LexiconEntry& entry : test_lexicon()) {
    if (entry.word == word) return true;
    std::string title = entry.word;
    std::string upper = entry.word;
    if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
      title[0] = static_cast<char>(title[0] - 32);
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
    if (title == word || upper == word) return true;
  }
  return word == "CAFÉ" || word == "Café";
}

std::vector<std::string> words_of(const std::vector<Candidate>& candidates) {
  std::vector<std::string> words;
  for (const Candidate& c : candidates) words.push_back(c.word);
  return words;
}

std::vector<std::string> suggest(std::string_view typed, std::size_t max = 3) {
  return words_of(generator().suggest(typed, in_lexicon, max));
}

std::string top(std::string_view typed) {
  const auto words = suggest(typed, 1);
  return words.empty() ? std::string() : words.front();
}

}  // namespace

TEST_CASE("common misspellings get the right word first") {
  CHECK(top("dreem") == "dream");
  CHECK(top("becouse") == "because");
  CHECK(top("recieve") == "receive");
  CHECK(top("beautifull") == "beautiful");
  CHECK(top("untill") == "until");
  CHECK(top("tommorow") == "tomorrow");
  CHECK(top("freind") == "friend");
  CHECK(top("goverment") == "government");
  CHECK(top("definately") == "definitely");
  CHECK(top("beleive") == "believe");
  CHECK(top("allready") == "already");
  const auto wich = suggest("wich");
  CHECK(std::find(wich.begin(), wich.end(), "which") != wich.end());
}

TEST_CASE("the typed word's case pattern carries over") {
  CHECK(top("Dreem") == "Dream");
  CHECK(top("DREEM") == "DREAM");
  CHECK(top("dREEM") == "dream");
  CHECK(top("monday") == "Monday");
  CHECK(top("iphone") == "iPhone");
  CHECK(top("Iphone") == "iPhone");
  CHECK(top("Becouse") == "Because");
}

TEST_CASE("missing spaces are split") {
  CHECK(top("alot") == "a lot");
  CHECK(top("Alot") == "A lot");
  CHECK(top("ALOT") == "A LOT");
  const auto noone = suggest("noone");
  CHECK(std::find(noone.begin(), noone.end(), "no one") != noone.end());
  // "u" is a word, but not common enough to be split off.
  for (const std::string& word : suggest("ucan", 5)) CHECK(word != "u can");
}

TEST_CASE("missing apostrophes are restored") {
  CHECK(top("dont") == "don't");
  CHECK(top("Dont") == "Don't");
  CHECK(top("im") == "I'm");
  CHECK(top("IM") == "I'M");
}

TEST_CASE("curly apostrophes are understood and given back") {
  CHECK(top("dont’") == "don’t");
  CHECK(top("Dont’") == "Don’t");
  CHECK(top("don’") == "don’t");
}

TEST_CASE("accented letters") {
  CHECK(top("cafe") == "café");
  CHECK(top("CAFE") == "CAFÉ");
  CHECK(top("naive") == "naïve");
  CHECK(top("cafë") == "café");
}

TEST_CASE("hyphenated words get their wrong part fixed") {
  CHECK(top("new-fashon") == "new-fashion");
  CHECK(top("new-") == "new");
}

TEST_CASE("the judge has the last word") {
  const WordJudge no_dream = [](std::string_view word) {
    return word != "dream" && in_lexicon(word);
  };
  const auto words = words_of(generator().suggest("dreem", no_dream, 5));
  CHECK(std::find(words.begin(), words.end(), "dream") == words.end());
  CHECK_FALSE(words.empty());

  std::size_t calls = 0;
  const WordJudge nothing = [&](std::string_view) {
    ++calls;
    return false;
  };
  CHECK(generator().suggest("dreem", nothing, 5).empty());
  CHECK(calls <= 30);
  calls = 0;
  CHECK(generator().suggest("alot", nothing, 5).empty());
  CHECK(calls <= 30);
  calls = 0;
  CHECK(generator().suggest("new-fashon", nothing, 5).empty());
  CHECK(calls <= 30);
  calls = 0;
  CHECK(generator().suggest("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s", nothing, 5).empty());
  CHECK(calls <= 30);
}

TEST_CASE("results are unique, best first, and at most max_results") {
  const auto candidates = generator().suggest("dreem", in_lexicon, 2);
  CHECK(candidates.size() <= 2);
  CHECK(generator().suggest("dreem", in_lexicon, 0).empty());
  const auto many = generator().suggest("deem", in_lexicon, 10);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < many.size(); ++i) {
    CHECK(seen.insert(many[i].word).second);
    if (i > 0) CHECK(many[i - 1].score >= many[i].score);
    CHECK(many[i].word != "deem");
  }
}

TEST_CASE("personal words become candidates and can be removed") {
  CandidateGenerator personal(test_lexicon());
  const std::size_t base = personal.size();
  std::set<std::string> accepted{"Nibbler"};
  const WordJudge judge = [&](std::string_view word) {
    return in_lexicon(word) || accepted.count(std::string(word)) > 0;
  };
  CHECK(words_of(personal.suggest("Nibler", judge, 3)).empty());
  personal.add_word("Nibbler");
  CHECK(personal.size() == base + 1);
  CHECK(words_of(personal.suggest("Nibler", judge, 3)) == std::vector<std::string>{"Nibbler"});
  CHECK(words_of(personal.suggest("nibler", judge, 3)) == std::vector<std::string>{"Nibbler"});
  personal.add_word("Nibbler");
  CHECK(personal.size() == base + 1);
  personal.remove_word("Nibbler");
  CHECK(personal.size() == base);
  CHECK(words_of(personal.suggest("Nibler", judge, 3)).empty());
  personal.add_word("Nibbler");
  CHECK(words_of(personal.suggest("Nibler", judge, 3)) == std::vector<std::string>{"Nibbler"});
  personal.remove_word("never added");
  personal.add_word("");
  personal.add_word("two words");
  personal.add_word("\xff\xfe");
  personal.add_word(std::string(500, 'x'));
  CHECK(personal.size() == base + 1);
}

TEST_CASE("garbage and huge input never crash and get nothing silly") {
  const std::vector<std::string> inputs{
      "",
      std::string(41, 'a'),
      std::string(100000, 'x'),
      "\xff\xfe\xfd",
      "dre\xc3",
      std::string("dr\0eam", 6),
      "'''",
      "’’’",
      "-",
      "---",
      "a-",
      "😀😀😀",
      "日本語",
      "1234",
      " ",
      "\t\n",
      "ab\x7f",
  };
  for (const std::string& input : inputs) {
    CHECK_NOTHROW(generator().suggest(input, in_lexicon, 5));
  }
  CHECK(suggest(std::string(41, 'a')).empty());
  CHECK(suggest("\xff\xfe\xfd").empty());
  CHECK(suggest("").empty());
}

TEST_CASE("an empty or moved-from generator is safe") {
  CandidateGenerator empty({});
  CHECK(empty.size() == 0);
  CHECK(empty.suggest("dreem", in_lexicon, 3).empty());
  CandidateGenerator source(test_lexicon());
  CandidateGenerator target(std::move(source));
  CHECK(top("dreem") == "dream");
  CHECK(target.suggest("dreem", in_lexicon, 1).size() == 1);
  // NOLINTNEXTLINE(bugprone-use-after-move): a moved-from generator must stay usable
  CHECK(source.suggest("dreem", in_lexicon, 1).empty());
  CHECK(source.size() == 0);
  source.add_word("dream");
  CHECK(source.suggest("dreem", in_lexicon, 1).size() == 1);
}

TEST_CASE("duplicate and unusable lexicon entries are dropped") {
  const CandidateGenerator g({{"dream", 1}, {"dream", 5}, {"", 3}, {"x\xff", 2}, {"nan", 0}});
  CHECK(g.size() == 1);
  CHECK(g.memory_bytes() > 0);
}
