#pragma once
// The parsed form of a JSON request. Parsing validates everything the host sends.
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace nib::api {

inline constexpr int kApiVersion = 1;
// Posts longer than this (in UTF-16 code units, JavaScript's length) are refused with
// "text_too_long": every social site's limit is far below it, and it bounds a check's time.
inline constexpr std::size_t kMaxTextLength = 200'000;
inline constexpr std::size_t kMaxPersonalWords = 10'000;
inline constexpr std::size_t kMaxDisabledRules = 1'000;

struct CheckOptions {
  std::size_t max_replacements = 3;
  double min_confidence = 0.5;  // suggestions below it are left out of the response
  std::size_t suggestion_budget = 300;
  bool include_protected = false;  // also list the protected spans (for debugging and the UI)
  bool tone = true;                // read the post's tone (when the tone model is loaded)
};

struct CheckRequest {
  std::string text;
  std::string dialect = "any";             // any English spelling; or en-US, en-GB, en-CA, en-AU
  std::string explain_language = "en";     // a shipped code (explain/languages.hpp)
  bool explain_language_supported = true;  // false: asked for one Nib does not ship
  std::string tone_target = "general";     // tone notes are for this target (tone/site_targets.hpp)
  std::vector<std::string> personal_words;
  std::vector<std::string>
      disabled_rules;  // codes ("spelling.unknown_word") or families ("spelling")
  CheckOptions options;
};

struct SuggestRequest {
  std::string word;
  std::string dialect = "any";    // any English spelling; or en-US, en-GB, en-CA, en-AU
  std::string algorithm = "nib";  // or "hunspell"
  std::size_t max_results = 5;
};

// Throw nib::Error("invalid_request", …) naming the offending field.
CheckRequest parse_check_request(const nlohmann::json& request);

// The request's `name` as text (required), invalid UTF-8 read as U+FFFD.
std::string text_field(const nlohmann::json& request, const char* name);

struct ExplainLanguage {
  std::string code = "en";  // a shipped code; English for one Nib does not ship
  bool supported = true;
};
// `explain_language` (default en): a BCP 47 tag mapped to a shipped language.
ExplainLanguage parse_explain_language(const nlohmann::json& request);
// The warning an answer carries when the language asked for is not shipped.
nlohmann::json explain_language_warning();
SuggestRequest parse_suggest_request(const nlohmann::json& request);

}  // namespace nib::api
