#include <doctest/doctest.h>

#include <algorithm>

#include "dictionary_files.hpp"
#include "errors/error.hpp"
#include "spell/spell_checker.hpp"
#include "text/segmenter.hpp"

using nib::spell::SpellChecker;
using nib::spell::SpellingIssue;

namespace {

SpellChecker& checker() {
  static SpellChecker instance = [] {
    SpellChecker c;
    c.load_supplement("# test\nlol\nTikTok\n");
    c.load_dictionary("en-US", nib::test::dictionary_file("en_US.aff"),
                      nib::test::dictionary_file("en_US.dic"));
    c.load_dictionary("en-GB", nib::test::dictionary_file("en_GB.aff"),
                      nib::test::dictionary_file("en_GB.dic"));
    c.load_lexicon(nib::test::small_lexicon());
    return c;
  }();
  return instance;
}

std::vector<SpellingIssue> issues(std::string_view text, std::string_view dialect = "en-US") {
  return checker().check(text, nib::text::segment(text), dialect, {}).issues;
}

const SpellingIssue* issue_for(const std::vector<SpellingIssue>& list, std::string_view text,
                               std::string_view word) {
  const auto begin = text.find(word);
  for (const auto& issue : list) {
    if (issue.begin == begin && issue.end == begin + word.size()) return &issue;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("unknown lowercase words are flagged surely, with frequency-ranked replacements") {
  const std::string text = "I had a dreem about the team.";
  const auto list = issues(text);
  REQUIRE(list.size() == 1);
  const auto* dreem = issue_for(list, text, "dreem");
  REQUIRE(dreem != nullptr);
  CHECK(dreem->code == "spelling.unknown_word");
  CHECK(dreem->confidence >= 0.8);
  REQUIRE_FALSE(dreem->replacements.empty());
  CHECK(dreem->replacements.front() == "dream");
}

TEST_CASE("two slips are a sure typo in a long word, not in a short one") {
  SpellChecker c;
  c.load_dictionary("en-US", nib::test::dictionary_file("en_US.aff"),
                    nib::test::dictionary_file("en_US.dic"));
  c.load_lexicon("knowledgeable\t300\nwander\t300\nthe\t60000\n");
  const auto issue = [&](std::string_view text) {
    const auto list = c.check(text, nib::text::segment(text), "en-US", {}).issues;
    REQUIRE(list.size() == 1);
    return list.front();
  };
  // Two letters left out of 13: flagged at the UI's default, knowledgeable first.
  const auto long_word = issue("She is very knowlegable.");
  CHECK(long_word.confidence >= 0.5);
  REQUIRE_FALSE(long_word.replacements.empty());
  CHECK(long_word.replacements.front() == "knowledgeable");
  // Two letters left out of 6 ("wndr"): more likely a word we do not know.
  CHECK(issue("They like to wndr.").confidence < 0.5);
}

TEST_CASE("names, mixed case and foreign letters are flagged only below the UI's threshold") {
  const std::string text = "We met Siobhan and Bartłomiej at the iPhonez stand.";
  const auto list = issues(text);
  for (const auto& issue : list) CHECK(issue.confidence < 0.5);
  CHECK(issue_for(list, text, "Siobhan") != nullptr);
}

TEST_CASE("quoted foreign words are hidden; supplement words are accepted") {
  const std::string text = "That was so \"gezellig\" lol, saw it on TikTok.";
  for (const auto& issue : issues(text)) CHECK(issue.confidence < 0.5);
  CHECK(checker().accepts("lol", "en-US"));
  CHECK(checker().accepts("TikTok", "en-GB"));
}

TEST_CASE("possessives, curly apostrophes and hyphenated compounds are judged correctly") {
  CHECK(issues("It’s my friend’s well-known e-mail.").empty());
  CHECK(issues("beau\u00ADtiful").empty());         // a soft hyphen inside a word
  CHECK(issues("Siobhan's cat").empty() == false);  // a name, but with low confidence
  for (const auto& issue : issues("Siobhan's cat")) CHECK(issue.confidence < 0.5);
}

TEST_CASE("lowercase i is reported with the capital") {
  const std::string text = "yesterday i think i'm late";
  const auto list = issues(text);
  REQUIRE(list.size() == 2);
  CHECK(list[0].code == "spelling.lowercase_i");
  CHECK(list[0].replacements.front() == "I");
  CHECK(list[1].replacements.front() == "I'm");
}

TEST_CASE("a spelling of another loaded dialect is reported as such") {
  const std::string text = "nice colour";
  CHECK(issues(text, "en-GB").empty());
  const auto list = issues(text, "en-US");
  REQUIRE(list.size() == 1);
  CHECK(list[0].code == "spelling.dialect");
  CHECK(list[0].replacements.front() == "color");
}

TEST_CASE("personal words are accepted and proposed, and can be taken back") {
  checker().set_personal_words({"zorbly"});
  CHECK(issues("a zorbly day").empty());
  const auto list = issues("a zorbley day");
  REQUIRE(list.size() == 1);
  CHECK(list[0].replacements.front() == "zorbly");
  checker().set_personal_words({});
  CHECK(issues("a zorbly day").size() == 1);
}

TEST_CASE("digits and other scripts are not spell-checked") {
  CHECK(issues("mp3 4ever Привет 你好 שלום").empty());
}

TEST_CASE("the suggestion budget bounds work and is reported") {
  nib::spell::SpellOptions options;
  options.suggestion_budget = 3;
  std::string words;
  for (int i = 0; i < 20; ++i) words += std::string("zzq") + static_cast<char>('a' + i) + "lor ";
  const auto result = checker().check(words, nib::text::segment(words), "en-US", options);
  CHECK(result.issues.size() == 20);
  CHECK(result.budget_exhausted);
}

TEST_CASE("an unknown dialect is an error") {
  CHECK_THROWS_AS(issues("hello", "en-ZZ"), nib::Error);
}

TEST_CASE("Hunspell's own suggest answers for comparison") {
  const auto words = checker().suggest("recieve", "en-US", nib::spell::SuggestMethod::hunspell, 5);
  CHECK(std::find(words.begin(), words.end(), "receive") != words.end());
}

TEST_CASE("unchecked ranges are skipped: no flags and no replacement budget spent there") {
  const std::string text = "aku capek banget. I had a dreem.";
  nib::spell::SpellOptions options;
  options.suggestion_budget = 1;
  options.unchecked = {{0, text.find('.') + 1}};
  const auto result = checker().check(text, nib::text::segment(text), "en-US", options);
  REQUIRE(result.issues.size() == 1);
  CHECK(result.issues[0].begin == text.find("dreem"));
  CHECK(result.issues[0].replacements.front() == "dream");
  CHECK_FALSE(result.budget_exhausted);
}
