#pragma once
// Names an edit for its explanation from what it changed: words before and after (vocabulary keys).
// Codes are stable strings ("grammar.article.missing") that tests, ignore lists and translations
// refer to; kind_of_code says which family a code belongs to.
#include <span>
#include <string>
#include <string_view>

#include "grammar/edit_tag.hpp"
#include "grammar/inflections.hpp"

namespace nib::grammar {

// `hint`: the tag that made a one-word change, when known (verb_form or noun_number decide
// between an agreement and a noun-number explanation for walk -> walks).
std::string classify_edit(std::span<const std::string> before, std::span<const std::string> after,
                          const Inflections& inflections, TagKind hint = TagKind::keep);

std::string_view kind_of_code(std::string_view code);  // "grammar" or "punctuation"

// Every code classify_edit returns: each needs an explanation in every shipped language.
inline constexpr std::string_view kEditCodes[] = {
    "grammar.article.missing",
    "grammar.article.extra",
    "grammar.article.wrong",
    "grammar.article.a_an",
    "grammar.preposition.missing",
    "grammar.preposition.extra",
    "grammar.preposition.wrong",
    "grammar.verb.agreement",
    "grammar.verb.form",
    "grammar.noun.number",
    "grammar.confused_word",
    "grammar.capitalization",
    "grammar.word.missing",
    "grammar.word.extra",
    "grammar.word_choice",
    "grammar.word_order",
    "grammar.rewrite",
    "punctuation.missing",
    "punctuation.extra",
    "punctuation.wrong",
};

bool is_article(std::string_view key);
bool is_preposition(std::string_view key);
bool is_punctuation(std::string_view key);

}  // namespace nib::grammar
