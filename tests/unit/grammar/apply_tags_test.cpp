#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/apply_tags.hpp"
#include "tiny_tables.hpp"

using namespace nib::grammar;
using nib::test::render;
using nib::test::tiny_inflections;

namespace {

Decision at(std::size_t position, const char* tag, double probability = 0.9) {
  return {position, *parse_tag(tag), probability};
}

// `text` after one pass with `decisions`.
std::string after(const std::string& text, std::vector<Decision> decisions) {
  auto sentence = start_sentence(model_tokens(text));
  apply_tags(sentence, decisions, tiny_inflections());
  return render(sentence);
}

}  // namespace

TEST_CASE("each tag kind") {
  CHECK(after("He go home", {at(2, "$VERB_VBZ")}) == "He goes home");
  CHECK(after("Go home", {at(1, "$VERB_VBD")}) == "Went home");  // case carries over
  CHECK(after("I like cat", {at(3, "$NOUN_NNS")}) == "I like cats");
  CHECK(after("The cat", {at(1, "$REPLACE_a")}) == "A cat");
  CHECK(after("lol ok", {at(1, "$REPLACE_LOL")}) == "LOL ok");  // written case is kept
  CHECK(after("i like london", {at(1, "$CAPITALIZE"), at(3, "$CAPITALIZE")}) == "I like London");
  CHECK(after("I like Cats", {at(3, "$LOWERCASE")}) == "I like cats");
  CHECK(after("I like the cats", {at(3, "$DELETE")}) == "I like cats");
  CHECK(after("I have cat", {at(2, "$APPEND_a")}) == "I have a cat");
  CHECK(after("He go home", {at(2, "$KEEP")}) == "He go home");
}

TEST_CASE("chat abbreviations keep their lowercase: Imo and Tbh are wrong in any register") {
  CHECK(after("imo the view is great", {at(1, "$CAPITALIZE")}) == "imo the view is great");
  CHECK(after("tbh it was fine", {at(1, "$CAPITALIZE")}) == "tbh it was fine");
  CHECK(after("honestly it was fine", {at(1, "$CAPITALIZE")}) == "Honestly it was fine");
  // The model may still delete one (the writer's lowercase start stays).
  CHECK(after("imo the view is great", {at(1, "$DELETE")}) == "the view is great");
}

TEST_CASE("apply_tags reports change and tracks origins") {
  auto sentence = start_sentence(model_tokens("I have cat"));
  CHECK_FALSE(apply_tags(sentence, {}, tiny_inflections()));
  const std::vector<Decision> decisions{at(2, "$APPEND_a", 0.7), at(3, "$NOUN_NNS", 0.8)};
  CHECK(apply_tags(sentence, decisions, tiny_inflections()));
  REQUIRE(sentence.current.size() == 4);
  CHECK(render(sentence) == "I have a cats");
  CHECK(sentence.current[2].origin == kNoOrigin);
  CHECK(sentence.current[2].changed);
  CHECK(sentence.current[2].probability == 0.7);
  CHECK(sentence.current[2].token.key == "a");
  CHECK(sentence.current[3].origin == 2);
  CHECK(sentence.current[3].probability == 0.8);
  CHECK_FALSE(sentence.current[1].changed);
  CHECK(sentence.original.size() == 3);

  auto removal = start_sentence(model_tokens("I like the cats"));
  const std::vector<Decision> remove{at(3, "$DELETE", 0.6)};
  CHECK(apply_tags(removal, remove, tiny_inflections()));
  CHECK(removal.removed == std::vector<double>{0, 0, 0.6, 0});
}

TEST_CASE("tags that cannot apply change nothing") {
  auto sentence = start_sentence(model_tokens("It is here"));
  // be + VBD is was or were; the table knows no "blorp"; positions past the end are dropped.
  const std::vector<Decision> decisions{at(2, "$VERB_VBD"), at(3, "$VERB_VBZ"), at(9, "$DELETE"),
                                        at(1, "$CAPITALIZE")};
  CHECK_FALSE(apply_tags(sentence, decisions, tiny_inflections()));
  CHECK(render(sentence) == "It is here");
  CHECK_FALSE(sentence.current[0].changed);
}

