#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "errors/error.hpp"
#include "tiny_model.hpp"
#include "tone/tone_model.hpp"

using nib::tone::Dimension;
using nib::tone::ToneModel;

TEST_CASE("the model pools dequantized rows and applies each head with its temperature") {
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

TEST_CASE("the maximum keeps one strong feature from being diluted by many weak ones") {
  nib::test::TinyModel tiny;
  tiny.head = {0, 0, 10, 0, 0, 0, 0, 0, 0, 0, -10, 0};   // the heads read the maximum's x
  const std::vector<std::uint32_t> diluted{0, 3, 3, 3};  // bucket 3 is a zero row
  // Mean x 0.3175, maximum x 1.27: a mean-only head sees a quarter of the cue, this one all of it.
  const auto by_max = ToneModel::parse(tiny.bytes()).read(diluted)[Dimension::politeness];
  CHECK(by_max.probabilities[0] == doctest::Approx(1 / (1 + std::exp(-12.7) + std::exp(-25.4))));
  const auto by_mean =
      ToneModel::parse(nib::test::TinyModel{}.bytes()).read(diluted)[Dimension::politeness];
  CHECK(by_mean.probabilities[0] == doctest::Approx(1 / (1 + std::exp(-3.175) + std::exp(-6.35))));
  // The maximum of negative rows is negative, not zero: bucket 2 alone reads the other pole.
  const std::vector<std::uint32_t> negative{2};
  CHECK(ToneModel::parse(tiny.bytes()).read(negative)[Dimension::politeness].label == 2);
}

TEST_CASE("the model file's valence list is the one its features are read with") {
  const auto model = ToneModel::parse(nib::test::TinyModel{}.bytes());
  CHECK(model.valence().size() == 2);
  CHECK(model.valence().score("good") == 3);
  CHECK(model.valence().score("bad") == -3);
  CHECK(!model.valence().score("fine").has_value());
  nib::test::TinyModel none;
  none.valence.clear();
  CHECK(ToneModel::parse(none.bytes()).valence().size() == 0);
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
  // Previous layouts (heads over the mean alone; no valence list) are refused, not misread.
  CHECK_THROWS_AS(ToneModel::parse("NIBTONE1" + good.substr(8)), nib::Error);
  CHECK_THROWS_AS(ToneModel::parse("NIBTONE2" + good.substr(8)), nib::Error);
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
  nib::test::TinyModel shouting;
  shouting.valence = {{"GOOD", 3}};
  CHECK_THROWS_AS(ToneModel::parse(shouting.bytes()), nib::Error);
  nib::test::TinyModel extreme;
  extreme.valence = {{"good", 6}};
  CHECK_THROWS_AS(ToneModel::parse(extreme.bytes()), nib::Error);
  nib::test::TinyModel empty_word;
  empty_word.valence = {{"", 1}};
  CHECK_THROWS_AS(ToneModel::parse(empty_word.bytes()), nib::Error);
  try {
    ToneModel::parse(good.substr(0, 20));
  } catch (const nib::Error& error) {
    CHECK(error.code() == "invalid_model");
  }
}
