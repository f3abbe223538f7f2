// The tone parts of the JSON API with the shipped tone model (models/tone/tone.bin).
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../spell/dictionary_files.hpp"
#include "api/api.hpp"

using nlohmann::json;

namespace {

struct ToneApi {
  nib::api::Api api;
  explicit ToneApi(bool with_model) {
    api.load_dictionary("en-US", nib::test::dictionary_file("en_US.aff"),
                        nib::test::dictionary_file("en_US.dic"));
    if (with_model) {
      const json loaded = json::parse(api.load_model_file(
          "tone", nib::test::read_file(std::string(NIB_SOURCE_DIR) + "/models/tone/tone.bin")));
      REQUIRE(loaded.value("ok", false));
    }
  }
  json call(const json& request) { return json::parse(api.call(request.dump())); }
};

ToneApi& with_model() {
  static ToneApi instance(true);
  return instance;
}

}  // namespace

TEST_CASE("a check reads the tone on four dimensions with calibrated scores") {
  const json r = with_model().call({{"text", "omg guys gonna be late lol, can't make it tbh"}});
  REQUIRE_FALSE(r.contains("error"));
  const json& tone = r["tone"];
  for (const char* d : {"formality", "politeness", "confidence", "sentiment"}) {
    CAPTURE(d);
    REQUIRE(tone.contains(d));
    double total = 0;
    for (const auto& [label, p] : tone[d]["probabilities"].items()) total += p.get<double>();
    CHECK(total == doctest::Approx(1.0));
    CHECK(tone[d]["score"] == tone[d]["probabilities"][tone[d]["label"].get<std::string>()]);
  }
  CHECK(tone["formality"]["label"] == "casual");
  CHECK(tone["target"] == "general");
  CHECK(tone["notes"].empty());
  CHECK(r["timing"].contains("tone_ms"));
}

TEST_CASE("the tone target decides the notes, in the explanation language") {
  const json r = with_model().call({{"text", "omg guys gonna be late lol, can't make it tbh"},
                                    {"tone_target", "professional"},
                                    {"explain_language", "de"}});
  REQUIRE(r["tone"]["notes"].size() >= 1);
  const json& note = r["tone"]["notes"][0];
  CHECK(note["code"] == "tone.too_casual");
  CHECK(note["rewrite"] == "formal");
  CHECK(note["language"] == "de");
  CHECK_FALSE(note["message"].get<std::string>().empty());
  const json bad = with_model().call({{"text", "hi"}, {"tone_target", "shouty"}});
  CHECK(bad["error"]["code"] == "invalid_request");
  const json off = with_model().call({{"text", "hi"}, {"options", {{"tone", false}}}});
  CHECK_FALSE(off.contains("tone"));
}

TEST_CASE("without the tone model a check has no tone and a rewrite says why") {
  ToneApi plain(false);
  CHECK_FALSE(plain.call({{"text", "hello there"}}).contains("tone"));
  CHECK(plain.call({{"method", "rewrite"}, {"text", "x"}, {"to", "polite"}})["error"]["code"] ==
        "model_not_loaded");
  CHECK(plain.call({{"method", "info"}})["tone_model"] == false);
}

TEST_CASE("rewrite: candidates move the tone toward the goal, with explained edits") {
  const std::string text = "Send me the report by Friday. @maria";
  const json r = with_model().call({{"method", "rewrite"}, {"text", text}, {"to", "polite"}});
  REQUIRE_FALSE(r.contains("error"));
  REQUIRE(r["candidates"].size() >= 1);
  const json& best = r["candidates"][0];
  CHECK(best["gain"].get<double>() > 0);
  CHECK(best["tone"]["politeness"]["lean"].get<double>() >
        r["before"]["politeness"]["lean"].get<double>());
  CHECK(best["text"].get<std::string>().find("@maria") != std::string::npos);
  for (const auto& edit : best["edits"]) {
    const auto start = edit["start"].get<std::size_t>(), end = edit["end"].get<std::size_t>();
    CHECK(text.substr(start, end - start) == edit["original"].get<std::string>());  // ASCII text
    CHECK(edit["code"].get<std::string>().starts_with("tone.rewrite."));
    CHECK_FALSE(edit["message"].get<std::string>().empty());
  }
}

