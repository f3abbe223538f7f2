#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/align.hpp"
#include "grammar/apply_tags.hpp"
#include "grammar/tag_targets.hpp"
#include "tiny_tables.hpp"

using namespace nib::grammar;
using nib::test::tiny_inflections;

namespace {

std::vector<std::string> words(std::initializer_list<const char*> list) {
  return {list.begin(), list.end()};
}

std::vector<std::string> targets(const std::string& source, const std::string& target) {
  std::vector<std::string> out;
  for (const auto& tag :
       tag_targets(model_tokens(source), model_tokens(target), tiny_inflections())) {
    out.push_back(format_tag(tag));
  }
  return out;
}

// Applies the targets as if the model had predicted them all: one pass of the run-time decoder.
std::string applied(const std::string& source, const std::string& target) {
  auto sentence = start_sentence(model_tokens(source));
  std::vector<Decision> decisions;
  const auto tags = tag_targets(sentence.original, model_tokens(target), tiny_inflections());
  for (std::size_t i = 0; i < tags.size(); ++i) decisions.push_back({i, tags[i], 0.9});
  apply_tags(sentence, decisions, tiny_inflections());
  return nib::test::render(sentence);
}

}  // namespace

TEST_CASE("align keeps, substitutes similar words, removes and inserts") {
  const auto& table = tiny_inflections();
  const auto source = words({"He", "go", "to", "school"});
  const auto target = words({"He", "went", "to", "school"});
  const auto steps = align(source, target, table);
  REQUIRE(steps.size() == 4);
  CHECK(steps[0].op == AlignOp::keep);
  CHECK(steps[1].op == AlignOp::substitute);  // same lemma: one step, not delete + insert
  CHECK(steps[1].source == 1);
  CHECK(steps[1].target == 1);

  const auto removed = align(words({"I", "am", "agree"}), words({"I", "agree"}), table);
  REQUIRE(removed.size() == 3);
  CHECK(removed[1].op == AlignOp::remove);
  CHECK(removed[1].source == 1);
  CHECK(removed[2].op == AlignOp::keep);

  const auto inserted = align(words({"I", "want", "go"}), words({"I", "want", "to", "go"}), table);
  REQUIRE(inserted.size() == 4);
  CHECK(inserted[2].op == AlignOp::insert);
  CHECK(inserted[2].source == 2);  // before source token 2
  CHECK(inserted[2].target == 2);

  CHECK(align(words({}), words({}), table).empty());
  const auto everything = align(words({}), words({"Hi", "there"}), table);
  REQUIRE(everything.size() == 2);
  CHECK(everything[0].op == AlignOp::insert);
}

TEST_CASE("tag_targets on learner errors") {
  using V = std::vector<std::string>;
  // Agreement, tense and participles are one tag for every verb.
  CHECK(targets("He go to school.", "He goes to school.") ==
        V{"$KEEP", "$KEEP", "$VERB_VBZ", "$KEEP", "$KEEP", "$KEEP"});
  CHECK(targets("Yesterday I go home", "Yesterday I went home") ==
        V{"$KEEP", "$KEEP", "$KEEP", "$VERB_VBD", "$KEEP"});
  CHECK(targets("She has went", "She has gone") == V{"$KEEP", "$KEEP", "$KEEP", "$VERB_VBN"});
  // was / were cannot be a form tag: the word itself is named.
  CHECK(targets("You was right", "You were right") ==
        V{"$KEEP", "$KEEP", "$REPLACE_were", "$KEEP"});
  // Articles and prepositions.
  CHECK(targets("I have cat", "I have a cat") == V{"$KEEP", "$KEEP", "$APPEND_a", "$KEEP"});
  CHECK(targets("I like the cats", "I like cats") ==
        V{"$KEEP", "$KEEP", "$KEEP", "$DELETE", "$KEEP"});
  CHECK(targets("I went in school", "I went to school") ==
        V{"$KEEP", "$KEEP", "$KEEP", "$REPLACE_to", "$KEEP"});
  CHECK(targets("She ate a apple", "She ate an apple") ==
        V{"$KEEP", "$KEEP", "$KEEP", "$REPLACE_an", "$KEEP"});
  // Noun number, capitals, punctuation.
  CHECK(targets("I like cat", "I like cats") == V{"$KEEP", "$KEEP", "$KEEP", "$NOUN_NNS"});
  CHECK(targets("i like london", "I like London") ==
        V{"$KEEP", "$CAPITALIZE", "$KEEP", "$CAPITALIZE"});
  CHECK(targets("I like Cats", "I like cats") == V{"$KEEP", "$KEEP", "$KEEP", "$LOWERCASE"});
  CHECK(targets("Hello how are you", "Hello, how are you?") ==
        V{"$KEEP", "$APPEND_,", "$KEEP", "$KEEP", "$APPEND_?"});
  // A replacement the source's case pattern restores is stored lowercase; others as written.
  CHECK(targets("The cat is here", "A cat is here") ==
        V{"$KEEP", "$REPLACE_a", "$KEEP", "$KEEP", "$KEEP"});
  CHECK(targets("lol ok", "LOL ok") == V{"$KEEP", "$REPLACE_LOL", "$KEEP"});
}

