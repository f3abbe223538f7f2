#include "api/check_request.hpp"

#include <cctype>

#include <nlohmann/json.hpp>

#include "errors/error.hpp"
#include "explain/languages.hpp"
#include "text/utf8.hpp"
#include "tone/site_targets.hpp"

namespace nib::api {
namespace {

using nlohmann::json;

[[noreturn]] void invalid(const std::string& message) { throw Error("invalid_request", message); }

const json* field(const json& object, const char* name) {
  auto it = object.find(name);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string string_field(const json& object, const char* name, std::string fallback) {
  const json* value = field(object, name);
  if (value == nullptr) return fallback;
  if (!value->is_string()) invalid(std::string("'") + name + "' must be a string");
  return value->get<std::string>();
}

std::vector<std::string> string_list(const json& object, const char* name, std::size_t limit) {
  const json* value = field(object, name);
  if (value == nullptr) return {};
  if (!value->is_array()) invalid(std::string("'") + name + "' must be an array of strings");
  if (value->size() > limit) {
    invalid(std::string("'") + name + "' has more than " + std::to_string(limit) + " entries");
  }
  std::vector<std::string> list;
  for (const auto& item : *value) {
    if (!item.is_string()) invalid(std::string("'") + name + "' must be an array of strings");
    list.push_back(item.get<std::string>());
  }
  return list;
}

std::size_t count_field(const json& object, const char* name, std::size_t fallback,
                        std::size_t max) {
  const json* value = field(object, name);
  if (value == nullptr) return fallback;
  if (!value->is_number_integer() || value->get<long long>() < 0 ||
      value->get<long long>() > static_cast<long long>(max)) {
    invalid(std::string("'") + name + "' must be an integer from 0 to " + std::to_string(max));
  }
  return value->get<std::size_t>();
}

std::string dialect_field(const json& object) {
  std::string dialect = string_field(object, "dialect", "any");
  // en_US and en-us are accepted spellings of en-US.
  for (char& c : dialect) {
    if (c == '_') c = '-';
  }
  if (dialect.size() == 5 && dialect[2] == '-') {
    dialect[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(dialect[0])));
    dialect[1] = static_cast<char>(std::tolower(static_cast<unsigned char>(dialect[1])));
    dialect[3] = static_cast<char>(std::toupper(static_cast<unsigned char>(dialect[3])));
    dialect[4] = static_cast<char>(std::toupper(static_cast<unsigned char>(dialect[4])));
  }
  return dialect;
}

}  // namespace

CheckRequest parse_check_request(const json& request) {
  CheckRequest parsed;
  const json* text = field(request, "text");
  if (text == nullptr || !text->is_string()) invalid("'text' is required and must be a string");
  parsed.text = text->get<std::string>();
  parsed.dialect = dialect_field(request);
  const auto language = parse_explain_language(request);
  parsed.explain_language = language.code;
  parsed.explain_language_supported = language.supported;
  parsed.tone_target = string_field(request, "tone_target", "general");
  if (!tone::find_target(parsed.tone_target)) {
    std::string names;
    for (const auto& t : tone::tone_targets()) {
      names += (names.empty() ? "" : ", ") + std::string(t.name);
    }
    invalid("'tone_target' must be one of " + names);
  }
  parsed.personal_words = string_list(request, "personal_words", kMaxPersonalWords);
  parsed.disabled_rules = string_list(request, "disabled_rules", kMaxDisabledRules);
  if (const json* options = field(request, "options")) {
    if (!options->is_object()) invalid("'options' must be an object");
    auto& o = parsed.options;
    o.max_replacements = count_field(*options, "max_replacements", o.max_replacements, 10);
    o.suggestion_budget = count_field(*options, "suggestion_budget", o.suggestion_budget, 5000);
    if (const json* min = field(*options, "min_confidence")) {
      if (!min->is_number() || min->get<double>() < 0 || min->get<double>() > 1) {
        invalid("'options.min_confidence' must be a number from 0 to 1");
      }
      o.min_confidence = min->get<double>();
    }
    if (const json* tone = field(*options, "tone")) {
      if (!tone->is_boolean()) invalid("'options.tone' must be true or false");
      o.tone = tone->get<bool>();
    }
    if (const json* include = field(*options, "include_protected")) {
      if (!include->is_boolean()) invalid("'options.include_protected' must be true or false");
      o.include_protected = include->get<bool>();
    }
  }
  return parsed;
}

std::string text_field(const json& request, const char* name) {
  const json* value = field(request, name);
  if (value == nullptr || !value->is_string())
    invalid(std::string("'") + name + "' must be a string");
  return std::move(text::repair_utf8(value->get<std::string>()).text);
}

ExplainLanguage parse_explain_language(const json& request) {
  const std::string language = string_field(request, "explain_language", "en");
  if (language.size() > 35) invalid("'explain_language' must be a language tag such as \"id\"");
  if (const auto shipped = explain::supported_language(language)) {
    return {std::string(shipped->code), true};
  }
  return {std::string(explain::kEnglish), false};
}

json explain_language_warning() {
  return {{"code", "explain_language_unsupported"},
          {"message", "explanations are in English: the language asked for is not shipped"}};
}

SuggestRequest parse_suggest_request(const json& request) {
  SuggestRequest parsed;
  const json* word = field(request, "word");
  if (word == nullptr || !word->is_string()) invalid("'word' is required and must be a string");
  parsed.word = word->get<std::string>();
  if (parsed.word.empty() || parsed.word.size() > 100) invalid("'word' must have 1 to 100 bytes");
  parsed.dialect = dialect_field(request);
  parsed.algorithm = string_field(request, "algorithm", "nib");
  if (parsed.algorithm != "nib" && parsed.algorithm != "hunspell") {
    invalid("'algorithm' must be \"nib\" or \"hunspell\"");
  }
  parsed.max_results = count_field(request, "max", parsed.max_results, 20);
  return parsed;
}

}  // namespace nib::api
