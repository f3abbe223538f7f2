#include "grammar/inflections.hpp"

#include <algorithm>

#include "grammar/line_reader.hpp"

namespace nib::grammar {
namespace {

const std::vector<Reading> kNoReadings;

// N for nouns, V for verbs, from the first letter of a PTB tag.
char class_of(std::string_view tag) { return tag.empty() ? '?' : tag.front(); }

}  // namespace

Inflections Inflections::parse(std::string_view lines) {
  Inflections table;
  for_each_line(lines, [&](std::string_view line) {
    const auto first = line.find(' ');
    const auto second = line.find(' ', first == std::string_view::npos ? first : first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) return;
    std::string form(line.substr(0, first));
    std::string lemma(line.substr(first + 1, second - first - 1));
    std::string tag(line.substr(second + 1));
    if (class_of(tag) != 'N' && class_of(tag) != 'V') return;
    auto& forms = table.forms_[lemma + " " + tag];
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
    table.readings_[form].push_back({std::move(lemma), std::move(tag)});
  });
  return table;
}

const std::vector<Reading>& Inflections::readings(std::string_view form) const {
  const auto found = readings_.find(std::string(form));
  return found == readings_.end() ? kNoReadings : found->second;
}

std::optional<std::string> Inflections::inflect(std::string_view lemma,
                                                std::string_view tag) const {
  const auto found = forms_.find(std::string(lemma) + " " + std::string(tag));
  if (found == forms_.end() || found->second.size() != 1) return std::nullopt;
  return found->second.front();
}

std::optional<std::string> Inflections::reinflect(std::string_view form,
                                                  std::string_view tag) const {
  std::optional<std::string> result;
  for (const auto& reading : readings(form)) {
    if (class_of(reading.tag) != class_of(tag)) continue;
    const auto candidate = inflect(reading.lemma, tag);
    if (!candidate) continue;
    if (result && *result != *candidate) return std::nullopt;
    result = candidate;
  }
  return result;
}

bool Inflections::same_lemma(std::string_view a, std::string_view b, char word_class) const {
  for (const auto& ra : readings(a)) {
    if (class_of(ra.tag) != word_class) continue;
    for (const auto& rb : readings(b)) {
      if (class_of(rb.tag) == word_class && ra.lemma == rb.lemma) return true;
    }
  }
  return false;
}

bool Inflections::has_class(std::string_view form, char word_class) const {
  const auto& all = readings(form);
  return std::any_of(all.begin(), all.end(),
                     [&](const Reading& r) { return class_of(r.tag) == word_class; });
}

}  // namespace nib::grammar
