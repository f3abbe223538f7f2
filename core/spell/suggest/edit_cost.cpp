#include "spell/suggest/edit_cost.hpp"

#include <algorithm>
#include <array>
#include <limits>

#include "spell/suggest/keyboard_layout.hpp"
#include "spell/suggest/letters.hpp"

namespace nib::spell::suggest_internal {
namespace {

constexpr float kBeyond = std::numeric_limits<float>::infinity();

bool sound_alike(char32_t a, char32_t b) {
  constexpr std::array<std::u32string_view, 6> kGroups{U"cks", U"kq", U"sz", U"gj", U"dt", U"bp"};
  return std::any_of(kGroups.begin(), kGroups.end(), [&](std::u32string_view group) {
    return group.find(a) != std::u32string_view::npos && group.find(b) != std::u32string_view::npos;
  });
}

float substitution(char32_t a, char32_t b, const EditWeights& w) {
  if (a == b) return 0.0f;
  if (fold_accent(a) == fold_accent(b)) return w.accent;
  if (is_vowel(a) && is_vowel(b)) return w.vowel;
  if (keys_adjacent(a, b)) return w.adjacent_key;
  if (sound_alike(a, b)) return w.sound_alike;
  return 1.0f;
}

// Cost of the letter at `at` in `s` appearing on one side only (an insertion or a deletion).
float lone_letter(std::u32string_view s, std::size_t at, const EditWeights& w) {
  const char32_t letter = s[at];
  if (letter == U'\'') return w.apostrophe;
  const bool doubled =
      (at > 0 && s[at - 1] == letter) || (at + 1 < s.size() && s[at + 1] == letter);
  if (doubled) return w.doubled;
  const bool digraph_h =
      letter == U'h' && at > 0 &&
      std::u32string_view(U"cgpstw").find(s[at - 1]) != std::u32string_view::npos;
  if (digraph_h) return w.silent_h;
  return is_vowel(letter) ? w.lone_vowel : 1.0f;
}

}  // namespace

float edit_cost(std::u32string_view typed, std::u32string_view word, float bound,
                const EditWeights& w) {
  const std::size_t n = typed.size();
  const std::size_t m = word.size();
  if (n > kMaxWordLetters || m > kMaxWordLetters) return kBeyond;
  // Three rolling rows: the transposition looks two rows back.
  std::array<std::array<float, kMaxWordLetters + 1>, 3> rows{};
  // Edits that change the first or the last letter: both are the letters people get right most.
  auto edge_penalty = [&](std::size_t i, std::size_t j) {
    return ((i <= 1 && j <= 1) ? w.first_letter : 0.0f) +
           ((i == n && j == m) ? w.last_letter : 0.0f);
  };
  rows[0][0] = 0.0f;
  for (std::size_t j = 1; j <= m; ++j) {
    rows[0][j] = rows[0][j - 1] + lone_letter(word, j - 1, w) + edge_penalty(0, j);
  }
  for (std::size_t i = 1; i <= n; ++i) {
    auto& row = rows[i % 3];
    const auto& up = rows[(i - 1) % 3];
    const auto& up2 = rows[(i + 1) % 3];
    row[0] = up[0] + lone_letter(typed, i - 1, w) + edge_penalty(i, 0);
    float row_min = row[0];
    for (std::size_t j = 1; j <= m; ++j) {
      // Accents and apostrophes are not what makes a letter "wrong".
      const float extra = edge_penalty(i, j);
      const bool same_base = fold_accent(typed[i - 1]) == fold_accent(word[j - 1]);
      float best =
          up[j - 1] + substitution(typed[i - 1], word[j - 1], w) + (same_base ? 0.0f : extra);
      best = std::min(
          best, up[j] + lone_letter(typed, i - 1, w) + (typed[i - 1] == U'\'' ? 0.0f : extra));
      best = std::min(
          best, row[j - 1] + lone_letter(word, j - 1, w) + (word[j - 1] == U'\'' ? 0.0f : extra));
      if (i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1] &&
          typed[i - 1] != typed[i - 2]) {
        best = std::min(best, up2[j - 2] + w.transpose);
      }
      row[j] = best;
      row_min = std::min(row_min, best);
    }
    if (row_min > bound) return kBeyond;
  }
  const float cost = rows[n % 3][m];
  return cost > bound ? kBeyond : cost;
}

}  // namespace nib::spell::suggest_internal
