#pragma once
// English inflection table: lines "form lemma TAG" with Penn Treebank tags for verbs (VB VBP VBZ
// VBD VBN VBG) and nouns (NN NNS). Lets a tag say "make this verb third person" instead of naming
// a word, so one tag covers every verb.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nib::grammar {

struct Reading {
  std::string lemma;
  std::string tag;
};

class Inflections {
 public:
  static Inflections parse(std::string_view lines);

  const std::vector<Reading>& readings(std::string_view form) const;
  // The one form of `lemma` with `tag`, or nothing when there is none or it is ambiguous
  // (be + VBD: was/were).
  std::optional<std::string> inflect(std::string_view lemma, std::string_view tag) const;
  // `form` re-inflected to `tag` through any of its readings of the same word class, when exactly
  // one result exists.
  std::optional<std::string> reinflect(std::string_view form, std::string_view tag) const;
  bool same_lemma(std::string_view a, std::string_view b, char word_class) const;
  bool has_class(std::string_view form, char word_class) const;
  bool empty() const { return readings_.empty(); }

 private:
  std::unordered_map<std::string, std::vector<Reading>> readings_;
  std::unordered_map<std::string, std::vector<std::string>> forms_;  // "lemma TAG" -> forms
};

}  // namespace nib::grammar
