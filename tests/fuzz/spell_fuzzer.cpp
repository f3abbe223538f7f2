// The spell path: Hunspell's judgement and the candidate generator on arbitrary words and posts.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "text/utf8.hpp"

using nlohmann::json;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nib::fuzz::ByteReader in({data, size});
  auto& api = nib::fuzz::loaded_api();
  const std::uint8_t mode = in.byte();
  const std::string input = nib::text::repair_utf8(in.rest()).text;
  if (mode % 2 == 0) {
    // One word (or what a host might send as one) through both suggestion algorithms. Hunspell's
    // own search is slow on long words, so it gets the short ones only, as in the engine.
    const std::string word = input.substr(0, 64);
    const bool hunspell = mode % 4 == 0 && word.size() <= 24;
    const json request = {{"method", "suggest"},
                          {"word", word},
                          {"algorithm", hunspell ? "hunspell" : "nib"},
                          {"max_results", mode % 9}};
    const json answer =
        json::parse(api.call(request.dump(-1, ' ', false, json::error_handler_t::replace)));
    if (answer.contains("error")) return 0;
    for (const json& suggestion : answer.at("suggestions")) {
      const auto text = suggestion.get<std::string>();
      nib::fuzz::require(!text.empty() && nib::text::is_valid_utf8(text), "bad suggestion", text);
    }
    return 0;
  }
  // A post checked for spelling only (no model), every confidence shown.
  const json request = {{"method", "check"},
                        {"dialect", mode % 3 == 0 ? "en-US" : "any"},
                        {"options", {{"min_confidence", 0}, {"suggestion_budget", 40}}},
                        {"text", input}};
  nib::fuzz::check_answer(api.call(request.dump()), input);
  return 0;
}
