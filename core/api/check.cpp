#include "api/check.hpp"

#include <algorithm>
#include <chrono>

#include <nlohmann/json.hpp>

#include "api/suggestion.hpp"
#include "api/tone_methods.hpp"
#include "errors/error.hpp"
#include "explain/explanations.hpp"
#include "text/segmenter.hpp"
#include "text/utf8.hpp"

namespace nib::api {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

json to_json(const Suggestion& s) {
  return {
      {"id", s.id},
      {"start", s.start},
      {"end", s.end},
      {"kind", s.kind},
      {"original", s.original},
      {"replacements", s.replacements},
      {"explanation", {{"code", s.code}, {"message", s.message}, {"language", s.message_language}}},
      {"rule", s.code},
      {"confidence", s.confidence},
      {"source", s.source}};
}

bool overlaps(const Suggestion& a, const Suggestion& b) {
  return a.start < b.end && b.start < a.end;
}

}  // namespace

bool rule_disabled(const std::vector<std::string>& disabled, std::string_view code) {
  return std::any_of(disabled.begin(), disabled.end(), [&](const std::string& rule) {
    return code == rule ||
           (code.size() > rule.size() && code.starts_with(rule) && code[rule.size()] == '.');
  });
}

bool in_other_language(const CheckContext& context, std::size_t begin, std::size_t end) {
  return std::any_of(
      context.languages.foreign.begin(), context.languages.foreign.end(),
      [&](const language::ForeignSpan& span) { return begin < span.end && span.begin < end; });
}

CheckContext prepare_check(spell::SpellChecker& spell, const tone::ToneModel* tone,
                           CheckRequest request) {
  const auto started = Clock::now();
  auto repaired = text::repair_utf8(request.text);
  text::Utf16Offsets offsets(repaired.text);
  if (offsets.utf16_length() > kMaxTextLength) {
    throw Error("text_too_long", "the text has " + std::to_string(offsets.utf16_length()) +
                                     " UTF-16 code units; the limit is " +
                                     std::to_string(kMaxTextLength));
  }
  CheckContext context{
      std::move(request), std::move(repaired.text), std::move(offsets), {}, {}, {}};
  const CheckRequest& req = context.request;
  const std::string& text = context.text;
  if (!req.explain_language_supported) {
    context.warnings.push_back(explain_language_warning());
  }
  if (repaired.replacements > 0) {
    context.warnings.push_back(
        {{"code", "input_repaired"},
         {"message", std::to_string(repaired.replacements) +
                         " invalid character(s) (invalid UTF-8, lone surrogates or NUL) were "
                         "read as U+FFFD"}});
  }

  const auto segment_started = Clock::now();
  context.segmentation = text::segment(text);
  context.timing["segment_ms"] = ms_since(segment_started);

  const auto language_started = Clock::now();
  const bool has_dictionary = !spell.dialects().empty();
  context.languages = language::identify(text, context.segmentation, [&](std::string_view word) {
    return has_dictionary && spell.accepts(word, spell::kAnyDialect);
  });
  context.timing["language_ms"] = ms_since(language_started);

  const auto spell_started = Clock::now();
  if (!rule_disabled(req.disabled_rules, "spelling")) {
    spell.set_personal_words(req.personal_words);
    spell::SpellOptions options;
    options.max_replacements = req.options.max_replacements;
    options.suggestion_budget = req.options.suggestion_budget;
    for (const auto& span : context.languages.foreign)
      options.unchecked.emplace_back(span.begin, span.end);
    auto result = spell.check(text, context.segmentation, req.dialect, options);
    context.truncated = result.budget_exhausted;
    for (auto& issue : result.issues) {
      if (issue.confidence < req.options.min_confidence) continue;
      if (rule_disabled(req.disabled_rules, issue.code)) continue;
      Suggestion s;
      s.start = context.offsets.at(issue.begin);
      s.end = context.offsets.at(issue.end);
      s.id = issue.code + ":" + std::to_string(s.start) + "-" + std::to_string(s.end);
      s.kind = "spelling";
      s.original = text.substr(issue.begin, issue.end - issue.begin);
      s.replacements = std::move(issue.replacements);
      s.code = issue.code;
      auto explanation = explain::explain(s.code, {s.original, s.replacements, req.dialect, {}},
                                          req.explain_language);
      s.message = std::move(explanation.message);
      s.message_language = std::move(explanation.language);
      s.confidence = issue.confidence;
      s.source = "spelling";
      context.spelling.push_back(std::move(s));
    }
  }
  context.timing["spell_ms"] = ms_since(spell_started);
  if (context.truncated) {
    context.warnings.push_back({{"code", "suggestion_budget_exhausted"},
                                {"message",
                                 "too many unknown words: some are flagged without "
                                 "replacements"}});
  }
  if (tone != nullptr && req.options.tone) {
    const auto tone_started = Clock::now();
    context.tone =
        tone_json(*tone, text, context.segmentation, req.tone_target, req.explain_language);
    context.timing["tone_ms"] = ms_since(tone_started);
  }
  context.timing["prepare_ms"] = ms_since(started);
  return context;
}

