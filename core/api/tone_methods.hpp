#pragma once
// The tone parts of the API: the "tone" object of a check response (with the notes for the
// request's tone target), the "rewrite" method, and "tone_features" for the training recipe.
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "text/segmenter.hpp"
#include "text/utf8.hpp"
#include "tone/tone_model.hpp"

namespace nib::api {

// Rewrites search many candidates, so they take posts up to this many UTF-16 code units.
inline constexpr std::size_t kMaxRewriteLength = 10'000;

// {"formality": {"label", "score", "probabilities"}, …, "target", "notes": […]}.
nlohmann::json tone_json(const tone::ToneModel& model, std::string_view text,
                         const text::Segmentation& segmentation, std::string_view target,
                         std::string_view explain_language);

nlohmann::json rewrite_method(const std::optional<tone::ToneModel>& model,
                              const nlohmann::json& request);
nlohmann::json tone_features_method(const nlohmann::json& request);
nlohmann::json tone_info();

}  // namespace nib::api