TEST_CASE("tag_targets at the sentence start") {
  using V = std::vector<std::string>;
  // The inserted article is stored lowercase. The capital letter of the first word moves by
  // itself at run time (apply_tags), so that case change is no tag.
  CHECK(targets("Cat is here.", "The cat is here.") ==
        V{"$APPEND_the", "$KEEP", "$KEEP", "$KEEP", "$KEEP"});
  CHECK(targets("The my friend came", "My friend came") ==
        V{"$KEEP", "$DELETE", "$KEEP", "$KEEP", "$KEEP"});
  CHECK(targets("Really?", "Really?") == V{"$KEEP", "$KEEP", "$KEEP"});
}

TEST_CASE("tag_targets: one edit per position; the rest is for the next pass") {
  using V = std::vector<std::string>;
  CHECK(targets("He went school", "He went to the school") ==
        V{"$KEEP", "$KEEP", "$APPEND_to", "$KEEP"});
}

TEST_CASE("tag_targets never edit locked placeholders") {
  using V = std::vector<std::string>;
  CHECK(targets("@jonh you was right", "@john you were right") ==
        V{"$KEEP", "$KEEP", "$KEEP", "$REPLACE_were", "$KEEP"});
  CHECK(targets("see https://exampel.com now", "see now") == V{"$KEEP", "$KEEP", "$KEEP", "$KEEP"});
  CHECK(targets("so good", "so good \xF0\x9F\x98\x80") == V{"$KEEP", "$KEEP", "$KEEP"});
  CHECK(targets("I have 3 cat", "I have 3 cats") ==
        V{"$KEEP", "$KEEP", "$KEEP", "$KEEP", "$NOUN_NNS"});
}

TEST_CASE("the run-time application of the targets gives the target back") {
  for (const auto& [source, target] : std::vector<std::pair<std::string, std::string>>{
           {"He go to school.", "He goes to school."},
           {"You was right", "You were right"},
           {"I have cat", "I have a cat"},
           {"I like the cats", "I like cats"},
           {"i like london", "I like London"},
           {"Hello how are you", "Hello, how are you?"},
           {"The cat is here", "A cat is here"},
           {"Cat is here.", "The cat is here."},
           {"The my friend came", "My friend came"},
           {"@jonh you was right", "@jonh you were right"},
           {"I have 3 cat", "I have 3 cats"},
       }) {
    CAPTURE(source);
    CHECK(applied(source, target) == target);
  }
}

TEST_CASE("substitution_tag names the smallest change") {
  const auto& table = tiny_inflections();
  const auto tag = [&](const char* from, const char* to) {
    return format_tag(substitution_tag(model_tokens(from)[0], model_tokens(to)[0], table));
  };
  CHECK(tag("Go", "Goes") == "$VERB_VBZ");
  CHECK(tag("children", "child") == "$NOUN_NN");
  CHECK(tag("go", "Goes") == "$REPLACE_Goes");  // form and case at once: named outright
  CHECK(tag("like", "Like") == "$CAPITALIZE");
  CHECK(tag("dont", "don't") == "$REPLACE_don't");
}
