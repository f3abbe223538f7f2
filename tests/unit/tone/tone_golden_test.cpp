// The golden features the training recipe's test reads too (models/training/tests/test_tone.py):
// the rows the shipped tone model's members were trained on must stay what the core computes.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../spell/dictionary_files.hpp"
#include "text/segmenter.hpp"
#include "tone/features.hpp"

TEST_CASE("tone features agree with tests/golden/tone_features.jsonl") {
  std::istringstream lines(
      nib::test::read_file(std::string(NIB_SOURCE_DIR) + "/tests/golden/tone_features.jsonl"));
  std::size_t rows = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    ++rows;
    const auto golden = nlohmann::json::parse(line);
    const auto text = golden["text"].get<std::string>();
    CAPTURE(text);
    nib::tone::ValenceLexicon valence;
    for (const auto& [word, score] : golden["valence"].items()) {
      REQUIRE(valence.add(word, score.get<int>()));
    }
    const auto features = nib::tone::tone_features(text, nib::text::segment(text), valence);
    const auto row_count = golden["rows"].get<std::uint32_t>();
    const auto expected = golden["features"].get<std::vector<std::vector<std::uint32_t>>>();
    REQUIRE(expected.size() == golden["members"].get<std::size_t>());
    for (std::uint32_t m = 0; m < expected.size(); ++m) {
      std::vector<std::uint32_t> ids;
      for (const auto feature : features)
        ids.push_back(nib::tone::member_row(feature, m, row_count));
      CHECK(ids == expected[m]);
    }
  }
  CHECK(rows >= 8);
}
