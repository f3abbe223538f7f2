#include "api/tone_methods.hpp"

#include <string>

#include "api/check_request.hpp"
#include "errors/error.hpp"
#include "explain/explanations.hpp"
#include "tone/features.hpp"
#include "tone/rewrite/rewriter.hpp"
#include "tone/site_targets.hpp"

namespace nib::api {
namespace {

using nlohmann::json;

json reading_json(const tone::ToneReading& reading) {
  json out = json::object();
  for (std::size_t d = 0; d < tone::kDimensionCount; ++d) {
    const auto& names = tone::kDimensions[d];
    const auto& dimension = reading.dimensions[d];
    json probabilities = json::object();
    for (std::size_t c = 0; c < tone::kLabelCount; ++c) {
      probabilities[std::string(names.labels[c])] = dimension.probabilities[c];
    }
    out[std::string(names.name)] = {{"label", names.labels[dimension.label]},
                                    {"score", dimension.score()},
                                    {"lean", dimension.lean()},
                                    {"probabilities", std::move(probabilities)}};
  }
  return out;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

json tone_json(const tone::ToneModel& model, std::string_view text,
               const text::Segmentation& segmentation, std::string_view target,
               std::string_view explain_language) {
  const auto reading = tone::rewrite::read_tone(text, segmentation, model);
  json out = reading_json(reading);
  json notes = json::array();
  for (const auto& note : tone::tone_notes(reading, target)) {
    const auto explanation = explain::explain(note.code, {}, explain_language);
    notes.push_back({{"code", note.code},
                     {"dimension", tone::names(note.dimension).name},
                     {"label", tone::names(note.dimension).labels[note.label]},
                     {"score", note.score},
                     {"rewrite", note.rewrite_to},
                     {"message", explanation.message},
                     {"language", explanation.language}});
  }
  out["target"] = target;
  out["notes"] = std::move(notes);
  return out;
}

json rewrite_method(const std::optional<tone::ToneModel>& model, const json& request) {
  if (!model) throw Error("model_not_loaded", "rewrite needs the tone model (load 'tone')");
  const auto to = request.find("to");
  std::optional<tone::rewrite::Goal> goal;
  if (to != request.end() && to->is_string())
    goal = tone::rewrite::parse_goal(to->get<std::string>());
  if (!goal) {
    throw Error("invalid_request",
                "'to' must be one of formal, casual, polite, confident, friendly");
  }
  const std::string text = text_field(request, "text");
  const text::Utf16Offsets offsets(text);
  if (offsets.utf16_length() > kMaxRewriteLength) {
    throw Error("text_too_long", "rewrites take posts up to " + std::to_string(kMaxRewriteLength) +
                                     " UTF-16 code units; this one has " +
                                     std::to_string(offsets.utf16_length()));
  }
  const auto language = parse_explain_language(request);
  json warnings = json::array();
  if (!language.supported) warnings.push_back(explain_language_warning());
  const auto segmentation = text::segment(text);
  const auto result = tone::rewrite::rewrite(text, segmentation, *goal, *model);
  json candidates = json::array();
  for (const auto& candidate : result.candidates) {
    json edits = json::array();
    for (const auto& edit : candidate.edits) {
      const std::string original = text.substr(edit.begin, edit.end - edit.begin);
      // The message quotes the words, not the space an edit takes with them (" lol").
      const std::vector<std::string> replacements{std::string(trimmed(edit.replacement))};
      const auto explanation =
          explain::explain(edit.code, {trimmed(original), replacements, "any", {}}, language.code);
      edits.push_back({{"start", offsets.at(edit.begin)},
                       {"end", offsets.at(edit.end)},
                       {"original", original},
                       {"replacement", edit.replacement},
                       {"code", edit.code},
                       {"message", explanation.message},
                       {"language", explanation.language}});
    }
    candidates.push_back({{"text", candidate.text},
                          {"edits", std::move(edits)},
                          {"tone", reading_json(candidate.tone)},
                          {"gain", candidate.objective - result.objective_before}});
  }
  return {{"api_version", kApiVersion},          {"to", tone::rewrite::to_string(*goal)},
          {"explain_language", language.code},   {"before", reading_json(result.before)},
          {"candidates", std::move(candidates)}, {"warnings", std::move(warnings)}};
}

json tone_features_method(const json& request) {
  const auto texts = request.find("texts");
  const auto rows = request.find("rows");
  const auto members = request.find("members");
  if (texts == request.end() || !texts->is_array()) {
    throw Error("invalid_request", "'texts' must be an array of strings");
  }
  if (rows == request.end() || !rows->is_number_unsigned() || *rows == 0 || *rows > (1u << 22)) {
    throw Error("invalid_request", "'rows' must be an integer in 1..4194304");
  }
  if (members != request.end() &&
      (!members->is_number_unsigned() || *members == 0 || *members > 16)) {
    throw Error("invalid_request", "'members' must be an integer in 1..16");
  }
  const auto row_count = rows->get<std::uint32_t>();
  const auto member_count = members == request.end() ? 1u : members->get<std::uint32_t>();
  // The recipe sends the valence list it will package with the model (see tone/valence.hpp).
  tone::ValenceLexicon valence;
  if (const auto words = request.find("valence"); words != request.end()) {
    if (!words->is_object()) throw Error("invalid_request", "'valence' must map words to scores");
    for (const auto& [word, score] : words->items()) {
      const bool in_range = score.is_number_integer() && score >= tone::ValenceLexicon::kMinScore &&
                            score <= tone::ValenceLexicon::kMaxScore;
      if (!in_range || !valence.add(word, score.get<int>())) {
        throw Error("invalid_request",
                    "'valence' must map lower-case words (1..64 bytes) to integers in -5..5");
      }
    }
  }
  json out = json::array();
  for (const auto& item : *texts) {
    if (!item.is_string()) throw Error("invalid_request", "'texts' must be an array of strings");
    const std::string text = text::repair_utf8(item.get<std::string>()).text;
    const auto features = tone::tone_features(text, text::segment(text), valence);
    // Each member's rows for the features, in the features' order (what the member trains on).
    json per_member = json::array();
    for (std::uint32_t m = 0; m < member_count; ++m) {
      std::vector<std::uint32_t> ids;
      ids.reserve(features.size());
      for (const auto feature : features) ids.push_back(tone::member_row(feature, m, row_count));
      per_member.push_back(std::move(ids));
    }
    out.push_back(std::move(per_member));
  }
  return {{"api_version", kApiVersion}, {"features", std::move(out)}};
}

json tone_info() {
  json targets = json::array();
  for (const auto& t : tone::tone_targets()) {
    targets.push_back({{"name", t.name}, {"description", t.description}});
  }
  json sites = json::array();
  for (const auto& s : tone::sites())
    sites.push_back({{"site", s.id}, {"target", s.default_target}});
  json goals = json::array();
  for (const auto goal : tone::rewrite::kGoals) goals.push_back(tone::rewrite::to_string(goal));
  json dimensions = json::object();
  for (const auto& d : tone::kDimensions) dimensions[std::string(d.name)] = d.labels;
  return {{"targets", std::move(targets)},
          {"sites", std::move(sites)},
          {"rewrite_goals", std::move(goals)},
          {"dimensions", std::move(dimensions)}};
}

}  // namespace nib::api
