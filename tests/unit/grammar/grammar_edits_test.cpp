// From applied tags to edits of the user's text, their explanation codes and the decoder's
// thresholds.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/decoder.hpp"
#include "grammar/edit_classes.hpp"
#include "grammar/grammar_edits.hpp"
#include "tiny_tables.hpp"

using namespace nib::grammar;
using nib::test::tiny_inflections;

namespace {

Decision at(std::size_t position, const char* tag, double probability = 0.9) {
  return {position, *parse_tag(tag), probability};
}

struct Edited {
  std::string original;  // the span of the text the edit covers
  std::string replacement;
  std::string code;
  double confidence;
};

// The edits after one pass per entry of `passes`.
std::vector<Edited> edits(const std::string& text,
                          const std::vector<std::vector<Decision>>& passes) {
  auto sentence = start_sentence(model_tokens(text));
  for (const auto& decisions : passes) apply_tags(sentence, decisions, tiny_inflections());
  std::vector<Edited> out;
  for (const auto& e : grammar_edits(sentence, tiny_inflections())) {
    REQUIRE(e.begin <= e.end);
    REQUIRE(e.end <= text.size());
    out.push_back({text.substr(e.begin, e.end - e.begin), e.replacement, e.code, e.confidence});
  }
  return out;
}

// The text with the edits of `passes` applied, as a user accepting them all would see it.
std::string corrected(std::string text, const std::vector<std::vector<Decision>>& passes) {
  auto sentence = start_sentence(model_tokens(text));
  for (const auto& decisions : passes) apply_tags(sentence, decisions, tiny_inflections());
  const auto result = grammar_edits(sentence, tiny_inflections());
  for (auto e = result.rbegin(); e != result.rend(); ++e) {
    text.replace(e->begin, e->end - e->begin, e->replacement);
  }
  return text;
}

std::string code(std::vector<std::string> before, std::vector<std::string> after) {
  return classify_edit(before, after, tiny_inflections());
}

}  // namespace

TEST_CASE("grammar_edits: a changed word is its own span of the original text") {
  const std::string text = "He go to school.";
  auto sentence = start_sentence(model_tokens(text));
  const std::vector<Decision> decisions{at(2, "$VERB_VBZ", 0.9)};
  apply_tags(sentence, decisions, tiny_inflections());
  const auto result = grammar_edits(sentence, tiny_inflections());
  REQUIRE(result.size() == 1);
  CHECK(result[0].begin == 3);
  CHECK(result[0].end == 5);
  CHECK(result[0].replacement == "goes");
  CHECK(result[0].code == "grammar.verb.agreement");
  CHECK(result[0].confidence == 0.9);
  CHECK(grammar_edits(start_sentence(model_tokens(text)), tiny_inflections()).empty());
}

TEST_CASE("grammar_edits: insertions are shown on the next word") {
  const auto article = edits("I have cat", {{at(2, "$APPEND_a", 0.8)}});
  REQUIRE(article.size() == 1);
  CHECK(article[0].original == "cat");
  CHECK(article[0].replacement == "a cat");
  CHECK(article[0].code == "grammar.article.missing");
  CHECK(article[0].confidence == 0.8);

  // At the end of the sentence there is no next word: the previous one carries it.
  const auto end = edits("How are you", {{at(3, "$APPEND_?")}});
  REQUIRE(end.size() == 1);
  CHECK(end[0].original == "you");
  CHECK(end[0].replacement == "you?");
  CHECK(end[0].code == "punctuation.missing");

  const auto before_dot = edits("Stop it .", {{at(2, "$APPEND_now")}});
  REQUIRE(before_dot.size() == 1);
  CHECK(before_dot[0].original == ".");
  CHECK(before_dot[0].replacement == "now.");
  CHECK(before_dot[0].code == "grammar.word.missing");
}

TEST_CASE("grammar_edits: deletions take the space before them") {
  const auto middle = edits("I like the cats", {{at(3, "$DELETE", 0.7)}});
  REQUIRE(middle.size() == 1);
  CHECK(middle[0].original == " the");
  CHECK(middle[0].replacement.empty());
  CHECK(middle[0].code == "grammar.article.extra");
  CHECK(middle[0].confidence == 0.7);

  // The first word has no space before it: it takes the one after it.
  const auto first = edits("so I went", {{at(1, "$DELETE")}});
  REQUIRE(first.size() == 1);
  CHECK(first[0].original == "so ");
  CHECK(first[0].replacement.empty());
  CHECK(first[0].code == "grammar.word.extra");
}

