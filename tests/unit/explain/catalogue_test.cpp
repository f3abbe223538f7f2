#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "errors/error.hpp"
#include "explain/catalogue.hpp"
#include "explain/explanations.hpp"
#include "explain/languages.hpp"
#include "grammar/edit_classes.hpp"
#include "spell/spelling_issue.hpp"
#include "tone/codes.hpp"

using namespace nib::explain;

namespace {

std::vector<std::string_view> emitted_codes() {
  std::vector<std::string_view> codes(std::begin(nib::spell::codes::all),
                                      std::end(nib::spell::codes::all));
  codes.insert(codes.end(), std::begin(nib::grammar::kEditCodes),
               std::end(nib::grammar::kEditCodes));
  return codes;
}

}  // namespace

TEST_CASE("every shipped language has every message of the English catalogue, same placeholders") {
  const Catalogue& english = catalogue(kEnglish);
  REQUIRE(english.keys().size() > 30);
  REQUIRE(explanation_languages().size() == 15);
  for (const auto& language : explanation_languages()) {
    const Catalogue& messages = catalogue(language.code);
    CAPTURE(language.code);
    CHECK(messages.language() == language.code);
    CHECK(messages.keys() == english.keys());
    for (const auto& key : english.keys()) {
      CAPTURE(key);
      const std::string* text = messages.find(key);
      REQUIRE(text != nullptr);
      CHECK(!text->empty());
      CHECK(placeholders(*text) == placeholders(*english.find(key)));
    }
  }
}

TEST_CASE("every code the core emits is explained in every language, words filled in") {
  const std::vector<std::string> replacements{"REPLACEMENT"};
  for (const auto& language : explanation_languages()) {
    for (const auto code : emitted_codes()) {
      CAPTURE(language.code);
      CAPTURE(code);
      const bool article = code == "grammar.article.a_an";
      const std::vector<std::string> article_choice{"an"};
      const auto with =
          explain(code, {"ORIGINAL", article ? article_choice : replacements, "en-GB", "hour"},
                  language.code);
      CHECK(with.language == language.code);
      CHECK(with.message.find('{') == std::string::npos);
      if (article) {
        CHECK(with.message.find("an hour") != std::string::npos);
      } else if (code != nib::spell::codes::foreign_word) {  // names no replacement
        CHECK(with.message.find("REPLACEMENT") != std::string::npos);
      }
      const auto without = explain(code, {"ORIGINAL", {}, "en-GB", {}}, language.code);
      CHECK(without.language == language.code);
      CHECK(without.message.find('{') == std::string::npos);
      if (code != nib::spell::codes::lowercase_i && !article) {
        CHECK(without.message.find("ORIGINAL") != std::string::npos);
      }
    }
  }
}

TEST_CASE("every tone note and rewrite reason is explained in every language") {
  const std::vector<std::string> replacements{"REPLACEMENT"};
  for (const auto& language : explanation_languages()) {
    CAPTURE(language.code);
    for (const auto code : nib::tone::kNoteCodes) {
      CAPTURE(code);
      const auto note = explain(code, {}, language.code);
      CHECK(note.language == language.code);
      CHECK(!note.message.empty());
      CHECK(note.message.find('{') == std::string::npos);
    }
    for (const auto code : nib::tone::kRewriteCodes) {
      CAPTURE(code);
      const auto replace = explain(code, {"ORIGINAL", replacements, "any", {}}, language.code);
      CHECK(replace.language == language.code);
      CHECK(replace.message.find("ORIGINAL") != std::string::npos);
      CHECK(replace.message.find("REPLACEMENT") != std::string::npos);
      const auto insert = explain(code, {"", replacements, "any", {}}, language.code);
      CHECK(insert.message.find("REPLACEMENT") != std::string::npos);
      CHECK(insert.message.find('{') == std::string::npos);
      const auto remove = explain(code, {"ORIGINAL", {}, "any", {}}, language.code);
      CHECK(remove.message.find("ORIGINAL") != std::string::npos);
    }
  }
}

TEST_CASE("dialect names are translated and a_an picks the article's own message") {
  const std::vector<std::string> colour{"color"};
  const auto de = explain("spelling.dialect", {"colour", colour, "en-US", {}}, "de");
  CHECK(de.message ==
        "„colour“ ist keine übliche Schreibweise für amerikanisches Englisch. "
        "Schreiben Sie „color“.");
  const std::vector<std::string> a{"a"};
  const auto id = explain("grammar.article.a_an", {"an", a, "any", "university"}, "id");
  CHECK(id.message == "Gunakan “a” sebelum bunyi konsonan: “a university”.");
  const std::vector<std::string> removal;
  const auto ja = explain("grammar.article.extra", {"the", removal, "any", {}}, "ja");
  CHECK(ja.message == "ここに冠詞は必要ありません。「the」を削除しましょう。");
}

TEST_CASE("requested languages map to shipped ones; others fall back to English") {
  CHECK(supported_language("id")->code == "id");
  CHECK(supported_language("pt_br")->code == "pt-BR");
  CHECK(supported_language("pt")->code == "pt-BR");
  CHECK(supported_language("zh-Hans-CN")->code == "zh-CN");
  CHECK(supported_language("es-MX")->code == "es");
  CHECK(supported_language("en-GB")->code == "en");
  CHECK(supported_language("AR")->right_to_left);
  CHECK_FALSE(supported_language("nl").has_value());
  CHECK_FALSE(supported_language("").has_value());
  CHECK(catalogue("nl").language() == "en");
}

TEST_CASE("fill replaces in one pass and leaves unknown placeholders") {
  CHECK(fill("{a} and {b}", {{"a", "{b}"}, {"b", "x"}}) == "{b} and x");
  CHECK(fill("{missing} {a", {{"a", "x"}}) == "{missing} {a");
  CHECK(placeholders("{word} or {best}, {word}") == std::vector<std::string>{"best", "word"});
}

TEST_CASE("a malformed catalogue is refused with its line") {
  CHECK_THROWS_AS(Catalogue::parse("xx", "no tab here\n"), nib::Error);
  CHECK_THROWS_AS(Catalogue::parse("xx", "a\tone\na\ttwo\n"), nib::Error);
  CHECK(Catalogue::parse("xx", "# comment\n\nk\tv\r\n").find("k")->size() == 1);
}