json respond(CheckContext& context, std::vector<Suggestion> grammar) {
  const auto started = Clock::now();
  std::vector<Suggestion> suggestions = std::move(context.spelling);
  std::vector<Suggestion> protected_spans;
  for (const auto& span : context.segmentation.protected_spans) {
    Suggestion p;
    p.start = context.offsets.at(span.begin);
    p.end = context.offsets.at(span.end);
    protected_spans.push_back(std::move(p));
  }
  // Parts in another language are left alone like protected spans.
  for (const auto& span : context.languages.foreign) {
    Suggestion p;
    p.start = context.offsets.at(span.begin);
    p.end = context.offsets.at(span.end);
    protected_spans.push_back(std::move(p));
  }
  const std::size_t spelling_count = suggestions.size();
  for (auto& g : grammar) {
    const auto clashes = [&](const Suggestion& other) { return overlaps(g, other); };
    if (std::any_of(suggestions.begin(),
                    suggestions.begin() + static_cast<std::ptrdiff_t>(spelling_count), clashes) ||
        std::any_of(protected_spans.begin(), protected_spans.end(), clashes)) {
      continue;
    }
    suggestions.push_back(std::move(g));
  }
  std::stable_sort(suggestions.begin(), suggestions.end(),
                   [](const Suggestion& a, const Suggestion& b) { return a.start < b.start; });
  json list = json::array();
  for (const auto& s : suggestions) list.push_back(to_json(s));
  json sentences = json::array();
  for (std::size_t i = 0; i < context.segmentation.sentences.size(); ++i) {
    const auto& sentence = context.segmentation.sentences[i];
    sentences.push_back({{"start", context.offsets.at(sentence.begin)},
                         {"end", context.offsets.at(sentence.end)},
                         {"language", context.languages.sentence_languages.at(i)}});
  }
  json other_language = json::array();
  for (const auto& span : context.languages.foreign) {
    other_language.push_back({{"start", context.offsets.at(span.begin)},
                              {"end", context.offsets.at(span.end)},
                              {"language", span.language}});
  }

  json response = {{"api_version", kApiVersion},
                   {"dialect", context.request.dialect},
                   {"explain_language", context.request.explain_language},
                   {"text_length", context.offsets.utf16_length()},
                   {"language", context.languages.post_language},
                   {"sentences", std::move(sentences)},
                   {"other_language", std::move(other_language)},
                   {"suggestions", std::move(list)},
                   {"warnings", context.warnings},
                   {"truncated", context.truncated}};
  if (!context.tone.is_null()) response["tone"] = context.tone;
  if (context.request.options.include_protected) {
    json spans = json::array();
    for (const auto& span : context.segmentation.protected_spans) {
      spans.push_back({{"start", context.offsets.at(span.begin)},
                       {"end", context.offsets.at(span.end)},
                       {"kind", text::to_string(span.kind)}});
    }
    response["protected"] = std::move(spans);
  }
  json timing = context.timing;
  const double prepare_ms = timing.value("prepare_ms", 0.0);
  const double model_ms = timing.value("grammar_ms", 0.0);
  timing.erase("prepare_ms");
  timing["total_ms"] = prepare_ms + model_ms + ms_since(started);
  response["timing"] = std::move(timing);
  return response;
}

}  // namespace nib::api