TEST_CASE("locked placeholders are never edited, but words may follow them") {
  CHECK(after("@jonh go home", {at(1, "$DELETE"), at(2, "$VERB_VBZ")}) == "@jonh goes home");
  CHECK(after("see https://exampel.com now", {at(2, "$REPLACE_it")}) ==
        "see https://exampel.com now");
  CHECK(after("so good \xF0\x9F\x98\x80", {at(3, "$APPEND_!")}) == "so good \xF0\x9F\x98\x80!");
}

TEST_CASE("an article put before the first word takes over its capital letter") {
  CHECK(after("Cat is here.", {at(0, "$APPEND_the")}) == "The cat is here.");
  // "I" and locked words (a mention) keep their text.
  for (const char* text : {"I am here", "@Jonh is here"}) {
    auto sentence = start_sentence(model_tokens(text));
    const std::vector<Decision> decisions{at(0, "$APPEND_so")};
    CHECK(apply_tags(sentence, decisions, tiny_inflections()));
    REQUIRE(sentence.current.size() == 4);
    CHECK(sentence.current[1].token.text == sentence.original[0].text);
    CHECK_FALSE(sentence.current[1].changed);
  }

  auto sentence = start_sentence(model_tokens("Cat is here."));
  const std::vector<Decision> decisions{at(0, "$APPEND_the", 0.7)};
  apply_tags(sentence, decisions, tiny_inflections());
  CHECK_FALSE(sentence.current[0].token.space_before);
  CHECK(sentence.current[0].token.case_class == CaseClass::capitalized);
  CHECK(sentence.current[1].token.space_before);
  CHECK(sentence.current[1].changed);
  CHECK(sentence.current[1].probability == 0.7);
}

TEST_CASE("deleting the first word hands its capital letter to the next one") {
  auto sentence = start_sentence(model_tokens("The my friend came"));
  const std::vector<Decision> decisions{at(1, "$DELETE", 0.8)};
  CHECK(apply_tags(sentence, decisions, tiny_inflections()));
  CHECK(render(sentence) == "My friend came");
  CHECK_FALSE(sentence.current[0].token.space_before);
  CHECK(sentence.current[0].changed);
  // A lowercase start stays lowercase.
  CHECK(after("so my friend came", {at(1, "$DELETE")}) == "my friend came");
}

TEST_CASE("punctuation attaches to the word before it") {
  CHECK(after("Hello how are you", {at(1, "$APPEND_,"), at(4, "$APPEND_?")}) ==
        "Hello, how are you?");
  CHECK(after("Stop it .", {at(3, "$REPLACE_!")}) == "Stop it!");
  CHECK(after("I do", {at(2, "$APPEND_n't")}) == "I don't");
  CHECK(after("Wait, go", {at(2, "$REPLACE_and")}) == "Wait and go");
  CHECK(attaches_to_previous(","));
  CHECK(attaches_to_previous("'s"));
  CHECK_FALSE(attaches_to_previous("("));
  CHECK_FALSE(attaches_to_previous("the"));
}

TEST_CASE("a second pass works on the result of the first") {
  auto sentence = start_sentence(model_tokens("He went school"));
  const std::vector<Decision> first{at(2, "$APPEND_to")};
  CHECK(apply_tags(sentence, first, tiny_inflections()));
  // Position 3 is now the inserted "to".
  const std::vector<Decision> second{at(3, "$APPEND_the")};
  CHECK(apply_tags(sentence, second, tiny_inflections()));
  CHECK(render(sentence) == "He went to the school");
  CHECK(sentence.current[4].origin == 2);
}
