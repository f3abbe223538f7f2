#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/segmenter.hpp"
#include "text_test_support.hpp"

namespace nib::text {
namespace {

using testing::check_invariants;
using testing::sentence_texts;
using testing::slice;
using testing::token_texts;
using Strings = std::vector<std::string>;

std::vector<TokenKind> token_kinds(std::string_view text) {
  std::vector<TokenKind> out;
  for (const Token& token : segment(text).tokens) out.push_back(token.kind);
  return out;
}

TEST_CASE("the sample post tokenizes with the protected spans whole") {
  const std::string post =
      "I has a dreem that @jonh and #teh team will loose the game 🏳️‍🌈 "
      "https://exampel.com";
  const Segmentation seg = segment(post);
  check_invariants(post, seg);
  CHECK(token_texts(post) == Strings{"I", "has", "a", "dreem", "that", "@jonh", "and", "#teh",
                                     "team", "will", "loose", "the", "game", "🏳️‍🌈",
                                     "https://exampel.com"});
  REQUIRE(seg.tokens.size() == 15);
  CHECK(seg.tokens[3].kind == TokenKind::word);   // dreem: a word for the spell checker
  CHECK(seg.tokens[10].kind == TokenKind::word);  // loose
  CHECK(seg.tokens[5].kind == TokenKind::protected_span);
  CHECK(seg.tokens[5].protected_kind == ProtectedKind::mention);
  CHECK(seg.tokens[7].protected_kind == ProtectedKind::hashtag);
  CHECK(seg.tokens[13].protected_kind == ProtectedKind::emoji);
  CHECK(seg.tokens[14].protected_kind == ProtectedKind::url);
  CHECK(sentence_texts(post) == Strings{post});
}

TEST_CASE("words keep inner apostrophes and digits; hyphens split") {
  CHECK(token_texts("don't it’s rock'n'roll") == Strings{"don't", "it’s", "rock'n'roll"});
  CHECK(token_texts("'quoted' words'") == Strings{"'", "quoted", "'", "words", "'"});
  CHECK(token_texts("well-known") == Strings{"well", "-", "known"});
  CHECK(token_texts("mp3 4ever") == Strings{"mp3", "4ever"});
  CHECK(token_kinds("mp3 4ever") == std::vector<TokenKind>{TokenKind::word, TokenKind::word});
  CHECK(token_texts("snake_case") == Strings{"snake", "_", "case"});
}

TEST_CASE("punctuation is one code point per token; symbols apart") {
  CHECK(token_texts("Wait...what?!") == Strings{"Wait", ".", ".", ".", "what", "?", "!"});
  CHECK(token_kinds("a—b") ==
        std::vector<TokenKind>{TokenKind::word, TokenKind::punctuation, TokenKind::word});
  CHECK(token_kinds("1 + 2 = x") ==
        std::vector<TokenKind>{TokenKind::protected_span, TokenKind::symbol,
                               TokenKind::protected_span, TokenKind::symbol, TokenKind::word});
  CHECK(token_kinds("a\xEF\xBF\xBD"
                    "b") ==
        std::vector<TokenKind>{TokenKind::word, TokenKind::symbol, TokenKind::word});
}

TEST_CASE("words of any script, with combining marks") {
  CHECK(token_texts("naïve café") == Strings{"naïve", "café"});
  CHECK(token_texts("cafe\xCC\x81 ok") == Strings{"cafe\xCC\x81", "ok"});
  CHECK(token_texts("Привет, мир!") == Strings{"Привет", ",", "мир", "!"});
  CHECK(token_texts("नमस्ते दुनिया") == Strings{"नमस्ते", "दुनिया"});
  // Persian keeps its zero-width non-joiner inside the word.
  CHECK(token_texts("می\u200Cخواهم") == Strings{"می\u200Cخواهم"});
}

TEST_CASE("right-to-left text tokenizes into words") {
  const std::string arabic = "مرحبا بالعالم، كيف حالك؟";
  CHECK(token_texts(arabic) == Strings{"مرحبا", "بالعالم", "،", "كيف", "حالك", "؟"});
  const std::string hebrew = "שלום עולם. מה נשמע?";
  CHECK(token_texts(hebrew) == Strings{"שלום", "עולם", ".", "מה", "נשמע", "?"});
  CHECK(sentence_texts(hebrew) == Strings{"שלום עולם.", "מה נשמע?"});
  const std::string vowelled = "كَتَبَ";  // with harakat (combining marks)
  CHECK(token_texts(vowelled) == Strings{vowelled});
  // Bidi marks are invisible and skipped.
  CHECK(token_texts("\u200Fשלום\u200E") == Strings{"שלום"});
}

TEST_CASE("whitespace and control characters are skipped") {
  CHECK(token_texts(" \t a \r\n b\x01 ") == Strings{"a", "b"});
  CHECK(token_texts("a\u00A0b\u3000c") == Strings{"a", "b", "c"});
  CHECK(segment("").tokens.empty());
  CHECK(segment(" \n\t ").tokens.empty());
}

TEST_CASE("a word stops where a protected span starts") {
  CHECK(token_texts("l'USA") == Strings{"l", "'", "USA"});
  CHECK(token_texts("ok👍🏽thanks") == Strings{"ok", "👍🏽", "thanks"});
  CHECK(token_texts("abc1️⃣") == Strings{"abc", "1️⃣"});
}

TEST_CASE("sentences end after . ! ? … followed by whitespace or the end") {
  CHECK(sentence_texts("Hello there. How are you? Fine! Great…") ==
        Strings{"Hello there.", "How are you?", "Fine!", "Great…"});
  CHECK(sentence_texts("Really?! Yes... ok") == Strings{"Really?!", "Yes...", "ok"});
  CHECK(sentence_texts("No final stop") == Strings{"No final stop"});
  CHECK(sentence_texts("a.b c") == Strings{"a.b c"});
}

TEST_CASE("abbreviations do not end sentences") {
  CHECK(sentence_texts("Mr. Smith met Dr. Who. Then they left.") ==
        Strings{"Mr. Smith met Dr. Who.", "Then they left."});
  CHECK(sentence_texts("Apples, pears etc. are fruit. Yes.") ==
        Strings{"Apples, pears etc. are fruit.", "Yes."});
  CHECK(sentence_texts("Use e.g. this or i.e. that.") == Strings{"Use e.g. this or i.e. that."});
  CHECK(sentence_texts("I live in the U.S. and like it.") ==
        Strings{"I live in the U.S. and like it."});
  CHECK(sentence_texts("See you at 9 a.m. tomorrow.") == Strings{"See you at 9 a.m. tomorrow."});
  CHECK(sentence_texts("Born Jan. 5 in St. Louis vs. Ms. Doe.") ==
        Strings{"Born Jan. 5 in St. Louis vs. Ms. Doe."});
  CHECK(sentence_texts("I said no. Then left.") == Strings{"I said no.", "Then left."});
}

TEST_CASE("protected spans never break a sentence") {
  CHECK(sentence_texts("Go to https://exampel.com/a.b?c=d. Then stop.") ==
        Strings{"Go to https://exampel.com/a.b?c=d.", "Then stop."});
  CHECK(sentence_texts("It costs $3.50 today. Ok") == Strings{"It costs $3.50 today.", "Ok"});
  CHECK(sentence_texts("Mail a.b@ex.com now") == Strings{"Mail a.b@ex.com now"});
  CHECK(sentence_texts("v2.3.1 is out! Nice") == Strings{"v2.3.1 is out!", "Nice"});
}

TEST_CASE("closing quotes and brackets belong to the sentence they end") {
  CHECK(sentence_texts("He said \"hi.\" Then left.") == Strings{"He said \"hi.\"", "Then left."});
  CHECK(sentence_texts("“Really?” she asked.") == Strings{"“Really?”", "she asked."});
  CHECK(sentence_texts("(Yes!) No.") == Strings{"(Yes!)", "No."});
}

TEST_CASE("line breaks always break sentences") {
  CHECK(sentence_texts("first line\nsecond line") == Strings{"first line", "second line"});
  CHECK(sentence_texts("one.\n\ntwo\r\nthree") == Strings{"one.", "two", "three"});
  CHECK(sentence_texts("Mr.\nSmith") == Strings{"Mr.", "Smith"});
  CHECK(sentence_texts("a\u2029b") == Strings{"a", "b"});
  // A fenced block spans lines but is one token.
  CHECK(sentence_texts("see ```\nx\n``` ok") == Strings{"see ```\nx\n``` ok"});
}

TEST_CASE("emoji at the end of a sentence belong to it") {
  CHECK(sentence_texts("Won! 🎉🎉 Next one.") == Strings{"Won! 🎉🎉", "Next one."});
  CHECK(sentence_texts("Won!🎉 Next") == Strings{"Won!🎉", "Next"});
  CHECK(sentence_texts("Great game 🏳️‍🌈. See you") ==
        Strings{"Great game 🏳️‍🌈.", "See you"});
  CHECK(sentence_texts("Done! \n🎉") == Strings{"Done!", "🎉"});
}

TEST_CASE("full-width stops end sentences without a following space") {
  CHECK(sentence_texts("日本語です。次の文。") == Strings{"日本語です。", "次の文。"});
}

TEST_CASE("whitespace-only posts have no sentences") {
  CHECK(segment("").sentences.empty());
  CHECK(segment("   \n\n\t").sentences.empty());
}

TEST_CASE("sentence offsets cover their first to last token") {
  const std::string text = "  Hi there.  Bye!  ";
  const Segmentation seg = segment(text);
  check_invariants(text, seg);
  REQUIRE(seg.sentences.size() == 2);
  CHECK(slice(text, seg.sentences[0].begin, seg.sentences[0].end) == "Hi there.");
  CHECK(seg.sentences[0].first_token == 0);
  CHECK(seg.sentences[0].token_count == 3);
  CHECK(seg.sentences[1].first_token == 3);
  CHECK(seg.sentences[1].token_count == 2);
}

}  // namespace
}  // namespace nib::text