TEST_CASE("grammar_edits: capital handovers join the edit that caused them") {
  const auto removed = edits("The my friend came", {{at(1, "$DELETE", 0.8)}});
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].original == "The my");
  CHECK(removed[0].replacement == "My");
  CHECK(removed[0].code == "grammar.article.extra");
  CHECK(removed[0].confidence == 0.8);

  const auto inserted = edits("Cat is here.", {{at(0, "$APPEND_the", 0.75)}});
  REQUIRE(inserted.size() == 1);
  CHECK(inserted[0].original == "Cat");
  CHECK(inserted[0].replacement == "The cat");
  CHECK(inserted[0].code == "grammar.article.missing");
  CHECK(inserted[0].confidence == 0.75);
}

TEST_CASE("grammar_edits: confidence is the least probable tag of the edit") {
  const auto result = edits("he go home", {{at(1, "$CAPITALIZE", 0.95), at(2, "$VERB_VBZ", 0.6)}});
  REQUIRE(result.size() == 1);
  CHECK(result[0].original == "he go");
  CHECK(result[0].replacement == "He goes");
  CHECK(result[0].code == "grammar.verb.agreement");
  CHECK(result[0].confidence == 0.6);

  const auto separate =
      edits("He go to the the market", {{at(2, "$VERB_VBD", 0.9), at(4, "$DELETE", 0.55)}});
  REQUIRE(separate.size() == 2);
  CHECK(separate[0].original == "go");
  CHECK(separate[0].replacement == "went");
  CHECK(separate[0].code == "grammar.verb.form");
  CHECK(separate[0].confidence == 0.9);
  CHECK(separate[1].original == " the");
  CHECK(separate[1].confidence == 0.55);
}

TEST_CASE("grammar_edits after several passes still map to the original text") {
  const std::string text = "He went school";
  const auto result = edits(text, {{at(2, "$APPEND_to", 0.9)}, {at(3, "$APPEND_the", 0.7)}});
  REQUIRE(result.size() == 1);
  CHECK(result[0].original == "school");
  CHECK(result[0].replacement == "to the school");
  CHECK(result[0].code == "grammar.word.missing");
  CHECK(result[0].confidence == 0.7);

  // A word changed twice is still one edit of the original word.
  const auto twice = edits("He go home", {{at(2, "$VERB_VBD", 0.9)}, {at(2, "$VERB_VBZ", 0.8)}});
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].original == "go");
  CHECK(twice[0].replacement == "goes");
  CHECK(twice[0].confidence == 0.8);
}

TEST_CASE("accepting every edit gives the corrected sentence") {
  CHECK(corrected("He go to school.", {{at(2, "$VERB_VBZ")}}) == "He goes to school.");
  CHECK(corrected("I have cat", {{at(2, "$APPEND_a")}}) == "I have a cat");
  CHECK(corrected("How are you", {{at(3, "$APPEND_?")}}) == "How are you?");
  CHECK(corrected("Stop it .", {{at(2, "$APPEND_now")}}) == "Stop it now.");
  CHECK(corrected("I like the cats", {{at(3, "$DELETE")}}) == "I like cats");
  CHECK(corrected("so I went", {{at(1, "$DELETE")}}) == "I went");
  CHECK(corrected("The my friend came", {{at(1, "$DELETE")}}) == "My friend came");
  CHECK(corrected("Cat is here.", {{at(0, "$APPEND_the")}}) == "The cat is here.");
  CHECK(corrected("He went school", {{at(2, "$APPEND_to")}, {at(3, "$APPEND_the")}}) ==
        "He went to the school");
  CHECK(corrected("He go to the the market", {{at(2, "$VERB_VBD"), at(4, "$DELETE")}}) ==
        "He went to the market");
  CHECK(corrected("cat is here.", {{at(0, "$APPEND_the")}}) == "the cat is here.");
}

