#pragma once
// A tone model file written in the test: a few rows that push one head each, so the model's
// arithmetic (each member's rows pooled by mean and maximum, heads, temperature) can be checked by
// hand, and a two-word valence list. The tests name rows; the model reads feature hashes, so
// feature_in_row finds a hash that every member scatters to the row named.
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "tone/features.hpp"

namespace nib::test {

struct TinyModel {
  std::uint32_t members = 1;
  std::uint32_t rows = 4;  // per member
  std::uint32_t width = 2;
  // Member by member, row by row: row 0 is +x, 1 is +y, 2 is -x, 3 is zero.
  std::vector<std::int8_t> values{127, 0, 0, 127, -127, 0, 0, 0};
  std::vector<float> scales{0.01f, 0.01f, 0.01f, 0.01f};
  // Each head: class 0 weights (the members' mean x and y side by side, then their maxima),
  // class 1, class 2; then bias, temperature. By default the heads read the mean's x only.
  std::vector<float> head{10, 0, 0, 0, 0, 0, 0, 0, -10, 0, 0, 0};
  float temperature = 1;
  // The valence list after the heads: (word, score) pairs, written as length, bytes, score.
  std::vector<std::pair<std::string, int>> valence{{"good", 3}, {"bad", -3}};

  std::string bytes() const {
    std::string out = "NIBTONE4";
    const auto put = [&](const void* data, std::size_t size) {
      out.append(static_cast<const char*>(data), size);
    };
    put(&members, 4);
    put(&rows, 4);
    put(&width, 4);
    put(values.data(), values.size());
    put(scales.data(), scales.size() * 4);
    const float bias[3] = {0, 0, 0};
    for (int d = 0; d < 4; ++d) {
      put(head.data(), head.size() * 4);
      put(bias, sizeof bias);
      put(&temperature, 4);
    }
    const auto words = static_cast<std::uint32_t>(valence.size());
    put(&words, 4);
    for (const auto& [word, score] : valence) {
      out.push_back(static_cast<char>(word.size()));
      out += word;
      out.push_back(static_cast<char>(static_cast<signed char>(score)));
    }
    return out;
  }

  // A feature hash that lands in `row_of_member[m]` of member m's table, for every member.
  static std::uint32_t feature_in_rows(const std::vector<std::uint32_t>& row_of_member,
                                       std::uint32_t rows) {
    for (std::uint32_t feature = 0;; ++feature) {
      bool all = true;
      for (std::uint32_t m = 0; m < row_of_member.size() && all; ++m) {
        all = tone::member_row(feature, m, rows) == row_of_member[m];
      }
      if (all) return feature;
    }
  }
  std::uint32_t feature_in_row(std::uint32_t row) const {
    return feature_in_rows(std::vector<std::uint32_t>(members, row), rows);
  }
};

}  // namespace nib::test
