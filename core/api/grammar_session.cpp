#include "api/grammar_session.hpp"

#include <algorithm>
#include <chrono>

#include "api/dialect_fit.hpp"
#include "api/final_punctuation.hpp"
#include "errors/error.hpp"
#include "explain/explanations.hpp"
#include "grammar/edit_classes.hpp"
#include "grammar/grammar_edits.hpp"
#include "grammar/model_input.hpp"
#include "grammar/model_tokens.hpp"

namespace nib::api {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Words the spell checker flagged are its business: the model sees the top replacement instead
// (so "I recieved a email" still reads as "received") and may not edit them.
void lock_spelling(std::vector<grammar::ModelToken>& tokens, const CheckContext& context) {
  for (auto& token : tokens) {
    const auto start = context.offsets.at(token.begin), end = context.offsets.at(token.end);
    for (const auto& s : context.spelling) {
      if (s.start >= end || start >= s.end) continue;
      token.locked = true;
      if (!s.replacements.empty() && s.replacements.front().find(' ') == std::string::npos) {
        token.key = grammar::word_key(s.replacements.front());
        token.suffix = grammar::suffix_bucket(token.key);
      }
    }
  }
}

// The user's own words (the personal dictionary) are theirs: the model may not rewrite them either.
void lock_personal_words(std::vector<grammar::ModelToken>& tokens, const CheckContext& context) {
  const auto& personal = context.request.personal_words;
  for (auto& token : tokens) {
    if (std::find(personal.begin(), personal.end(), token.text) != personal.end())
      token.locked = true;
  }
}

// Words in another language are not English with errors: the model may not rewrite them.
void lock_other_language(std::vector<grammar::ModelToken>& tokens, const CheckContext& context) {
  for (auto& token : tokens) {
    if (in_other_language(context, token.begin, token.end)) token.locked = true;
  }
}

// The decoder's tuned thresholds decide which edits are good enough to show, so an accepted edit
// maps to [0.5, 1]: the same scale as spelling, where the UI's default cut is 0.5.
double shown_confidence(double probability, const grammar::DecodeOptions& decode) {
  const double floor = std::clamp(decode.min_tag_probability, 0.0, 0.99);
  return 0.5 + 0.5 * std::clamp((probability - floor) / (1.0 - floor), 0.0, 1.0);
}

std::vector<double> number_array(const json& outputs, const char* field, std::size_t size) {
  const auto found = outputs.find(field);
  if (found == outputs.end() || !found->is_array() || found->size() != size) {
    throw Error("invalid_request", std::string("each output needs '") + field + "' with " +
                                       std::to_string(size) + " numbers");
  }
  std::vector<double> values;
  values.reserve(size);
  for (const auto& v : *found) {
    if (!v.is_number())
      throw Error("invalid_request", std::string("'") + field + "' must hold numbers");
    values.push_back(v.get<double>());
  }
  return values;
}

std::vector<grammar::PositionOutput> read_outputs(const json& output, std::size_t positions) {
  const auto index = number_array(output, "tag_index", positions);
  const auto tag = number_array(output, "tag_prob", positions);
  const auto keep = number_array(output, "keep_prob", positions);
  const auto error = number_array(output, "error_prob", positions);
  std::vector<grammar::PositionOutput> out(positions);
  for (std::size_t i = 0; i < positions; ++i) {
    // Out-of-range indices (a mismatched model) become KEEP instead of an undefined cast.
    const bool valid = index[i] >= 0 && index[i] < 1e9;
    out[i] = {valid ? static_cast<std::int64_t>(index[i]) : 0, tag[i], keep[i], error[i]};
  }
  return out;
}

// The word after an edit, for explanations that quote it ("an hour").
std::string_view following_word(std::string_view text, std::size_t at) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (at < text.size() && space(text[at])) ++at;
  std::size_t end = at;
  while (end < text.size() && !space(text[end]) &&
         std::string_view(".,;:!?()\"").find(text[end]) == std::string_view::npos) {
    ++end;
  }
  return text.substr(at, end - at);
}

}  // namespace

json GrammarSessions::begin(spell::SpellChecker& spell, const GrammarModel& model,
                            const tone::ToneModel* tone, CheckRequest request) {
  Session session{next_id_++, prepare_check(spell, tone, std::move(request)), {}, {}, 0, 0};
  const auto started = Clock::now();
  auto& context = session.context;
  if (!model.ready() || rule_disabled(context.request.disabled_rules, "grammar")) {
    json answer = respond(context, {});
    answer["done"] = true;
    return answer;
  }
  for (std::size_t i = 0; i < context.segmentation.sentences.size(); ++i) {
    // A sentence in another language is not English with errors: the model never sees it.
    if (context.languages.sentence_languages[i] != language::kEnglish) continue;
    const auto& sentence = context.segmentation.sentences[i];
    const std::span<const text::Token> tokens(
        context.segmentation.tokens.data() + sentence.first_token, sentence.token_count);
    auto model_tokens = grammar::model_tokens(context.text, tokens);
    lock_spelling(model_tokens, context);
    lock_personal_words(model_tokens, context);
    lock_other_language(model_tokens, context);
    session.sentences.push_back(grammar::start_sentence(std::move(model_tokens)));
    session.pending.push_back(session.sentences.size() - 1);
  }
  session.grammar_ms += ms_since(started);
  json answer = inputs_or_answer(spell, session, model);
  if (!answer.value("done", false)) {
    open_.push_back(std::move(session));
    if (open_.size() > kMaxOpen) open_.pop_front();
  }
  return answer;
}

