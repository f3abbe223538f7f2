// The two-phase check with the grammar model, driven through the API with hand-made model outputs.
#include <doctest/doctest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "../grammar/tiny_tables.hpp"
#include "../spell/dictionary_files.hpp"
#include "api/api.hpp"
#include "grammar/model_tokens.hpp"

using nlohmann::json;

namespace {

// Tag indexes of the tiny tag list below.
constexpr int kVerbVbz = 1;
constexpr int kAppendThe = 2;
constexpr int kDelete = 3;
constexpr int kAppendPeriod = 5;

nib::api::Api make_api(int max_passes) {
  nib::api::Api api;
  api.load_dictionary("en-US", nib::test::dictionary_file("en_US.aff"),
                      nib::test::dictionary_file("en_US.dic"));
  api.load_lexicon("school\t900\nhome\t800\nthe\t60000\n");
  const auto loaded = [](const std::string& answer) {
    REQUIRE(json::parse(answer).value("ok", false));
  };
  // Ids: <pad> 0, <unk> 1, <s> 2, then one per line.
  loaded(api.load_model_file(
      "vocabulary", "<pad>\n<unk>\n<s>\nhe\ngo\ngoes\nto\nschool\n.\nthe\nhome\n<mention>\n"));
  loaded(api.load_model_file("tags",
                             "$KEEP\n$VERB_VBZ\n$APPEND_the\n$DELETE\n$CAPITALIZE\n$APPEND_.\n"));
  loaded(api.load_model_file("inflections", nib::test::kTinyInflections));
  loaded(api.load_model_file("config", json{{"max_passes", max_passes}}.dump()));
  return api;
}

nib::api::Api& one_pass() {
  static nib::api::Api api = make_api(1);
  return api;
}

nib::api::Api& two_passes() {
  static nib::api::Api api = make_api(2);
  return api;
}

json call(nib::api::Api& api, const json& request) { return json::parse(api.call(request.dump())); }

json begin(nib::api::Api& api, const std::string& text, json extra = json::object()) {
  extra["method"] = "begin";
  extra["text"] = text;
  return call(api, extra);
}

// The model's output for one input: KEEP everywhere but at the given (position, tag, probability).
json output(const json& input, const std::vector<std::tuple<int, int, double>>& tags = {}) {
  const std::size_t n = input.at("word_ids").size();
  json index(std::vector<int>(n, 0)), tag(std::vector<double>(n, 0.0)),
      keep(std::vector<double>(n, 1.0)), error(std::vector<double>(n, 0.0));
  for (const auto& [position, tag_index, probability] : tags) {
    index[position] = tag_index;
    tag[position] = probability;
    keep[position] = 1 - probability;
    error[position] = probability;
  }
  return {{"tag_index", index}, {"tag_prob", tag}, {"keep_prob", keep}, {"error_prob", error}};
}

json finish(nib::api::Api& api, const json& started, const json& outputs) {
  return call(api,
              {{"method", "finish"}, {"session", started.at("session")}, {"outputs", outputs}});
}

// Finishes a one-sentence check with one set of tags, answering KEEP on any further pass.
json check_with(nib::api::Api& api, const std::string& text,
                const std::vector<std::tuple<int, int, double>>& tags,
                json extra = json::object()) {
  const json started = begin(api, text, std::move(extra));
  if (started.value("done", false)) return started;
  REQUIRE(started["inputs"].size() == 1);
  json answer = finish(api, started, json::array({output(started["inputs"][0], tags)}));
  while (!answer.contains("error") && !answer.value("done", true)) {
    json keep = json::array();
    for (const auto& input : answer["inputs"]) keep.push_back(output(input));
    answer = finish(api, answer, keep);
  }
  return answer;
}

std::vector<json> model_suggestions(const json& answer) {
  std::vector<json> out;
  for (const auto& s : answer.at("suggestions")) {
    if (s["source"] == "model") out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("begin answers the model's inputs, one per sentence") {
  const json started = begin(one_pass(), "He go to school. I go home");
  REQUIRE_FALSE(started.contains("error"));
  CHECK(started["done"] == false);
  CHECK(started["pass"] == 1);
  CHECK(started["session"].is_number_unsigned());
  REQUIRE(started["inputs"].size() == 2);
  const json& first = started["inputs"][0];
  CHECK(first["sentence"] == 0);
  CHECK(first["word_ids"] == json::array({2, 3, 4, 6, 7, 8}));  // <s> he go to school .
  CHECK(first["suffix_ids"].size() == 6);
  CHECK(first["suffix_ids"][0] == 0);
  CHECK(first["suffix_ids"][2] == nib::grammar::suffix_bucket("go"));
  CHECK(first["case_ids"] == json::array({3, 1, 0, 0, 0, 3}));
  const json& second = started["inputs"][1];
  CHECK(second["sentence"] == 1);
  CHECK(second["word_ids"] == json::array({2, 1, 4, 10}));  // "i" is not in the vocabulary
}

TEST_CASE("finish turns the model's tags into grammar suggestions") {
  const json answer = check_with(one_pass(), "He go to school.", {{2, kVerbVbz, 0.9}});
  REQUIRE_FALSE(answer.contains("error"));
  CHECK(answer["done"] == true);
  CHECK(answer["text_length"] == 16);
  REQUIRE(answer["suggestions"].size() == 1);
  const json& s = answer["suggestions"][0];
  CHECK(s["start"] == 3);
  CHECK(s["end"] == 5);
  CHECK(s["original"] == "go");
  CHECK(s["replacements"] == json::array({"goes"}));
  CHECK(s["kind"] == "grammar");
  CHECK(s["explanation"]["code"] == "grammar.verb.agreement");
  CHECK(s["rule"] == "grammar.verb.agreement");
  CHECK(s["explanation"]["message"].get<std::string>().find("goes") != std::string::npos);
  CHECK(s["source"] == "model");
  CHECK(s["confidence"] == doctest::Approx(0.9));
  CHECK(s["id"] == "grammar.verb.agreement:3-5");
  CHECK(answer["timing"]["passes"] == 1);
  CHECK(answer["timing"]["grammar_ms"].get<double>() >= 0);

  const json article = check_with(one_pass(), "He go to school.", {{3, kAppendThe, 0.8}});
  const auto added = model_suggestions(article);
  REQUIRE(added.size() == 1);
  const json& a = added[0];
  CHECK(a["start"] == 9);
  CHECK(a["end"] == 15);
  CHECK(a["replacements"] == json::array({"the school"}));
  CHECK(a["explanation"]["code"] == "grammar.article.missing");
}

TEST_CASE("another pass is requested while sentences change, up to max_passes") {
  auto& api = two_passes();
  const json started = begin(api, "He go to school. I go home");
  REQUIRE(started["inputs"].size() == 2);
  const json second = finish(api, started,
                             json::array({output(started["inputs"][0], {{2, kVerbVbz, 0.9}}),
                                          output(started["inputs"][1])}));
  REQUIRE_FALSE(second.contains("error"));
  CHECK(second["done"] == false);
  CHECK(second["pass"] == 2);
  CHECK(second["session"] == started["session"]);
  // Only the sentence that changed goes back to the model, as it reads now.
  REQUIRE(second["inputs"].size() == 1);
  CHECK(second["inputs"][0]["sentence"] == 0);
  CHECK(second["inputs"][0]["word_ids"] == json::array({2, 3, 5, 6, 7, 8}));
  const json done = finish(api, second, json::array({output(second["inputs"][0])}));
  CHECK(done["done"] == true);
  CHECK(done["timing"]["passes"] == 2);
  REQUIRE(model_suggestions(done).size() == 1);
  CHECK(model_suggestions(done)[0]["replacements"][0] == "goes");

  // Nothing changed: no second pass.
  const json quiet = begin(api, "He go to school.");
  const json answer = finish(api, quiet, json::array({output(quiet["inputs"][0])}));
  CHECK(answer["done"] == true);
  CHECK(model_suggestions(answer).empty());
}

TEST_CASE("finish refuses stale sessions and malformed outputs with error objects") {
  auto& api = one_pass();
  const auto error_of = [](const json& answer) {
    return answer.contains("error") ? answer["error"]["code"].get<std::string>() : "none";
  };
  CHECK(error_of(
            call(api, {{"method", "finish"}, {"session", 987654}, {"outputs", json::array()}})) ==
        "unknown_session");
  CHECK(error_of(call(api, {{"method", "finish"}, {"session", "1"}})) == "invalid_request");
  CHECK(error_of(call(api, {{"method", "finish"}, {"session", -1}})) == "invalid_request");
  CHECK(error_of(call(api, {{"method", "finish"}})) == "invalid_request");

  const json started = begin(api, "He go to school.");
  const json& input = started["inputs"][0];
  const auto finish_with = [&](const json& outputs) { return finish(api, started, outputs); };
  CHECK(error_of(finish_with(json::array())) == "invalid_request");
  CHECK(error_of(finish_with(json::array({output(input), output(input)}))) == "invalid_request");
  CHECK(error_of(finish_with(json::object())) == "invalid_request");
  CHECK(error_of(finish_with(json::array({42}))) == "invalid_request");
  json short_output = output(input);
  short_output["tag_prob"].erase(0);
  CHECK(error_of(finish_with(json::array({short_output}))) == "invalid_request");
  json missing = output(input);
  missing.erase("error_prob");
  CHECK(error_of(finish_with(json::array({missing}))) == "invalid_request");
  json words = output(input);
  words["keep_prob"][1] = "high";
  CHECK(error_of(finish_with(json::array({words}))) == "invalid_request");
  json nested = output(input);
  nested["tag_index"][1] = json::array({0});
  CHECK(error_of(finish_with(json::array({nested}))) == "invalid_request");

  // The session survives bad outputs; once finished, it is gone.
  const json done = finish_with(json::array({output(input)}));
  CHECK(done["done"] == true);
  CHECK(error_of(finish_with(json::array({output(input)}))) == "unknown_session");
}

TEST_CASE("abandoned sessions expire beyond the open limit") {
  auto& api = one_pass();
  const json oldest = begin(api, "He go home.");
  std::vector<json> later;
  for (std::size_t i = 0; i < nib::api::GrammarSessions::kMaxOpen; ++i) {
    later.push_back(begin(api, "He go home."));
  }
  CHECK(finish(api, oldest, json::array({output(oldest["inputs"][0])}))["error"]["code"] ==
        "unknown_session");
  for (const auto& started : later) {
    CHECK(finish(api, started, json::array({output(started["inputs"][0])}))["done"] == true);
  }
}

TEST_CASE("grammar suggestions never overlap spelling suggestions or protected spans") {
  // "scool" belongs to the spell checker: the model reads it as "school" and may not edit it.
  const json started = begin(one_pass(), "He go to scool.");
  REQUIRE(started["inputs"].size() == 1);
  CHECK(started["inputs"][0]["word_ids"][4] == 7);
  const json answer =
      finish(one_pass(), started,
             json::array({output(started["inputs"][0],
                                 {{2, kVerbVbz, 0.9}, {3, kAppendThe, 0.9}, {4, kDelete, 0.9}})}));
  REQUIRE(answer["done"] == true);
  int spelling = 0;
  for (const auto& s : answer["suggestions"]) {
    if (s["source"] == "spelling") {
      ++spelling;
      CHECK(s["original"] == "scool");
    }
  }
  CHECK(spelling == 1);
  // Only "go -> goes" is left: "the" would go on "scool", and "scool" is locked.
  const auto grammar = model_suggestions(answer);
  REQUIRE(grammar.size() == 1);
  CHECK(grammar[0]["original"] == "go");

  // An article before a mention would be shown on the mention: dropped.
  const json mention =
      check_with(one_pass(), "@jonh go home", {{0, kAppendThe, 0.9}, {1, kDelete, 0.9}});
  CHECK(model_suggestions(mention).empty());
  const json url = check_with(one_pass(), "go https://exampel.com", {{1, kAppendThe, 0.9}});
  CHECK(model_suggestions(url).empty());
}

TEST_CASE("disabled rules and min_confidence") {
  auto& api = one_pass();
  const json off = begin(api, "He go to school.", {{"disabled_rules", {"grammar"}}});
  CHECK(off["done"] == true);
  CHECK_FALSE(off.contains("session"));
  CHECK(off["suggestions"].empty());

  const json family = check_with(api, "He go to school.", {{2, kVerbVbz, 0.9}},
                                 {{"disabled_rules", {"grammar.verb"}}});
  CHECK(model_suggestions(family).empty());
  const json other = check_with(api, "He go to school.", {{2, kVerbVbz, 0.9}},
                                {{"disabled_rules", {"grammar.article"}}});
  CHECK(model_suggestions(other).size() == 1);
  const json unsure = check_with(api, "He go to school.", {{2, kVerbVbz, 0.9}},
                                 {{"options", {{"min_confidence", 0.95}}}});
  CHECK(model_suggestions(unsure).empty());
}

TEST_CASE("a full stop appended at the end of a line is hidden by default, not elsewhere") {
  auto& api = one_pass();
  // <s> he go to school: position 4 is "school", the last word of the post.
  const json end = check_with(api, "He goes to school", {{4, kAppendPeriod, 0.95}});
  CHECK(model_suggestions(end).empty());
  const json all = check_with(api, "He goes to school", {{4, kAppendPeriod, 0.95}},
                              {{"options", {{"min_confidence", 0.0}}}});
  const auto shown = model_suggestions(all);
  REQUIRE(shown.size() == 1);
  CHECK(shown[0]["replacements"] == json::array({"school."}));
  CHECK(shown[0]["explanation"]["code"] == "punctuation.missing");
  CHECK(shown[0]["confidence"].get<double>() < 0.5);
  // Emoji, hashtags and URLs after the last word still end the line.
  CHECK(model_suggestions(check_with(api, "He goes to school \xF0\x9F\x98\x80 #monday",
                                     {{4, kAppendPeriod, 0.95}}))
            .empty());
  // Inside a line it splits a run-on sentence: shown.
  const json inside = check_with(api, "He goes to school he goes home", {{4, kAppendPeriod, 0.95}});
  REQUIRE(model_suggestions(inside).size() == 1);
  CHECK(model_suggestions(inside)[0]["confidence"].get<double>() >= 0.5);
}

TEST_CASE("personal dictionary words are never edited by the model") {
  // <s> he go to school: position 2 is "go".
  const json edited = check_with(one_pass(), "He go to school.", {{2, kVerbVbz, 0.9}});
  CHECK(model_suggestions(edited).size() == 1);
  const json kept = check_with(one_pass(), "He go to school.", {{2, kVerbVbz, 0.9}},
                               {{"personal_words", {"go"}}});
  CHECK(model_suggestions(kept).empty());
}

TEST_CASE("words outside the model's vocabulary are not replaced, deleted or recased") {
  constexpr int kCapitalize = 4;
  // <s> he goes to church .: "church" is a dictionary word the tiny vocabulary lacks (<unk>).
  const std::string text = "He goes to church.";
  CHECK(model_suggestions(check_with(one_pass(), text, {{4, kDelete, 0.9}})).empty());
  CHECK(model_suggestions(check_with(one_pass(), text, {{4, kCapitalize, 0.9}})).empty());
  // The same tags on a word the model knows are shown.
  CHECK(model_suggestions(check_with(one_pass(), text, {{3, kDelete, 0.9}})).size() == 1);
  CHECK(model_suggestions(check_with(one_pass(), "He goes to school.", {{4, kCapitalize, 0.9}}))
            .size() == 1);
  // What does not depend on knowing the word stays: a capital for the first word, an inflection
  // from the table ("like" is unknown too), a word added after it.
  const auto first =
      model_suggestions(check_with(one_pass(), "church is home.", {{1, kCapitalize, 0.9}}));
  REQUIRE(first.size() == 1);
  CHECK(first[0]["replacements"] == json::array({"Church"}));
  const auto inflected =
      model_suggestions(check_with(one_pass(), "He like school.", {{2, kVerbVbz, 0.9}}));
  REQUIRE(inflected.size() == 1);
  CHECK(inflected[0]["replacements"] == json::array({"likes"}));
  CHECK(model_suggestions(check_with(one_pass(), "He goes to church home.", {{4, kAppendThe, 0.9}}))
            .size() == 1);
}

TEST_CASE("begin without work to do answers at once") {
  const json empty = begin(one_pass(), "");
  CHECK(empty["done"] == true);
  CHECK(empty["suggestions"].empty());
  nib::api::Api no_model;
  const json unloaded = call(
      no_model, {{"method", "begin"}, {"text", "He go home."}, {"disabled_rules", {"spelling"}}});
  CHECK(unloaded["done"] == true);
  CHECK(call(no_model, {{"method", "info"}})["grammar_model"] == false);
  CHECK(call(one_pass(), {{"method", "info"}})["grammar_model"] == true);
}

TEST_CASE("grammar suggestions carry UTF-16 offsets") {
  // 😀 is 4 bytes and 2 UTF-16 units; Hebrew letters are 2 bytes and 1 unit; U+FFFD 3 bytes, 1 unit.
  const std::vector<std::tuple<std::string, int, int>> cases{
      {"\xF0\x9F\x98\x80 he go home", 6, 8},
      {"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D he go home", 8, 10},
      {"\xEF\xBF\xBD he go home", 5, 7},
      {std::string("\0 he go home", 12), 5, 7},  // NUL is read as U+FFFD, with a warning
  };
  for (const auto& [text, start, end] : cases) {
    CAPTURE(text);
    const json started = begin(one_pass(), text);
    REQUIRE(started["inputs"].size() == 1);
    // Find "go" among the model positions.
    const auto& ids = started["inputs"][0]["word_ids"];
    int position = -1;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (ids[i] == 4) position = static_cast<int>(i);
    }
    REQUIRE(position > 0);
    const json answer =
        finish(one_pass(), started,
               json::array({output(started["inputs"][0], {{position, kVerbVbz, 0.9}})}));
    const auto grammar = model_suggestions(answer);
    REQUIRE(grammar.size() == 1);
    CHECK(grammar[0]["start"] == start);
    CHECK(grammar[0]["end"] == end);
    CHECK(grammar[0]["original"] == "go");
    CHECK(answer["warnings"].size() == (text.front() == '\0' ? 1 : 0));
  }
}

TEST_CASE("encode gives the model's positions") {
  const json answer = call(one_pass(), {{"method", "encode"}, {"text", "He go to @jonh"}});
  REQUIRE_FALSE(answer.contains("error"));
  CHECK(answer["keys"] == json::array({"<s>", "he", "go", "to", "<mention>"}));
  CHECK(answer["texts"] == json::array({"", "He", "go", "to", "@jonh"}));
  CHECK(answer["word_ids"] == json::array({2, 3, 4, 6, 11}));
  CHECK(answer["case_ids"] == json::array({3, 1, 0, 0, 3}));
  CHECK(answer["suffix_ids"][4] == 0);
  CHECK(call(one_pass(), {{"method", "encode"}})["error"]["code"] == "invalid_request");
  // Without a vocabulary there are no word ids, but the rest is there.
  nib::api::Api bare;
  const json keys = call(bare, {{"method", "encode"}, {"text", "Hi"}});
  CHECK(keys["keys"] == json::array({"<s>", "hi"}));
  CHECK_FALSE(keys.contains("word_ids"));

  // Word ids stop at the model's longest input; keys cover the whole sentence.
  std::string long_text;
  for (int i = 0; i < 70; ++i) long_text += "go ";
  const json cut = call(one_pass(), {{"method", "encode"}, {"text", long_text}});
  CHECK(cut["keys"].size() == 71);
  CHECK(cut["word_ids"].size() == nib::grammar::kMaxModelTokens + 1);
}

TEST_CASE("tag_pair gives one tag per position") {
  const json answer = call(one_pass(), {{"method", "tag_pair"},
                                        {"source", "He go to school."},
                                        {"target", "He goes to the school."}});
  REQUIRE_FALSE(answer.contains("error"));
  CHECK(answer["tags"] ==
        json::array({"$KEEP", "$KEEP", "$VERB_VBZ", "$APPEND_the", "$KEEP", "$KEEP"}));
  CHECK(answer["keys"].size() == answer["tags"].size());
  CHECK(call(one_pass(), {{"method", "tag_pair"}, {"source", "x"}})["error"]["code"] ==
        "invalid_request");
  nib::api::Api bare;
  CHECK(call(bare, {{"method", "tag_pair"}, {"source", "x"}, {"target", "y"}})["error"]["code"] ==
        "model_not_loaded");
}

TEST_CASE("bad model files are refused with error objects") {
  nib::api::Api api;
  const auto code = [&](const char* name, const char* data) {
    const json answer = json::parse(api.load_model_file(name, data));
    return answer.contains("error") ? answer["error"]["code"].get<std::string>() : "ok";
  };
  CHECK(code("vocabulary", "the\n") == "invalid_model");
  CHECK(code("tags", "$DELETE\n") == "invalid_model");
  CHECK(code("config", "[1]") == "invalid_model");
  CHECK(code("config", "{not json") == "invalid_model");
  CHECK(code("config", R"({"max_passes": 9, "keep_bias": 0.1})") == "ok");
  CHECK(code("weights", "") == "invalid_request");
}

TEST_CASE("a finish with one bad output applies nothing, so a retry gives the same answer") {
  auto& api = one_pass();
  const json started = begin(api, "He go home. She go out.");
  REQUIRE(started["inputs"].size() == 2);
  const json good = output(started["inputs"][0], {{2, 1, 0.9}});  // $VERB_VBZ on "go"
  CHECK(finish(api, started, json::array({good, json::object()}))["error"]["code"] ==
        "invalid_request");
  const json done =
      finish(api, started, json::array({good, output(started["inputs"][1], {{2, 1, 0.9}})}));
  REQUIRE(done["done"] == true);
  const auto suggestions = model_suggestions(done);
  REQUIRE(suggestions.size() == 2);
  CHECK(suggestions[0]["replacements"][0] == "goes");
  CHECK(suggestions[1]["replacements"][0] == "goes");
}

TEST_CASE("a config with a wrongly typed field is an invalid model") {
  nib::api::Api api;
  const json answer = json::parse(api.load_model_file("config", R"({"max_passes": "three"})"));
  CHECK(answer["error"]["code"] == "invalid_model");
}