TEST_CASE("classify_edit codes") {
  CHECK(code({}, {"the"}) == "grammar.article.missing");
  CHECK(code({}, {"to"}) == "grammar.preposition.missing");
  CHECK(code({}, {","}) == "punctuation.missing");
  CHECK(code({}, {"very"}) == "grammar.word.missing");
  CHECK(code({"a"}, {}) == "grammar.article.extra");
  CHECK(code({"about"}, {}) == "grammar.preposition.extra");
  CHECK(code({"!"}, {}) == "punctuation.extra");
  CHECK(code({"very"}, {}) == "grammar.word.extra");
  CHECK(code({"a"}, {"an"}) == "grammar.article.a_an");
  CHECK(code({"the"}, {"a"}) == "grammar.article.wrong");
  CHECK(code({"in"}, {"on"}) == "grammar.preposition.wrong");
  CHECK(code({"their"}, {"there"}) == "grammar.confused_word");
  CHECK(code({"it's"}, {"its"}) == "grammar.confused_word");
  CHECK(code({","}, {"."}) == "punctuation.wrong");
  CHECK(code({"go"}, {"goes"}) == "grammar.verb.agreement");
  CHECK(code({"is"}, {"are"}) == "grammar.verb.agreement");
  CHECK(code({"was"}, {"were"}) == "grammar.verb.agreement");
  CHECK(code({"go"}, {"went"}) == "grammar.verb.form");
  CHECK(code({"cat"}, {"cats"}) == "grammar.noun.number");
  CHECK(code({"big"}, {"large"}) == "grammar.word_choice");
  CHECK(code({"london"}, {"london"}) == "grammar.capitalization");
  CHECK(code({"i", "also"}, {"also", "i"}) == "grammar.word_order");
  CHECK(code({"cat"}, {"a", "cat"}) == "grammar.article.missing");
  CHECK(code({"you"}, {"you", "?"}) == "punctuation.missing");
  CHECK(code({"the", "my"}, {"my"}) == "grammar.article.extra");
  CHECK(code({"he", "go"}, {"he", "goes"}) == "grammar.verb.agreement");
  CHECK(code({"he", "go"}, {"she", "goes"}) == "grammar.rewrite");
  CHECK(kind_of_code("punctuation.missing") == "punctuation");
  CHECK(kind_of_code("grammar.article.missing") == "grammar");
}

TEST_CASE("the decoder keeps only confident, non-KEEP tags") {
  const auto tags = TagSet::parse("$KEEP\n$DELETE\n$VERB_VBZ\n");
  const DecodeOptions options;  // 0.5 thresholds, no KEEP bias
  const std::vector<PositionOutput> outputs{
      {2, 0.9, 0.05, 0.95},                      // taken
      {0, 0.9, 0.9, 0.9},                        // KEEP itself
      {1, 0.45, 0.1, 0.9},                       // below min_tag_probability
      {1, 0.55, 0.6, 0.9},                       // KEEP is likelier
      {1, 0.8, 0.1, 0.4},                        // the detector says the token is fine
      {7, 0.9, 0.0, 0.9},                        // not in the tag list
      {-1, 0.9, 0.0, 0.9},  {1, 0.6, 0.3, 0.5},  // taken: thresholds are inclusive
  };
  const auto decisions = decide(outputs, tags, options);
  REQUIRE(decisions.size() == 2);
  CHECK(decisions[0].position == 0);
  CHECK(decisions[0].tag.kind == TagKind::verb_form);
  CHECK(decisions[0].probability == 0.9);
  CHECK(decisions[1].position == 7);
  CHECK(decisions[1].tag.kind == TagKind::remove);

  DecodeOptions biased;
  biased.keep_bias = 0.4;  // 0.6 <= 0.3 + 0.4: KEEP wins now
  CHECK(decide(outputs, tags, biased).size() == 1);
  DecodeOptions strict;
  strict.min_tag_probability = 0.95;
  CHECK(decide(outputs, tags, strict).empty());
  DecodeOptions lenient;
  lenient.min_error_probability = 0.0;
  CHECK(decide(outputs, tags, lenient).size() == 3);
}

TEST_CASE("words inserted at the sentence start keep their space and take a capital") {
  CHECK(corrected("cat is here", {{at(0, "$APPEND_the")}}) == "the cat is here");
  CHECK(corrected("cat is here", {{at(0, "$APPEND_the"), at(1, "$NOUN_NNS")}}) ==
        "the cats is here");
  CHECK(corrected("I am here", {{at(0, "$APPEND_so")}}) == "So I am here");
  CHECK(corrected("Cat is here", {{at(0, "$APPEND_the")}}) == "The cat is here");
}

TEST_CASE("inserted punctuation is shown on the word before it") {
  const auto comma = edits("Hello how are you", {{at(1, "$APPEND_,")}});
  REQUIRE(comma.size() == 1);
  CHECK(comma[0].original == "Hello");
  CHECK(comma[0].replacement == "Hello,");
  CHECK(comma[0].code == "punctuation.missing");
  CHECK(corrected("Hello how are you", {{at(1, "$APPEND_,")}}) == "Hello, how are you");
}

TEST_CASE("the tag that changed a word decides between verb and noun explanations") {
  const auto verb = edits("He like cats", {{at(2, "$VERB_VBZ")}});
  REQUIRE(verb.size() == 1);
  CHECK(verb[0].code == "grammar.verb.agreement");
  const auto noun = edits("two cat", {{at(2, "$NOUN_NNS")}});
  REQUIRE(noun.size() == 1);
  CHECK(noun[0].code == "grammar.noun.number");
}
