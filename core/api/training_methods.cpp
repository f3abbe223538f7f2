#include "api/training_methods.hpp"

#include <nlohmann/json.hpp>

#include "api/check_request.hpp"
#include "errors/error.hpp"
#include "grammar/model_input.hpp"
#include "grammar/model_tokens.hpp"
#include "grammar/tag_targets.hpp"

namespace nib::api {
namespace {

using nlohmann::json;

// The model's positions for `tokens`: the start marker first, as the model sees them.
json positions(const std::vector<grammar::ModelToken>& tokens, const GrammarModel& model) {
  json keys = json::array({grammar::kStartKey}), suffixes = json::array({0}),
       cases = json::array({static_cast<int>(grammar::CaseClass::other)}),
       texts = json::array({""});
  for (const auto& t : tokens) {
    keys.push_back(t.key);
    suffixes.push_back(t.suffix);
    cases.push_back(static_cast<int>(t.case_class));
    texts.push_back(t.text);
  }
  json out = {{"texts", texts}, {"keys", keys}, {"suffix_ids", suffixes}, {"case_ids", cases}};
  if (model.vocabulary) {
    std::vector<grammar::TrackedToken> tracked;
    for (const auto& t : tokens) tracked.push_back({t});
    out["word_ids"] = grammar::encode(tracked, *model.vocabulary).word_ids;
  }
  return out;
}

}  // namespace

json encode_text(const GrammarModel& model, const json& request) {
  const auto text = text_field(request, "text");
  json answer = positions(grammar::model_tokens(text), model);
  answer["api_version"] = kApiVersion;
  return answer;
}

json tag_pair(const GrammarModel& model, const json& request) {
  if (model.inflections.empty()) {
    throw Error("model_not_loaded", "tag_pair needs the inflection table (load 'inflections')");
  }
  const auto source = grammar::model_tokens(text_field(request, "source"));
  const auto target = grammar::model_tokens(text_field(request, "target"));
  json tags = json::array();
  for (const auto& tag : grammar::tag_targets(source, target, model.inflections)) {
    tags.push_back(grammar::format_tag(tag));
  }
  json answer = positions(source, model);
  answer["tags"] = std::move(tags);
  answer["api_version"] = kApiVersion;
  return answer;
}

}  // namespace nib::api
