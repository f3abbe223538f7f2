#include "tone/valence.hpp"

#include <algorithm>

namespace nib::tone {

bool ValenceLexicon::add(std::string_view word, int score) {
  const auto unfit = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || (c >= 'A' && c <= 'Z');
  };
  if (word.empty() || word.size() > kMaxWordBytes || std::any_of(word.begin(), word.end(), unfit) ||
      score < kMinScore || score > kMaxScore) {
    return false;
  }
  scores_.insert_or_assign(std::string(word), static_cast<std::int8_t>(score));
  return true;
}

std::optional<int> ValenceLexicon::score(std::string_view word) const {
  const auto found = scores_.find(word);
  if (found == scores_.end()) return std::nullopt;
  return found->second;
}

std::string_view valence_class(int score) {
  if (score <= -3) return "neg2";
  if (score < 0) return "neg1";
  if (score == 0) return {};
  return score < 3 ? "pos1" : "pos2";
}

}  // namespace nib::tone
