#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../spell/dictionary_files.hpp"
#include "api/api.hpp"
#include "api/check_request.hpp"
#include "capi/nib.h"

using nlohmann::json;

namespace {

nib::api::Api& api() {
  static nib::api::Api instance = [] {
    nib::api::Api a;
    a.load_dictionary("en-US", nib::test::dictionary_file("en_US.aff"),
                      nib::test::dictionary_file("en_US.dic"));
    a.load_lexicon(nib::test::small_lexicon());
    return a;
  }();
  return instance;
}

json call(const json& request) { return json::parse(api().call(request.dump())); }

}  // namespace

TEST_CASE("check reports suggestions with UTF-16 offsets, codes, messages and timing") {
  const std::string text = "😀 I had a dreem";  // the emoji is two UTF-16 units, four bytes
  const json response = call({{"api_version", 1}, {"text", text}});
  REQUIRE_FALSE(response.contains("error"));
  CHECK(response["api_version"] == 1);
  CHECK(response["text_length"] == 16);
  REQUIRE(response["suggestions"].size() == 1);
  const json& s = response["suggestions"][0];
  CHECK(s["start"] == 11);
  CHECK(s["end"] == 16);
  CHECK(s["original"] == "dreem");
  CHECK(s["replacements"][0] == "dream");
  CHECK(s["kind"] == "spelling");
  CHECK(s["explanation"]["code"] == "spelling.unknown_word");
  CHECK(s["explanation"]["message"].get<std::string>().find("dream") != std::string::npos);
  CHECK(s["confidence"].get<double>() > 0.5);
  CHECK(response["timing"]["total_ms"].get<double>() >= 0);
  CHECK(response["sentences"].size() == 1);
}

TEST_CASE("errors come back as error objects, never as crashes") {
  CHECK(json::parse(api().call("{not json"))["error"]["code"] == "invalid_json");
  CHECK(json::parse(api().call("[1,2]"))["error"]["code"] == "invalid_request");
  CHECK(json::parse(api().call("\xff\xfe"))["error"]["code"] == "invalid_json");
  CHECK(call({{"text", 5}})["error"]["code"] == "invalid_request");
  CHECK(call({{"text", "x"}, {"api_version", 2}})["error"]["code"] == "unsupported_version");
  CHECK(call({{"text", "x"}, {"method", "dance"}})["error"]["code"] == "unknown_method");
  CHECK(call({{"text", "x"}, {"dialect", "en-GB"}})["error"]["code"] == "dialect_not_loaded");
  CHECK(call({{"text", "x"}, {"options", {{"min_confidence", "high"}}}})["error"]["code"] ==
        "invalid_request");
  CHECK(call({{"text", "x"}, {"personal_words", {1, 2}}})["error"]["code"] == "invalid_request");
  const json too_long = call({{"text", std::string(nib::api::kMaxTextLength + 1, 'a')}});
  CHECK(too_long["error"]["code"] == "text_too_long");
  CHECK(json::parse(api().load_dictionary("en-XX", "", ""))["error"]["code"] ==
        "dictionary_invalid");
  CHECK(json::parse(api().load_lexicon("no tabs here"))["error"]["code"] == "lexicon_invalid");
}

TEST_CASE("NUL and invalid UTF-8 inside the text are repaired with a warning") {
  const json response = call({{"text", std::string("a\0b dreem", 9)}});
  REQUIRE(response["warnings"].size() == 1);
  CHECK(response["warnings"][0]["code"] == "input_repaired");
  CHECK(response["suggestions"][0]["start"] == 4);
}

TEST_CASE("options and disabled rules shape the answer") {
  const json none = call({{"text", "a dreem"}, {"disabled_rules", {"spelling"}}});
  CHECK(none["suggestions"].empty());
  const json one = call({{"text", "a dreem"}, {"options", {{"max_replacements", 1}}}});
  CHECK(one["suggestions"][0]["replacements"].size() == 1);
  const json spans = call({{"text", "hi @jonh #teh"}, {"options", {{"include_protected", true}}}});
  CHECK(spans["protected"].size() == 2);
  CHECK(spans["protected"][0]["kind"] == "mention");
}

TEST_CASE("suggest and info methods") {
  const json suggest = call({{"method", "suggest"}, {"word", "dreem"}});
  CHECK(suggest["accepted"] == false);
  CHECK(suggest["suggestions"][0] == "dream");
  const json hunspell = call({{"method", "suggest"}, {"word", "dreem"}, {"algorithm", "hunspell"}});
  CHECK_FALSE(hunspell["suggestions"].empty());
  const json info = call({{"method", "info"}});
  CHECK(info["dialects"] == json::array({"en-US"}));
  CHECK(info["limits"]["max_text_length"] == nib::api::kMaxTextLength);
}

TEST_CASE("the C ABI answers JSON the caller frees") {
  NibCore* core = nib_core_create();
  const std::string request = R"({"method":"info"})";
  char* answer = nib_call(core, request.data(), request.size());
  CHECK(json::parse(answer)["lexicon_words"] == 0);
  nib_string_free(answer);
  char* bad = nib_load_lexicon(core, nullptr, 0);
  CHECK(json::parse(bad)["error"]["code"] == "lexicon_invalid");
  nib_string_free(bad);
  nib_core_destroy(core);
}

TEST_CASE("explain_language localizes messages, maps variants, falls back with a warning") {
  const auto message = [](const json& response) {
    return response["suggestions"][0]["explanation"];
  };
  const json hungarian = call({{"text", "I had a dreem"}, {"explain_language", "hu_HU"}});
  CHECK(hungarian["explain_language"] == "hu");
  CHECK(message(hungarian)["language"] == "hu");
  CHECK(message(hungarian)["message"].get<std::string>().find("„dreem”") != std::string::npos);
  const json dutch = call({{"text", "I had a dreem"}, {"explain_language", "nl"}});
  CHECK(dutch["explain_language"] == "en");
  CHECK(dutch["warnings"][0]["code"] == "explain_language_unsupported");
  CHECK(call({{"text", "x"}, {"explain_language", 7}})["error"]["code"] == "invalid_request");
  CHECK(call({{"text", "x"}, {"explain_language", std::string(40, 'a')}})["error"]["code"] ==
        "invalid_request");
}

TEST_CASE("a sentence in another language is reported and left unchecked") {
  const json response = call({{"text", "Terima kasih banyak semuanya. I had a dreem."}});
  CHECK(response["sentences"][0]["language"] == "id");
  CHECK(response["sentences"][1]["language"] == "en");
  CHECK(response["other_language"].size() == 1);
  CHECK(response["other_language"][0]["start"] == 0);
  REQUIRE(response["suggestions"].size() == 1);
  CHECK(response["suggestions"][0]["original"] == "dreem");
}
