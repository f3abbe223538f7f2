// The lexicon build step end to end: build_lexicon.mjs on a tiny inline SCOWL folder, then the
// generator on its output. Also checks the real lexicon when the build has produced one.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "spell/suggest/candidate_generator.hpp"
#include "spell/suggest/lexicon.hpp"

namespace fs = std::filesystem;
using nib::spell::CandidateGenerator;
using nib::spell::LexiconEntry;

namespace {

void write_file(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

float frequency_of(const std::vector<LexiconEntry>& lexicon, std::string_view word) {
  const auto it = std::find_if(lexicon.begin(), lexicon.end(),
                               [&](const LexiconEntry& e) { return e.word == word; });
  return it == lexicon.end() ? 0.0f : it->frequency;
}

// Like a spell checker: a word is also right in lowercase's Title and UPPER forms.
bool accepts(const std::set<std::string>& words, std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return words.count(std::string(word)) > 0 || words.count(lower) > 0;
}

std::string top(const CandidateGenerator& generator, const std::set<std::string>& words,
                std::string_view typed) {
  const auto candidates = generator.suggest(
      typed, [&](std::string_view w) { return accepts(words, w); }, 1);
  return candidates.empty() ? std::string() : candidates.front().word;
}

}  // namespace

TEST_CASE("build_lexicon.mjs turns SCOWL lists and counts into a lexicon") {
  if (std::system("node --version > /dev/null 2>&1") != 0) {
    MESSAGE("node not found: build_lexicon.mjs not tested");
    return;
  }
  const fs::path dir = fs::path(NIB_BUILD_DIR) / "test_tmp" / "suggest_lexicon";
  fs::remove_all(dir);
  fs::create_directories(dir / "scowl");
  write_file(dir / "scowl" / "english-words.10", "the\na\nlot\ndream\ndream's\n");
  write_file(dir / "scowl" / "english-words.35", "dress\ndeem\n");
  write_file(dir / "scowl" / "english-words.80", "obscurity\n");
  write_file(dir / "scowl" / "english-contractions.10", "don't\n");
  write_file(dir / "scowl" / "english-upper.50", "Monday\n");
  write_file(dir / "scowl" / "american-words.50", "color\n");
  write_file(dir / "scowl" / "british-words.50", "colour\ncaf\xe9\n");  // Latin-1
  write_file(dir / "scowl" / "variant_2-words.50", "absinth\n");
  write_file(dir / "counts.tsv",
             "# comment\nthe\t1000\na\t600\nlot\t50\ndream\t40\nmonday\t3\nlol\t9\n");
  write_file(dir / "supplement.txt", "# slang\nlol\n");
  const std::string command =
      "node \"" NIB_SOURCE_DIR "/scripts/dictionaries/build_lexicon.mjs\" \"" +
      (dir / "en.lexicon").string() + "\" --scowl \"" + (dir / "scowl").string() +
      "\" --counts \"" + (dir / "counts.tsv").string() + "\" --supplement \"" +
      (dir / "supplement.txt").string() + "\" > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);

  const auto lexicon = nib::spell::parse_lexicon(read_file(dir / "en.lexicon"));
  std::set<std::string> words;
  for (const LexiconEntry& entry : lexicon) words.insert(entry.word);
  CHECK(words == std::set<std::string>{"the", "a", "lot", "dream", "dress", "deem", "don't",
                                       "Monday", "color", "colour", "café", "lol"});
  CHECK(frequency_of(lexicon, "the") > frequency_of(lexicon, "dream"));
  CHECK(frequency_of(lexicon, "a") > frequency_of(lexicon, "dream"));      // counted
  CHECK(frequency_of(lexicon, "dream") > frequency_of(lexicon, "dress"));  // tier 10 beats 35
  CHECK(frequency_of(lexicon, "deem") == frequency_of(lexicon, "dress"));
  CHECK(frequency_of(lexicon, "Monday") > frequency_of(lexicon, "color"));

  const CandidateGenerator generator(lexicon);
  CHECK(top(generator, words, "dreem") == "dream");
  CHECK(top(generator, words, "alot") == "a lot");
  CHECK(top(generator, words, "dont") == "don't");
  CHECK(top(generator, words, "monday") == "Monday");
  fs::remove_all(dir);
}

TEST_CASE("the real lexicon, when the build has produced it") {
  fs::path path = fs::path(NIB_BUILD_DIR) / "dict" / "en.lexicon";
  if (!fs::exists(path)) path = fs::path(NIB_SOURCE_DIR) / "build" / "dict" / "en.lexicon";
  if (!fs::exists(path)) {
    MESSAGE("no build/dict/en.lexicon: run scripts/dictionaries/build_lexicon.mjs to test it");
    return;
  }
  const auto lexicon = nib::spell::parse_lexicon(read_file(path));
  CHECK(lexicon.size() > 100000);
  std::set<std::string> words;
  for (const LexiconEntry& entry : lexicon) words.insert(entry.word);
  const CandidateGenerator generator(lexicon);
  CHECK(generator.memory_bytes() < 15'000'000);
  const std::vector<std::pair<std::string, std::string>> pairs{
      {"dreem", "dream"},          {"becouse", "because"},
      {"recieve", "receive"},      {"beautifull", "beautiful"},
      {"untill", "until"},         {"alot", "a lot"},
      {"dont", "don't"},           {"im", "I'm"},
      {"tommorow", "tomorrow"},    {"freind", "friend"},
      {"goverment", "government"}, {"definately", "definitely"},
      {"beleive", "believe"},      {"Dreem", "Dream"},
      {"DREEM", "DREAM"},
  };
  for (const auto& [typed, expected] : pairs) {
    CAPTURE(typed);
    CHECK(top(generator, words, typed) == expected);
  }
}
