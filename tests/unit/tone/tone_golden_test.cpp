// The golden features the training recipe's test reads too (models/training/tests/test_tone.py):
// the ids the shipped tone model was trained on must stay what the core computes.
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
    const auto ids = nib::tone::tone_features(text, nib::text::segment(text),
                                              golden["buckets"].get<std::uint32_t>(), valence);
    CHECK(ids == golden["features"].get<std::vector<std::uint32_t>>());
  }
  CHECK(rows >= 8);
}
