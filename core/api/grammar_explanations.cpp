#include "api/grammar_explanations.hpp"

#include <array>
#include <utility>

namespace nib::api {
namespace {

std::string quoted(std::string_view text) {
  return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D";
}

// One plain-words reason per code; the words of the edit follow it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kReasons{{
    {"grammar.article.missing", "A singular countable noun usually needs an article (a, an, the)."},
    {"grammar.article.extra", "No article is needed here."},
    {"grammar.article.wrong", "Another article fits here better."},
    {"grammar.article.a_an",
     "Use \xE2\x80\x9C"
     "an\xE2\x80\x9D before a vowel sound and \xE2\x80\x9C"
     "a\xE2\x80\x9D before a consonant sound."},
    {"grammar.preposition.missing", "A preposition is missing here."},
    {"grammar.preposition.extra", "This preposition is not needed."},
    {"grammar.preposition.wrong", "This word goes with a different preposition."},
    {"grammar.verb.agreement", "The verb should agree with its subject (singular or plural)."},
    {"grammar.verb.form", "This verb needs a different form or tense here."},
    {"grammar.noun.number", "This noun should be singular or plural to fit the sentence."},
    {"grammar.confused_word", "These words sound alike but mean different things."},
    {"grammar.capitalization",
     "Capital letters: sentences, names and \xE2\x80\x9CI\xE2\x80\x9D start with one."},
    {"grammar.word.missing", "A word seems to be missing here."},
    {"grammar.word.extra", "This word seems to be extra."},
    {"grammar.word_choice", "Another word fits here better."},
    {"grammar.word_order", "The words read more naturally in another order."},
    {"grammar.rewrite", "This part reads more naturally rewritten."},
    {"punctuation.missing", "Punctuation is missing here."},
    {"punctuation.extra", "This punctuation mark is not needed."},
    {"punctuation.wrong", "Another punctuation mark fits here better."},
}};

}  // namespace

std::optional<std::string> explain_grammar(std::string_view code, std::string_view original,
                                           std::string_view replacement) {
  for (const auto& [known, reason] : kReasons) {
    if (known != code) continue;
    const std::string change = replacement.empty() ? "Remove " + quoted(original) + "."
                                                   : "Write " + quoted(replacement) +
                                                         " instead of " + quoted(original) + ".";
    return std::string(reason) + " " + change;
  }
  return std::nullopt;
}

}  // namespace nib::api
