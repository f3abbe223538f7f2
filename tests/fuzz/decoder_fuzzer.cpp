// The model-output decoder: a post begins a grammar check, and the fuzz input plays the model,
// answering each pass with arbitrary tags and probabilities (in and out of range, wrong lengths),
// until the core answers or refuses.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "text/utf8.hpp"

using nlohmann::json;

namespace {

double probability(nib::fuzz::ByteReader& in) {
  const std::uint8_t b = in.byte();
  if (b == 255) return 1.5;  // out of range: must be refused, not trusted
  return b / 254.0;
}

json model_output(const json& input, nib::fuzz::ByteReader& in) {
  std::size_t n = input.at("word_ids").size();
  if (in.byte() == 0) n = in.byte() % 8;  // a wrong length now and then
  const std::size_t tags = nib::fuzz::tag_count();
  json index = json::array(), tag = json::array(), keep = json::array(), error = json::array();
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint16_t pick = in.word();
    // Mostly KEEP, as a real model answers; otherwise any tag, sometimes past the end of the list.
    index.push_back(pick % 4 != 0 ? 0 : pick % (tags + 3));
    tag.push_back(probability(in));
    keep.push_back(probability(in));
    error.push_back(probability(in));
  }
  return {{"tag_index", index}, {"tag_prob", tag}, {"keep_prob", keep}, {"error_prob", error}};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nib::fuzz::ByteReader in({data, size});
  auto& api = nib::fuzz::loaded_api();
  const std::size_t text_length = in.word() % 2048;
  const std::string text = nib::text::repair_utf8(in.take(text_length)).text;
  json answer = json::parse(api.call(
      json{{"method", "begin"}, {"text", text}, {"options", {{"min_confidence", 0}}}}.dump()));
  for (int round = 0; round < 8 && !answer.contains("error") && !answer.value("done", true);
       ++round) {
    json outputs = json::array();
    for (const json& input : answer.at("inputs")) outputs.push_back(model_output(input, in));
    const json request = {
        {"method", "finish"}, {"session", answer.at("session")}, {"outputs", outputs}};
    answer = nib::fuzz::check_answer(api.call(request.dump()), text);
  }
  nib::fuzz::require(answer.contains("error") || answer.value("done", false),
                     "no answer after the model's passes");
  return 0;
}
