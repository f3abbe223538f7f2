#include <doctest/doctest.h>

#include <string>

#include "language/language_id.hpp"
#include "language/lexicons.hpp"
#include "language/script.hpp"

using namespace nib::language;

namespace {

// The core's tests have no dictionary here: English is known by its common-word lexicon alone.
LanguageMap identify_text(const std::string& text) {
  return identify(text, nib::text::segment(text), [](std::string_view) { return false; });
}

std::string first_foreign(const std::string& text) {
  const auto map = identify_text(text);
  return map.foreign.empty()
             ? std::string()
             : text.substr(map.foreign[0].begin, map.foreign[0].end - map.foreign[0].begin);
}

}  // namespace

TEST_CASE("whole sentences in other languages are found, by lexicon, letters or script") {
  CHECK(identify_text("Selamat pagi semuanya, jangan lupa sarapan.").sentence_languages[0] == "id");
  CHECK(identify_text("Köszönöm szépen a segítséget.").sentence_languages[0] == "hu");
  CHECK(identify_text("Спасибо большое, друзья!").sentence_languages[0] == "ru");
  CHECK(identify_text("今天天气真好。").sentence_languages[0] == "zh");
  CHECK(identify_text("ありがとうございました！").sentence_languages[0] == "ja");
  CHECK(identify_text("شكرا جزيلا لكم").post_language == "ar");
}

TEST_CASE("English stays English, and a foreign phrase inside it is marked") {
  const auto english = identify_text("I think the game was great and we should go again.");
  CHECK(english.post_language == "en");
  CHECK(english.foreign.empty());
  CHECK(first_foreign("The food was enak banget and so cheap.") == "enak banget");
  CHECK(first_foreign("Thanks for the gift 谢谢 my friend") == "谢谢");
  const auto mixed = identify_text("Terima kasih semuanya! The party was great.");
  CHECK(mixed.sentence_languages.size() == 2);
  CHECK(mixed.sentence_languages[0] == "id");
  CHECK(mixed.sentence_languages[1] == "en");
}

TEST_CASE("one foreign-looking word among English typos does not make a sentence foreign") {
  CHECK(identify_text("Dang ol New York librals").foreign.empty());
  CHECK(identify_text("becouse u dont know").foreign.empty());
  CHECK(identify_text("Im vaccinated now").foreign.empty());
}

TEST_CASE("Latin case folding reaches lexicon entries; scripts are told apart") {
  CHECK(fold_latin_case("ÜBER Straße İyi ĞÜZEL Ơn") == "über straße iyi ğüzel ơn");
  CHECK(script_of(U'ж') == Script::cyrillic);
  CHECK(script_of(U'ب') == Script::arabic);
  CHECK(script_of(U'한') == Script::hangul);
  CHECK(script_of(U'ő') == Script::latin);
  CHECK(languages_with_letter(U'ő') == "hu");
  CHECK(languages_with_letter(U'e').empty());
}

TEST_CASE("the dictionary is asked whenever the decision could turn on it") {
  // No common English word outside the name "Day": only the dictionary shows this is English.
  const std::string text = "Labor Day lunch SoCal style.";
  const auto knows = [](std::string_view word) {
    return word == "Labor" || word == "lunch" || word == "style";
  };
  CHECK(identify(text, nib::text::segment(text), knows).foreign.empty());
  CHECK(identify_text(text).sentence_languages[0] == "und");
}

TEST_CASE("twelve Latin-script lexicons, each with a bit of the word masks") {
  const auto& all = lexicons();
  CHECK(all.languages.size() == 12);
  CHECK(all.languages.size() <= kMaxLexicons);
  CHECK((all.mask_of("the") & Lexicons::kEnglish) != 0);
  CHECK(all.mask_of("banget") == 1u << *all.index_of("id"));
  CHECK(all.mask_of("zzzz") == 0);
}
