#include "spell/suggest/keyboard_layout.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace nib::spell::suggest_internal {
namespace {

struct KeyRow {
  std::string_view keys;
  int offset;  // horizontal stagger, in quarter key widths
};
constexpr std::array<KeyRow, 3> kRows{{{"qwertyuiop", 0}, {"asdfghjkl", 1}, {"zxcvbnm", 3}}};
constexpr int kKeyWidth = 4;

// Bit b of kNeighbours[a] is set when letters 'a'+a and 'a'+b are on touching keys; computed once
// at compile time so the edit-cost inner loop pays one lookup.
constexpr std::array<std::uint32_t, 26> compute_neighbours() {
  std::array<int, 26> row{};
  std::array<int, 26> x{};
  for (std::size_t r = 0; r < kRows.size(); ++r) {
    for (std::size_t column = 0; column < kRows[r].keys.size(); ++column) {
      const auto letter = static_cast<std::size_t>(kRows[r].keys[column] - 'a');
      row[letter] = static_cast<int>(r);
      x[letter] = kRows[r].offset + kKeyWidth * static_cast<int>(column);
    }
  }
  std::array<std::uint32_t, 26> neighbours{};
  for (std::size_t a = 0; a < 26; ++a) {
    for (std::size_t b = 0; b < 26; ++b) {
      const int dx = x[a] > x[b] ? x[a] - x[b] : x[b] - x[a];
      const int dr = row[a] > row[b] ? row[a] - row[b] : row[b] - row[a];
      if ((dr == 0 && dx == kKeyWidth) || (dr == 1 && dx < kKeyWidth)) {
        neighbours[a] |= std::uint32_t{1} << b;
      }
    }
  }
  return neighbours;
}
constexpr std::array<std::uint32_t, 26> kNeighbours = compute_neighbours();

}  // namespace

bool keys_adjacent(char32_t a, char32_t b) {
  if (a < U'a' || a > U'z' || b < U'a' || b > U'z') return false;
  return ((kNeighbours[a - U'a'] >> (b - U'a')) & 1U) != 0;
}

}  // namespace nib::spell::suggest_internal
