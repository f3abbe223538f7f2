// The golden pairs the training recipe's test reads too (models/training/tests/test_golden.py):
// the core's tokenization and tag targets must stay what training saw.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "../spell/dictionary_files.hpp"
#include "api/api.hpp"
#include "grammar/model_tokens.hpp"

using nlohmann::json;

TEST_CASE("tag_pair agrees with tests/golden/grammar_pairs.jsonl") {
  nib::api::Api api;
  const json loaded = json::parse(api.load_model_file(
      "inflections",
      nib::test::read_file(std::string(NIB_SOURCE_DIR) + "/models/grammar/inflections.txt")));
  REQUIRE(loaded.value("ok", false));
  std::istringstream lines(
      nib::test::read_file(std::string(NIB_SOURCE_DIR) + "/tests/golden/grammar_pairs.jsonl"));
  // The recipe keeps the start marker and the first kMaxModelTokens tokens.
  const std::size_t positions = nib::grammar::kMaxModelTokens + 1;
  std::size_t pairs = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    ++pairs;
    const json golden = json::parse(line);
    CAPTURE(golden["source"].get<std::string>());
    const json answer = json::parse(api.call(json{
        {"method", "tag_pair"},
        {"source", golden["source"]},
        {"target", golden["target"]}}.dump()));
    REQUIRE_FALSE(answer.contains("error"));
    for (const char* field : {"keys", "suffix_ids", "case_ids", "tags"}) {
      CAPTURE(field);
      json cut = answer[field];
      if (cut.size() > positions) cut.erase(cut.begin() + positions, cut.end());
      CHECK(cut == golden[field]);
    }
  }
  CHECK(pairs >= 30);
}
