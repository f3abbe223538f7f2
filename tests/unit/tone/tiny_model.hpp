#pragma once
// A tone model file written in the test: a few buckets whose rows push one head each, so the
// model's arithmetic (mean and maximum of dequantized rows, heads, temperature) can be checked by
// hand, and a two-word valence list.
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace nib::test {

struct TinyModel {
  std::uint32_t buckets = 4;
  std::uint32_t dim = 2;
  std::vector<std::int8_t> rows{127, 0, 0, 127, -127, 0, 0, 0};  // bucket 0: +x, 1: +y, 2: -x
  std::vector<float> scales{0.01f, 0.01f, 0.01f, 0.01f};
  // Each head: class 0 weights (mean x, mean y, max x, max y), class 1, class 2; then bias,
  // temperature. By default the heads read the mean's x only.
  std::vector<float> head{10, 0, 0, 0, 0, 0, 0, 0, -10, 0, 0, 0};
  float temperature = 1;
  // The valence list after the heads: (word, score) pairs, written as length, bytes, score.
  std::vector<std::pair<std::string, int>> valence{{"good", 3}, {"bad", -3}};

  std::string bytes() const {
    std::string out = "NIBTONE3";
    const auto put = [&](const void* data, std::size_t size) {
      out.append(static_cast<const char*>(data), size);
    };
    put(&buckets, 4);
    put(&dim, 4);
    put(rows.data(), rows.size());
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
};

}  // namespace nib::test
