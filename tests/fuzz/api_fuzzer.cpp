// The JSON entry point: arbitrary request text, and well-formed check requests around arbitrary
// post text with arbitrary options.
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "text/utf8.hpp"

using nlohmann::json;

namespace {

const char* const kDialects[] = {"any", "en-US", "en-GB", "xx", ""};

json options_from(nib::fuzz::ByteReader& in) {
  json options = json::object();
  const std::uint8_t flags = in.byte();
  if (flags & 1U) options["min_confidence"] = in.byte() / 255.0;
  if (flags & 2U) options["max_replacements"] = in.byte() % 12;
  if (flags & 4U) options["suggestion_budget"] = in.word();
  if (flags & 8U) options["include_protected"] = true;
  if (flags & 16U) options["min_confidence"] = "high";  // wrong type: must be refused
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nib::fuzz::ByteReader in({data, size});
  auto& api = nib::fuzz::loaded_api();
  const std::uint8_t mode = in.byte();
  if (mode % 2 == 0) {
    const std::string request(in.rest());
    // Whatever the core answers must be well formed; a suggestion list is checked against the
    // request's text.
    const json parsed = json::parse(request, nullptr, false);
    const json* text = parsed.is_object() && parsed.contains("text") ? &parsed["text"] : nullptr;
    nib::fuzz::check_answer(api.call(request),
                            text && text->is_string() ? text->get<std::string>() : "");
    return 0;
  }
  if (mode % 4 == 1) {
    constexpr const char* kGoals[] = {"formal", "casual", "polite", "confident", "friendly", "x"};
    json rewrite = {{"method", "rewrite"}, {"to", kGoals[in.byte() % std::size(kGoals)]}};
    const std::string text =
        json(std::string(in.rest())).dump(-1, ' ', false, json::error_handler_t::replace);
    rewrite["text"] = json::parse(text);
    nib::fuzz::check_rewrite_answer(api.call(rewrite.dump()), rewrite["text"].get<std::string>());
    return 0;
  }
  constexpr const char* kTargets[] = {"general", "professional", "casual", "friendly", "loud"};
  json request = {{"method", "check"},
                  {"dialect", kDialects[in.byte() % 5]},
                  {"tone_target", kTargets[in.byte() % std::size(kTargets)]}};
  // Every catalogue, a variant the core maps, and one it does not ship (English with a warning).
  constexpr const char* kLanguages[] = {"en", "ar",    "de", "es", "fr", "hi",    "hu", "id", "ja",
                                        "ko", "pt-BR", "ru", "tr", "vi", "zh-CN", "pt", "nl"};
  request["explain_language"] = kLanguages[in.byte() % std::size(kLanguages)];
  request["options"] = options_from(in);
  const std::uint8_t personal = in.byte() % 4;
  for (std::uint8_t i = 0; i < personal; ++i)
    request["personal_words"].push_back(nib::text::repair_utf8(in.take(in.byte() % 16)).text);
  if (in.byte() % 4 == 0) request["disabled_rules"] = {"spelling"};
  // Invalid UTF-8 cannot travel in JSON; as in the engine, it arrives as U+FFFD.
  const std::string text =
      json(std::string(in.rest())).dump(-1, ' ', false, json::error_handler_t::replace);
  request["text"] = json::parse(text);
  nib::fuzz::check_answer(api.call(request.dump()), request["text"].get<std::string>());
  return 0;
}
