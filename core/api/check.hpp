#pragma once
// A check from request to response: repair, segment, spell, and report in UTF-16 offsets. A check
// with the grammar model runs in two phases (see grammar_session.hpp) around the same two halves.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/check_request.hpp"
#include "api/suggestion.hpp"
#include "language/language_id.hpp"
#include "spell/spell_checker.hpp"
#include "text/segmenter.hpp"
#include "text/utf8.hpp"
#include "tone/tone_model.hpp"

namespace nib::api {

struct CheckContext {
  CheckRequest request;
  std::string text;  // repaired UTF-8
  text::Utf16Offsets offsets;
  text::Segmentation segmentation;
  language::LanguageMap languages;  // the parts in another language are not checked
  std::vector<Suggestion> spelling;
  nlohmann::json warnings = nlohmann::json::array();
  nlohmann::json timing = nlohmann::json::object();
  nlohmann::json tone = nullptr;  // null unless the tone model read the post
  bool truncated = false;
};

// `tone`: the tone model, when loaded.
CheckContext prepare_check(spell::SpellChecker& spell, const tone::ToneModel* tone,
                           CheckRequest request);
// The response for a prepared check plus the grammar model's suggestions (if any); grammar
// suggestions that overlap a spelling suggestion, a protected span or a part in another language
// are dropped.
nlohmann::json respond(CheckContext& context, std::vector<Suggestion> grammar);

// Inside a part of the post in another language (bytes).
bool in_other_language(const CheckContext& context, std::size_t begin, std::size_t end);

bool rule_disabled(const std::vector<std::string>& disabled, std::string_view code);

inline nlohmann::json check(spell::SpellChecker& spell, const tone::ToneModel* tone,
                            CheckRequest request) {
  auto context = prepare_check(spell, tone, std::move(request));
  return respond(context, {});
}

}  // namespace nib::api
