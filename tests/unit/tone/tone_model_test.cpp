#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "errors/error.hpp"
#include "tiny_model.hpp"
#include "tone/tone_model.hpp"

using nib::tone::Dimension;
using nib::tone::ToneModel;

TEST_CASE("the model averages dequantized rows and applies each head with its temperature") {
  const auto model = ToneModel::parse(nib::test::TinyModel{}.bytes());
  CHECK(model.buckets() == 4);
  // Bucket 0 alone: pooled (1.27, 0): logits (12.7, 0, -12.7).
  const std::vector<std::uint32_t> formal{0};
  const auto reading = model.read(formal);
  const auto& f = reading[Dimension::formality];
  CHECK(f.label == 0);
  CHECK(f.probabilities[0] == doctest::Approx(1 / (1 + std::exp(-12.7) + std::exp(-25.4))));
  CHECK(f.lean() > 0.99);
  // Buckets 0 and 2 cancel: every class equally likely.
  const std::vector<std::uint32_t> even{0, 2};
  CHECK(model.read(even)[Dimension::formality].probabilities[1] == doctest::Approx(1.0 / 3));
  // Ids beyond the buckets are ignored; no features reads neutral-even.
  const std::vector<std::uint32_t> none{99};
  CHECK(model.read(none)[Dimension::sentiment].score() == doctest::Approx(1.0 / 3));
}

TEST_CASE("a temperature flattens the probabilities without changing the label") {
  nib::test::TinyModel tiny;
  tiny.temperature = 4;
  const auto model = ToneModel::parse(tiny.bytes());
  const std::vector<std::uint32_t> formal{0};
  const auto reading = model.read(formal);
  const auto& f = reading[Dimension::formality];
  CHECK(f.label == 0);
  CHECK(f.probabilities[0] == doctest::Approx(1 / (1 + std::exp(-3.175) + std::exp(-6.35))));
}

TEST_CASE("malformed model files are refused") {
  const std::string good = nib::test::TinyModel{}.bytes();
  CHECK_THROWS_AS(ToneModel::parse("NOTTONE1" + good.substr(8)), nib::Error);
  CHECK_THROWS_AS(ToneModel::parse(good.substr(0, good.size() - 1)), nib::Error);
  CHECK_THROWS_AS(ToneModel::parse(good + "x"), nib::Error);
  CHECK_THROWS_AS(ToneModel::parse(""), nib::Error);
  nib::test::TinyModel zero;
  zero.buckets = 0;
  CHECK_THROWS_AS(ToneModel::parse(zero.bytes()), nib::Error);
  nib::test::TinyModel cold;
  cold.temperature = 0;
  CHECK_THROWS_AS(ToneModel::parse(cold.bytes()), nib::Error);
  nib::test::TinyModel nan;
  nan.head[0] = std::numeric_limits<float>::quiet_NaN();
  CHECK_THROWS_AS(ToneModel::parse(nan.bytes()), nib::Error);
  try {
    ToneModel::parse(good.substr(0, 20));
  } catch (const nib::Error& error) {
    CHECK(error.code() == "invalid_model");
  }
}
