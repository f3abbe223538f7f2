#include "api/check.hpp"

#include <algorithm>
#include <chrono>

#include <nlohmann/json.hpp>

#include "api/explanations.hpp"
#include "api/suggestion.hpp"
#include "errors/error.hpp"
#include "text/segmenter.hpp"
#include "text/utf8.hpp"

namespace nib::api {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool rule_disabled(const std::vector<std::string>& disabled, std::string_view code) {
  return std::any_of(disabled.begin(), disabled.end(), [&](const std::string& rule) {
    return code == rule ||
           (code.size() > rule.size() && code.starts_with(rule) && code[rule.size()] == '.');
  });
}

json to_json(const Suggestion& s) {
  return {{"id", s.id},
          {"start", s.start},
          {"end", s.end},
          {"kind", s.kind},
          {"original", s.original},
          {"replacements", s.replacements},
          {"explanation", {{"code", s.code}, {"message", s.message}}},
          {"rule", s.code},
          {"confidence", s.confidence},
          {"source", s.source}};
}

}  // namespace

json check(spell::SpellChecker& spell, const CheckRequest& request) {
  const auto started = Clock::now();
  json warnings = json::array();

  auto repaired = text::repair_utf8(request.text);
  if (repaired.replacements > 0) {
    warnings.push_back(
        {{"code", "input_repaired"},
         {"message", std::to_string(repaired.replacements) +
                         " invalid character(s) (invalid UTF-8, lone surrogates or NUL) were "
                         "read as U+FFFD"}});
  }
  const std::string& text = repaired.text;
  const text::Utf16Offsets offsets(text);
  if (offsets.utf16_length() > kMaxTextLength) {
    throw Error("text_too_long", "the text has " + std::to_string(offsets.utf16_length()) +
                                     " UTF-16 code units; the limit is " +
                                     std::to_string(kMaxTextLength));
  }

  const auto segment_started = Clock::now();
  const text::Segmentation segmentation = text::segment(text);
  const double segment_ms = ms_since(segment_started);

  const auto spell_started = Clock::now();
  std::vector<Suggestion> suggestions;
  bool truncated = false;
  if (!rule_disabled(request.disabled_rules, "spelling")) {
    spell.set_personal_words(request.personal_words);
    spell::SpellOptions options;
    options.max_replacements = request.options.max_replacements;
    options.suggestion_budget = request.options.suggestion_budget;
    auto result = spell.check(text, segmentation, request.dialect, options);
    truncated = result.budget_exhausted;
    for (auto& issue : result.issues) {
      if (issue.confidence < request.options.min_confidence) continue;
      if (rule_disabled(request.disabled_rules, issue.code)) continue;
      Suggestion s;
      s.start = offsets.at(issue.begin);
      s.end = offsets.at(issue.end);
      s.id = issue.code + ":" + std::to_string(s.start) + "-" + std::to_string(s.end);
      s.kind = "spelling";
      s.original = text.substr(issue.begin, issue.end - issue.begin);
      s.replacements = std::move(issue.replacements);
      s.code = issue.code;
      s.message = explain(s.code, {s.original, s.replacements, request.dialect});
      s.confidence = issue.confidence;
      s.source = "spelling";
      suggestions.push_back(std::move(s));
    }
  }
  const double spell_ms = ms_since(spell_started);
  if (truncated) {
    warnings.push_back({{"code", "suggestion_budget_exhausted"},
                        {"message",
                         "too many unknown words: some are flagged without "
                         "replacements"}});
  }

  std::stable_sort(suggestions.begin(), suggestions.end(),
                   [](const Suggestion& a, const Suggestion& b) { return a.start < b.start; });
  json list = json::array();
  for (const auto& s : suggestions) list.push_back(to_json(s));
  json sentences = json::array();
  for (const auto& sentence : segmentation.sentences) {
    sentences.push_back({{"start", offsets.at(sentence.begin)}, {"end", offsets.at(sentence.end)}});
  }

  json response = {{"api_version", kApiVersion},
                   {"dialect", request.dialect},
                   {"text_length", offsets.utf16_length()},
                   {"sentences", std::move(sentences)},
                   {"suggestions", std::move(list)},
                   {"warnings", std::move(warnings)},
                   {"truncated", truncated}};
  if (request.options.include_protected) {
    json spans = json::array();
    for (const auto& span : segmentation.protected_spans) {
      spans.push_back({{"start", offsets.at(span.begin)},
                       {"end", offsets.at(span.end)},
                       {"kind", text::to_string(span.kind)}});
    }
    response["protected"] = std::move(spans);
  }
  response["timing"] = {
      {"segment_ms", segment_ms}, {"spell_ms", spell_ms}, {"total_ms", ms_since(started)}};
  return response;
}

}  // namespace nib::api
