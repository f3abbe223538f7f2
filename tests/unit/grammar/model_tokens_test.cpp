#include <doctest/doctest.h>

#include <string>

#include "grammar/model_tokens.hpp"
#include "grammar/word_case.hpp"

using namespace nib::grammar;

TEST_CASE("word_key lowercases ASCII and reads typographic apostrophes as ASCII") {
  CHECK(word_key("Hello") == "hello");
  CHECK(word_key("DON'T") == "don't");
  CHECK(word_key("don\xE2\x80\x99t") == "don't");     // ’ U+2019
  CHECK(word_key("don\xCA\xBCt") == "don't");         // ʼ U+02BC
  CHECK(word_key("na\xC3\xAFve") == "na\xC3\xAFve");  // other scripts are left as written
  CHECK(word_key("") == "");
}

TEST_CASE("case_class_of") {
  CHECK(case_class_of("hello") == CaseClass::lower);
  CHECK(case_class_of("Hello") == CaseClass::capitalized);
  CHECK(case_class_of("I") == CaseClass::capitalized);
  CHECK(case_class_of("HELLO") == CaseClass::upper);
  CHECK(case_class_of("iPhone") == CaseClass::other);
  CHECK(case_class_of("McDonald") == CaseClass::other);
  CHECK(case_class_of("42") == CaseClass::other);
  CHECK(case_class_of(",") == CaseClass::other);
  CHECK(case_class_of("It\xE2\x80\x99s") == CaseClass::capitalized);
}

TEST_CASE("suffix_bucket hashes the last three bytes to stable values") {
  // The recipe's vocabulary files depend on these exact numbers (FNV-1a, 4095 buckets + 0).
  CHECK(suffix_bucket("go") == 2453);
  CHECK(suffix_bucket("school") == 3544);
  CHECK(suffix_bucket("the") == 956);
  CHECK(suffix_bucket("don't") == 2814);
  CHECK(suffix_bucket("walked") == 2903);
  CHECK(suffix_bucket("talked") == suffix_bucket("walked"));
  CHECK(suffix_bucket("") == 0);
  CHECK(suffix_bucket("<url>") == 0);
  for (const char* key : {"a", "ab", "xyzzy", "\xE2\x80\xA6"}) {
    const auto bucket = suffix_bucket(key);
    CHECK(bucket >= 1);
    CHECK(bucket < kSuffixBuckets);
  }
}

TEST_CASE("case helpers for replacements") {
  CHECK(capitalize_first("my") == "My");
  CHECK(lowercase_all("The") == "the");
  CHECK(match_case("went", "Go") == "Went");
  CHECK(match_case("went", "GOES") == "WENT");
  CHECK(match_case("a", "THE") == "A");
  CHECK(match_case("went", "go") == "went");
  CHECK(match_case("went", "iGo") == "went");
}

TEST_CASE("model_tokens: protected spans become locked placeholders") {
  const std::string text = "Hi @jonh, see https://exampel.com/a \xF0\x9F\x98\x80 at 10:30 NASA ok";
  const auto tokens = model_tokens(text);
  REQUIRE(tokens.size() == 10);
  const char* keys[] = {"hi",      "<mention>", ",",        "see",       "<url>",
                        "<emoji>", "at",        "<number>", "<acronym>", "ok"};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    CAPTURE(i);
    CHECK(tokens[i].key == keys[i]);
    CHECK(tokens[i].text == text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    CHECK(tokens[i].locked == (tokens[i].key.front() == '<'));
  }
  CHECK(tokens[1].text == "@jonh");
  CHECK(tokens[4].text == "https://exampel.com/a");
  CHECK(tokens[4].suffix == 0);
  CHECK(tokens[4].case_class == CaseClass::other);
  CHECK(tokens[0].case_class == CaseClass::capitalized);
  CHECK(tokens[0].suffix == suffix_bucket("hi"));
}

TEST_CASE("model_tokens: space_before follows the text") {
  const std::string text = "Well,I don\xE2\x80\x99t know  (really)!";
  const auto tokens = model_tokens(text);
  REQUIRE(tokens.size() == 9);
  const char* texts[] = {"Well", ",", "I", "don\xE2\x80\x99t", "know", "(", "really", ")", "!"};
  const bool spaces[] = {false, false, false, true, true, true, false, false, false};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    CAPTURE(i);
    CHECK(tokens[i].text == texts[i]);
    CHECK(tokens[i].space_before == spaces[i]);
  }
  CHECK(tokens[3].key == "don't");
}

TEST_CASE("model_tokens of a sentence slice: the first token has no space before it") {
  const std::string text = "One. Two three";
  const auto segmentation = nib::text::segment(text);
  REQUIRE(segmentation.sentences.size() == 2);
  const auto& second = segmentation.sentences[1];
  const auto tokens = model_tokens(
      text, std::span(segmentation.tokens.data() + second.first_token, second.token_count));
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].text == "Two");
  CHECK(tokens[0].begin == 5);
  CHECK_FALSE(tokens[0].space_before);
  CHECK(tokens[1].space_before);
}

TEST_CASE("refresh re-derives key, case and suffix") {
  ModelToken token;
  token.text = "Goes";
  refresh(token);
  CHECK(token.key == "goes");
  CHECK(token.case_class == CaseClass::capitalized);
  CHECK(token.suffix == suffix_bucket("goes"));
}
