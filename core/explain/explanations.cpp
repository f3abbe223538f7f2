#include "explain/explanations.hpp"

#include <optional>

#include "explain/catalogue.hpp"
#include "explain/languages.hpp"

namespace nib::explain {
namespace {

// Grammar fixes and tone rewrites: a reason, then what the edit does.
bool is_edit(std::string_view code) {
  return code.starts_with("grammar.") || code.starts_with("punctuation.") ||
         code.starts_with("tone.rewrite.");
}

// Chinese and Japanese run sentences together without a space.
std::string_view sentence_gap(std::string_view language) {
  return language == "zh-CN" || language == "ja" ? "" : " ";
}

std::optional<std::string> edit_message(const Catalogue& messages, std::string_view code,
                                        const ExplanationContext& context) {
  const std::string_view best =
      context.replacements.empty() ? std::string_view() : std::string_view(context.replacements[0]);
  if (code == "grammar.article.a_an") {
    const bool an = best.size() == 2 && (best[0] | 0x20) == 'a' && (best[1] | 0x20) == 'n';
    const std::string* text =
        messages.find(an ? "grammar.article.a_an.an" : "grammar.article.a_an.a");
    if (text == nullptr) return std::nullopt;
    std::string phrase(best);
    if (!context.following.empty()) phrase.append(" ").append(context.following);
    return fill(*text, {{"phrase", phrase}});
  }
  const std::string* reason = messages.find(code);
  const char* edit_key = context.original.empty() ? "edit.insert"
                         : best.empty()           ? "edit.remove"
                                                  : "edit.replace";
  const std::string* edit = messages.find(edit_key);
  if (reason == nullptr || edit == nullptr) return std::nullopt;
  return *reason + std::string(sentence_gap(messages.language())) +
         fill(*edit, {{"original", context.original}, {"replacement", best}});
}

std::optional<std::string> spelling_message(const Catalogue& messages, std::string_view code,
                                            const ExplanationContext& context) {
  std::string key(messages.find(code) != nullptr ? code : "spelling.unknown_word");
  if (context.replacements.empty() && messages.find(key + ".no_replacement") != nullptr) {
    key += ".no_replacement";
  }
  const std::string* text = messages.find(key);
  if (text == nullptr) return std::nullopt;
  const std::string* dialect = messages.find("dialect." + std::string(context.dialect));
  const std::string_view best =
      context.replacements.empty() ? std::string_view() : std::string_view(context.replacements[0]);
  return fill(*text,
              {{"word", context.original},
               {"best", best},
               {"dialect", dialect != nullptr ? std::string_view(*dialect) : context.dialect}});
}

// A tone note (tone.rude, tone.too_casual, …) is one sentence without placeholders.
std::optional<std::string> note_message(const Catalogue& messages, std::string_view code) {
  const std::string* text = messages.find(code);
  if (text == nullptr) return std::nullopt;
  return *text;
}

std::optional<std::string> message_in(const Catalogue& messages, std::string_view code,
                                      const ExplanationContext& context) {
  if (is_edit(code)) return edit_message(messages, code, context);
  if (code.starts_with("tone.")) return note_message(messages, code);
  return spelling_message(messages, code, context);
}

}  // namespace

Explanation explain(std::string_view code, const ExplanationContext& context,
                    std::string_view language) {
  const Catalogue& wanted = catalogue(language);
  if (auto message = message_in(wanted, code, context))
    return {std::move(*message), wanted.language()};
  const Catalogue& english = catalogue(kEnglish);
  if (auto message = message_in(english, code, context)) {
    return {std::move(*message), english.language()};
  }
  // A code no catalogue knows (a newer model's tag) still says what the edit is.
  return {fill(*english.find("edit.replace"),
               {{"original", context.original},
                {"replacement", context.replacements.empty()
                                    ? std::string_view()
                                    : std::string_view(context.replacements[0])}}),
          english.language()};
}

}  // namespace nib::explain