json GrammarSessions::inputs_or_answer(spell::SpellChecker& spell, Session& session,
                                       const GrammarModel& model) {
  const auto started = Clock::now();
  if (session.pending.empty() || session.pass >= model.decode.max_passes) {
    std::vector<Suggestion> suggestions;
    const auto& context = session.context;
    // Another check may have run since this one began: judge added words with this check's own
    // personal dictionary.
    spell.set_personal_words(context.request.personal_words);
    for (const auto& sentence : session.sentences) {
      for (auto& edit : grammar::grammar_edits(sentence, model.inflections)) {
        if (rule_disabled(context.request.disabled_rules, edit.code)) continue;
        Suggestion s;
        s.start = context.offsets.at(edit.begin);
        s.end = context.offsets.at(edit.end);
        s.original = context.text.substr(edit.begin, edit.end - edit.begin);
        if (s.original == edit.replacement) continue;
        if (!fits_dialect(spell, context.request.dialect, edit.code, s.original,
                          edit.replacement)) {
          continue;
        }
        s.id = edit.code + ":" + std::to_string(s.start) + "-" + std::to_string(s.end);
        s.kind = std::string(grammar::kind_of_code(edit.code));
        s.replacements = {std::move(edit.replacement)};
        s.code = std::move(edit.code);
        auto explanation = explain::explain(s.code,
                                            {s.original, s.replacements, context.request.dialect,
                                             following_word(context.text, edit.end)},
                                            context.request.explain_language);
        s.message = std::move(explanation.message);
        s.message_language = std::move(explanation.language);
        s.confidence = shown_confidence(edit.confidence, model.decode);
        if (s.code == "punctuation.missing" &&
            appends_final_mark(s.original, s.replacements.front()) &&
            ends_line(context.segmentation, context.text, edit.end)) {
          s.confidence = std::min(s.confidence, kFinalMarkConfidence);
        }
        if (s.confidence < context.request.options.min_confidence) continue;
        s.source = "model";
        suggestions.push_back(std::move(s));
      }
    }
    session.grammar_ms += ms_since(started);
    session.context.timing["grammar_ms"] = session.grammar_ms;
    session.context.timing["passes"] = session.pass;
    json answer = respond(session.context, std::move(suggestions));
    answer["done"] = true;
    return answer;
  }
  json inputs = json::array();
  for (const auto index : session.pending) {
    const auto input = grammar::encode(session.sentences[index].current, *model.vocabulary);
    inputs.push_back({{"sentence", index},
                      {"word_ids", input.word_ids},
                      {"suffix_ids", input.suffix_ids},
                      {"case_ids", input.case_ids}});
  }
  session.grammar_ms += ms_since(started);
  return {{"api_version", kApiVersion},
          {"done", false},
          {"session", session.id},
          {"pass", session.pass + 1},
          {"inputs", std::move(inputs)}};
}

json GrammarSessions::finish(spell::SpellChecker& spell, const GrammarModel& model,
                             const json& request) {
  const auto id = request.find("session");
  if (id == request.end() || !id->is_number_unsigned()) {
    throw Error("invalid_request", "'session' must be the number 'begin' returned");
  }
  const auto found = std::find_if(open_.begin(), open_.end(), [&](const Session& s) {
    return s.id == id->get<std::uint64_t>();
  });
  if (found == open_.end()) {
    throw Error("unknown_session", "no open check has this session number (finished or expired)");
  }
  if (!model.ready()) throw Error("model_not_loaded", "the grammar model is not loaded");
  const auto outputs = request.find("outputs");
  if (outputs == request.end() || !outputs->is_array() ||
      outputs->size() != found->pending.size()) {
    throw Error("invalid_request", "'outputs' must hold one entry per input, in order");
  }
  const auto started = Clock::now();
  Session& session = *found;
  // Every output is read (and validated) before any is applied: a bad request changes nothing.
  std::vector<std::vector<grammar::Decision>> decisions;
  for (std::size_t i = 0; i < session.pending.size(); ++i) {
    const auto& sentence = session.sentences[session.pending[i]];
    const std::size_t positions = std::min(sentence.current.size(), grammar::kMaxModelTokens) + 1;
    decisions.push_back(grammar::without_blind_edits(
        grammar::decide(read_outputs((*outputs)[i], positions), *model.tags, model.decode),
        sentence.current, *model.vocabulary));
  }
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < session.pending.size(); ++i) {
    if (grammar::apply_tags(session.sentences[session.pending[i]], decisions[i],
                            model.inflections)) {
      changed.push_back(session.pending[i]);
    }
  }
  session.pending = std::move(changed);
  session.pass += 1;
  session.grammar_ms += ms_since(started);
  json answer = inputs_or_answer(spell, session, model);
  if (answer.value("done", false)) open_.erase(found);
  return answer;
}

}  // namespace nib::api