TEST_CASE("rewrite refuses bad requests clearly") {
  auto& t = with_model();
  CHECK(t.call({{"method", "rewrite"}, {"text", "x"}, {"to", "shouty"}})["error"]["code"] ==
        "invalid_request");
  CHECK(t.call({{"method", "rewrite"}, {"to", "polite"}})["error"]["code"] == "invalid_request");
  CHECK(t.call({{"method", "rewrite"},
                {"text", std::string(10'001, 'a')},
                {"to", "formal"}})["error"]["code"] == "text_too_long");
  const json unshipped = t.call(
      {{"method", "rewrite"}, {"text", "Send it."}, {"to", "polite"}, {"explain_language", "nl"}});
  CHECK(unshipped["explain_language"] == "en");
  CHECK(unshipped["warnings"][0]["code"] == "explain_language_unsupported");
  // Nothing to change: no candidates, no error.
  CHECK(t.call({{"method", "rewrite"}, {"text", "😀"}, {"to", "confident"}})["candidates"].empty());
}

TEST_CASE("tone_features and info serve the recipe and the hosts") {
  auto& t = with_model();
  const json f = t.call(
      {{"method", "tone_features"}, {"texts", {"hi there", "lol"}}, {"rows", 100}, {"members", 3}});
  REQUIRE(f["features"].size() == 2);
  for (const auto& members : f["features"]) {
    REQUIRE(members.size() == 3);
    for (const auto& ids : members) {
      CHECK(ids.size() == members[0].size());
      for (const auto& id : ids) CHECK(id.get<int>() < 100);
    }
  }
  // One member unless asked: each text's rows in one table.
  CHECK(t.call({{"method", "tone_features"}, {"texts", {"lol"}}, {"rows", 100}})["features"][0] ==
        json::array({f["features"][1][0]}));
  for (const json& bad : {json{{"texts", "x"}, {"rows", 100}}, json{{"texts", {"x"}}, {"rows", 0}},
                          json{{"texts", {"x"}}, {"buckets", 100}},
                          json{{"texts", {"x"}}, {"rows", 100}, {"members", 0}},
                          json{{"texts", {"x"}}, {"rows", 100}, {"members", 17}},
                          json{{"texts", {"x"}}, {"rows", 100}, {"members", "2"}}}) {
    json request = bad;
    request["method"] = "tone_features";
    CAPTURE(request.dump());
    CHECK(t.call(request)["error"]["code"] == "invalid_request");
  }
  // The recipe's valence list: a rated word adds its class feature; a malformed list is refused.
  const auto valenced = [&](const json& valence) {
    return t.call({{"method", "tone_features"},
                   {"texts", {"so awful"}},
                   {"rows", 1000},
                   {"valence", valence}});
  };
  CHECK(valenced({{"awful", -3}})["features"][0][0].size() ==
        valenced(json::object())["features"][0][0].size() + 1);
  for (const json& bad : {json::array({"awful"}), json{{"awful", 9}}, json{{"awful", "bad"}},
                          json{{"Awful", -3}}, json{{"awful", 1e30}}, json{{"so awful", -3}}}) {
    CAPTURE(bad.dump());
    CHECK(valenced(bad)["error"]["code"] == "invalid_request");
  }
  const json info = t.call({{"method", "info"}});
  CHECK(info["tone_model"] == true);
  CHECK(info["tone"]["rewrite_goals"].size() == 5);
  CHECK(info["tone"]["dimensions"]["formality"] == json::array({"formal", "neutral", "casual"}));
}
