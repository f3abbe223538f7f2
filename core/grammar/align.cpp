#include "grammar/align.hpp"

#include <algorithm>
#include <limits>

#include "grammar/model_tokens.hpp"

namespace nib::grammar {
namespace {

// Levenshtein distance over bytes, enough to call two spellings "close".
std::size_t char_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

double substitution_cost(const std::string& a, const std::string& b,
                         const Inflections& inflections) {
  const std::string ka = word_key(a), kb = word_key(b);
  if (a == b) return 0.0;
  if (ka == kb) return 0.1;
  if (inflections.same_lemma(ka, kb, 'V') || inflections.same_lemma(ka, kb, 'N')) return 0.4;
  const std::size_t longest = std::max(ka.size(), kb.size());
  if (longest > 0 && char_distance(ka, kb) * 3 <= longest) return 0.6;
  return 1.5;
}

}  // namespace

std::vector<AlignStep> align(std::span<const std::string> source,
                             std::span<const std::string> target, const Inflections& inflections) {
  const std::size_t n = source.size(), m = target.size();
  const std::size_t width = m + 1;
  std::vector<double> cost((n + 1) * width, std::numeric_limits<double>::infinity());
  std::vector<AlignOp> from((n + 1) * width, AlignOp::keep);
  cost[0] = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = 0; j <= m; ++j) {
      const std::size_t here = i * width + j;
      if (i > 0 && cost[here - width] + 1.0 < cost[here]) {
        cost[here] = cost[here - width] + 1.0;
        from[here] = AlignOp::remove;
      }
      if (j > 0 && cost[here - 1] + 1.0 < cost[here]) {
        cost[here] = cost[here - 1] + 1.0;
        from[here] = AlignOp::insert;
      }
      if (i > 0 && j > 0) {
        const double step = substitution_cost(source[i - 1], target[j - 1], inflections);
        // <= so that, at equal cost, a substitution wins over a delete + insert pair.
        if (cost[here - width - 1] + step <= cost[here]) {
          cost[here] = cost[here - width - 1] + step;
          from[here] = step == 0.0 ? AlignOp::keep : AlignOp::substitute;
        }
      }
    }
  }
  std::vector<AlignStep> steps;
  std::size_t i = n, j = m;
  while (i > 0 || j > 0) {
    const AlignOp op = from[i * width + j];
    if (op == AlignOp::remove) {
      --i;
    } else if (op == AlignOp::insert) {
      --j;
    } else {
      --i;
      --j;
    }
    steps.push_back({op, i, j});
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

}  // namespace nib::grammar
