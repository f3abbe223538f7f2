#include "grammar/apply_tags.hpp"

#include <array>
#include <optional>

#include "grammar/chat_abbreviations.hpp"
#include "grammar/word_case.hpp"

namespace nib::grammar {
namespace {

std::optional<std::string> new_text(const ModelToken& token, const EditTag& tag,
                                    const Inflections& inflections) {
  switch (tag.kind) {
    case TagKind::replace:
      return lowercase_all(tag.argument) == tag.argument ? match_case(tag.argument, token.text)
                                                         : tag.argument;
    case TagKind::capitalize:
      // "imo the best" is the writer's register; "Imo" would be wrong in any.
      if (is_chat_abbreviation(token.key)) return std::nullopt;
      return capitalize_first(token.text);
    case TagKind::lowercase:
      return lowercase_all(token.text);
    case TagKind::verb_form:
    case TagKind::noun_number: {
      const auto form = inflections.reinflect(token.key, tag.argument);
      if (!form) return std::nullopt;
      return match_case(*form, token.text);
    }
    default:
      return std::nullopt;
  }
}

TrackedToken inserted(std::string_view word, double probability) {
  TrackedToken t;
  t.token.text = std::string(word);
  refresh(t.token);
  t.token.space_before = !attaches_to_previous(word);
  t.changed = true;
  t.probability = probability;
  return t;
}

bool is_first_word_capitalized(const TrackedToken& t) {
  return t.token.case_class == CaseClass::capitalized && t.token.text != "I";
}

}  // namespace

bool attaches_to_previous(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kAttached{
      ",", ".", "!", "?", ";", ":", ")", "...", "…", "'s", "n't", "'re", "'ve", "'ll"};
  for (const auto w : kAttached) {
    if (word == w) return true;
  }
  return false;
}

SentenceState start_sentence(std::vector<ModelToken> tokens) {
  SentenceState state;
  state.removed.assign(tokens.size(), 0.0);
  for (std::size_t i = 0; i < tokens.size(); ++i) state.current.push_back({tokens[i], i});
  state.original = std::move(tokens);
  return state;
}

bool apply_tags(SentenceState& sentence, std::span<const Decision> decisions,
                const Inflections& inflections) {
  const auto& tokens = sentence.current;
  std::vector<const Decision*> at(tokens.size() + 1, nullptr);
  for (const auto& d : decisions) {
    if (d.position > tokens.size() || d.tag.kind == TagKind::keep) continue;
    if (d.position > 0 && tokens[d.position - 1].token.locked && d.tag.kind != TagKind::append) {
      continue;
    }
    at[d.position] = &d;
  }
  std::vector<TrackedToken> out;
  bool changed = false;
  bool capitalize_next = false;
  const bool inserted_at_start = at[0] != nullptr && at[0]->tag.kind == TagKind::append;
  if (inserted_at_start) {
    const Decision* d = at[0];
    TrackedToken word = inserted(d->tag.argument, d->probability);
    word.token.space_before = false;
    // A word put at the start of a sentence takes a capital, unless the writer types in lowercase.
    if (!tokens.empty() && tokens.front().token.case_class != CaseClass::lower) {
      word.token.text = capitalize_first(word.token.text);
      refresh(word.token);
    }
    out.push_back(std::move(word));
    changed = true;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    TrackedToken token = tokens[i];
    const Decision* d = at[i + 1];
    if (i == 0 && inserted_at_start) token.token.space_before = true;
    if (i == 0 && inserted_at_start && token.token.case_class == CaseClass::capitalized &&
        token.token.text != "I" && !token.token.locked) {
      // An article put before the first word takes over the capital letter.
      token.token.text = lowercase_all(token.token.text);
      refresh(token.token);
      token.token.space_before = true;
      token.changed = true;
      token.probability = out.front().probability;
    }
    if (capitalize_next && !token.token.locked) {
      token.token.text = capitalize_first(token.token.text);
      refresh(token.token);
      token.token.space_before = false;
      token.changed = true;
      capitalize_next = false;
    }
    if (d && d->tag.kind == TagKind::remove) {
      if (token.origin != kNoOrigin) sentence.removed[token.origin] = d->probability;
      if (out.empty() && is_first_word_capitalized(token)) capitalize_next = true;
      changed = true;
      continue;
    }
    if (d && d->tag.kind != TagKind::append) {
      if (auto text = new_text(token.token, d->tag, inflections);
          text && *text != token.token.text) {
        token.token.text = std::move(*text);
        const bool space = token.token.space_before;
        refresh(token.token);
        token.token.space_before =
            attaches_to_previous(token.token.text) ? false : (space || i > 0);
        token.changed = true;
        token.probability = d->probability;
        token.changed_by = d->tag.kind;
        changed = true;
      }
    }
    out.push_back(std::move(token));
    if (d && d->tag.kind == TagKind::append) {
      out.push_back(inserted(d->tag.argument, d->probability));
      changed = true;
    }
  }
  sentence.current = std::move(out);
  return changed;
}

}  // namespace nib::grammar
