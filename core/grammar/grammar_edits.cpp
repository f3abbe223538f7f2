#include "grammar/grammar_edits.hpp"

#include <algorithm>

#include "grammar/edit_classes.hpp"

namespace nib::grammar {
namespace {

struct Group {
  std::size_t first = 0;  // original tokens [first, last) were changed or removed
  std::size_t last = 0;
  std::vector<const TrackedToken*> result;
};

std::string join(const std::vector<const TrackedToken*>& tokens) {
  std::string out;
  for (const auto* t : tokens) {
    if (!out.empty() && t->token.space_before) out.push_back(' ');
    out += t->token.text;
  }
  return out;
}

class EditBuilder {
 public:
  EditBuilder(const SentenceState& sentence, const Inflections& inflections)
      : sentence_(sentence), inflections_(inflections) {}

  // `anchor`: the unchanged token right after the group, if any.
  void flush(Group& group, const TrackedToken* anchor) {
    if (group.first == group.last && group.result.empty()) return;
    const auto& original = sentence_.original;
    std::vector<std::string> before, after;
    for (std::size_t i = group.first; i < group.last; ++i) before.push_back(original[i].key);
    for (const auto* t : group.result) after.push_back(t->token.key);
    double confidence = 1.0;
    for (std::size_t i = group.first; i < group.last; ++i) {
      if (sentence_.removed[i] > 0) confidence = std::min(confidence, sentence_.removed[i]);
    }
    for (const auto* t : group.result) {
      if (t->changed) confidence = std::min(confidence, t->probability);
    }
    // What a single changed word was changed by tells verbs from nouns (walk -> walks).
    TagKind hint = TagKind::keep;
    if (group.result.size() == 1 && group.last - group.first == 1) {
      hint = group.result.front()->changed_by;
    }
    GrammarEdit edit{0, 0, join(group.result), classify_edit(before, after, inflections_, hint),
                     confidence};
    if (group.first < group.last) {
      edit.begin = original[group.first].begin;
      edit.end = original[group.last - 1].end;
      if (group.result.empty()) {
        // A removed word takes the space before it (or after it, at the start) along.
        if (group.first > 0) {
          edit.begin = original[group.first - 1].end;
        } else if (group.last < original.size()) {
          edit.end = original[group.last].begin;
        }
      }
    } else if (group.first > 0 &&
               (anchor == nullptr || attaches_to_previous(group.result.front()->token.text))) {
      // Inserted at the end, or punctuation that belongs to the word before: shown on that word.
      const auto& previous = original[group.first - 1];
      edit.begin = previous.begin;
      edit.end = previous.end;
      const bool space = group.result.front()->token.space_before;
      edit.replacement = previous.text + (space ? " " : "") + edit.replacement;
    } else if (anchor != nullptr) {
      // Other insertions are shown on the word they go before, so the underline has a width.
      edit.begin = anchor->token.begin;
      edit.end = anchor->token.end;
      edit.replacement +=
          (attaches_to_previous(anchor->token.text) ? "" : " ") + anchor->token.text;
    } else {
      return;
    }
    edits_.push_back(std::move(edit));
    group = Group{};
  }

  std::vector<GrammarEdit> take() { return std::move(edits_); }

 private:
  const SentenceState& sentence_;
  const Inflections& inflections_;
  std::vector<GrammarEdit> edits_;
};

}  // namespace

std::vector<GrammarEdit> grammar_edits(const SentenceState& sentence,
                                       const Inflections& inflections) {
  EditBuilder builder(sentence, inflections);
  Group group;
  std::size_t next = 0;
  for (const auto& t : sentence.current) {
    const bool anchor = t.origin != kNoOrigin && !t.changed;
    if (anchor) {
      if (t.origin > next) {
        if (group.first == group.last && group.result.empty()) group.first = next;
        group.last = t.origin;
      }
      builder.flush(group, &t);
      group = Group{};
      next = t.origin + 1;
      group.first = group.last = next;
      continue;
    }
    if (group.first == group.last && group.result.empty()) group.first = group.last = next;
    if (t.origin != kNoOrigin) {
      group.last = t.origin + 1;
      next = t.origin + 1;
    }
    group.result.push_back(&t);
  }
  if (next < sentence.original.size()) {
    if (group.first == group.last && group.result.empty()) group.first = next;
    group.last = sentence.original.size();
  }
  builder.flush(group, nullptr);
  return builder.take();
}

}  // namespace nib::grammar
