#include "grammar/tag_targets.hpp"

#include <array>

#include "grammar/align.hpp"
#include "grammar/word_case.hpp"

namespace nib::grammar {
namespace {

constexpr std::array<std::string_view, 6> kVerbTags{"VB", "VBP", "VBZ", "VBD", "VBN", "VBG"};

// Replacement words are stored lowercase when the source's case pattern restores them
// (The -> A at a sentence start); otherwise as written (proper nouns, "I").
std::string replacement_word(const ModelToken& from, const ModelToken& to) {
  if (match_case(to.key, from.text) == to.text) return to.key;
  return to.text;
}

}  // namespace

EditTag substitution_tag(const ModelToken& from, const ModelToken& to,
                         const Inflections& inflections) {
  if (from.key == to.key) {
    if (capitalize_first(from.text) == to.text) return {TagKind::capitalize, {}};
    if (lowercase_all(from.text) == to.text) return {TagKind::lowercase, {}};
    return {TagKind::replace, to.text};
  }
  if (match_case(to.key, from.text) == to.text) {
    for (const auto tag : kVerbTags) {
      if (inflections.reinflect(from.key, tag) == to.key) {
        return {TagKind::verb_form, std::string(tag)};
      }
    }
    for (const std::string_view tag : {"NN", "NNS"}) {
      if (inflections.reinflect(from.key, tag) == to.key) {
        return {TagKind::noun_number, std::string(tag)};
      }
    }
  }
  return {TagKind::replace, replacement_word(from, to)};
}

std::vector<EditTag> tag_targets(std::span<const ModelToken> source,
                                 std::span<const ModelToken> target,
                                 const Inflections& inflections) {
  std::vector<std::string> source_text, target_text;
  for (const auto& t : source) source_text.push_back(t.text);
  for (const auto& t : target) target_text.push_back(t.text);
  std::vector<EditTag> tags(source.size() + 1);
  std::vector<bool> appended(source.size() + 1, false);
  for (const auto& step : align(source_text, target_text, inflections)) {
    switch (step.op) {
      case AlignOp::keep:
        break;
      case AlignOp::substitute:
        if (!source[step.source].locked) {
          tags[step.source + 1] =
              substitution_tag(source[step.source], target[step.target], inflections);
        }
        break;
      case AlignOp::remove:
        if (!source[step.source].locked) tags[step.source + 1] = {TagKind::remove, {}};
        break;
      case AlignOp::insert: {
        // Inserted before source token step.source: append after the position before it.
        const std::size_t position = step.source;
        if (appended[position] || tags[position].kind != TagKind::keep) break;
        const ModelToken& word = target[step.target];
        if (word.locked) break;
        const bool sentence_start = position == 0;
        tags[position] = {TagKind::append, sentence_start && capitalize_first(word.key) == word.text
                                               ? word.key
                                               : word.text};
        appended[position] = true;
        break;
      }
    }
  }
  // The capital letter at the sentence start moves by itself when a word is inserted before the
  // first word or the first word is removed (apply_tags.cpp), so that case change is no tag.
  if (tags.size() > 1) {
    const bool starts_with_insertion = tags[0].kind == TagKind::append;
    const bool first_removed = tags[1].kind == TagKind::remove;
    if (starts_with_insertion && tags[1].kind == TagKind::lowercase) tags[1] = {};
    if (first_removed && tags.size() > 2 && tags[2].kind == TagKind::capitalize) tags[2] = {};
  }
  return tags;
}

}  // namespace nib::grammar
