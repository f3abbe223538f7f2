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
  const nib::test::TinyModel tiny;
  const auto model = ToneModel::parse(tiny.bytes());
  CHECK(model.members() == 1);
  CHECK(model.rows() == 4);
  // Row 0 alone: pooled (1.27, 0): logits (12.7, 0, -12.7).
  const std::vector<std::uint32_t> formal{tiny.feature_in_row(0)};
  const auto reading = model.read(formal);
  const auto& f = reading[Dimension::formality];
  CHECK(f.label == 0);
  CHECK(f.probabilities[0] == doctest::Approx(1 / (1 + std::exp(-12.7) + std::exp(-25.4))));
  CHECK(f.lean() > 0.99);
  // Rows 0 and 2 cancel: every class equally likely.
  const std::vector<std::uint32_t> even{tiny.feature_in_row(0), tiny.feature_in_row(2)};
  CHECK(model.read(even)[Dimension::formality].probabilities[1] == doctest::Approx(1.0 / 3));
  // No features reads neutral-even.
  CHECK(model.read({})[Dimension::sentiment].score() == doctest::Approx(1.0 / 3));
}

TEST_CASE("each member reads a feature in its own row, and the heads see every member's pool") {
  nib::test::TinyModel two;
  two.members = 2;
  two.width = 1;
  two.values = {127, 0, -127, 0, /* member 1: */ 0, 127, 0, 0};
  two.scales.assign(8, 0.01f);
  // Class 0 weights over (mean m0, mean m1, max m0, max m1): the heads read member 1's mean.
  two.head = {0, 10, 0, 0, 0, 0, 0, 0, 0, -10, 0, 0};
  const auto model = ToneModel::parse(two.bytes());
  CHECK(model.members() == 2);
  // Row 0 of member 0 (+x there) but row 1 of member 1 (+x there): member 1 pushes formal.
  const std::vector<std::uint32_t> pushed{nib::test::TinyModel::feature_in_rows({0, 1}, 4)};
  CHECK(model.read(pushed)[Dimension::formality].probabilities[0] ==
        doctest::Approx(1 / (1 + std::exp(-12.7) + std::exp(-25.4))));
  // Row 1 of member 0, row 0 of member 1 (zero there): the head reads nothing.
  const std::vector<std::uint32_t> unread{nib::test::TinyModel::feature_in_rows({1, 0}, 4)};
  CHECK(model.read(unread)[Dimension::formality].probabilities[0] == doctest::Approx(1.0 / 3));
  // Reading member 0's mean instead: the first feature's row 0 there is +x.
  two.head = {10, 0, 0, 0, 0, 0, 0, 0, -10, 0, 0, 0};
  CHECK(ToneModel::parse(two.bytes()).read(pushed)[Dimension::formality].label == 0);
  CHECK(ToneModel::parse(two.bytes()).read(unread)[Dimension::formality].probabilities[0] ==
        doctest::Approx(1.0 / 3));
}

TEST_CASE("the maximum keeps one strong feature from being diluted by many weak ones") {
  nib::test::TinyModel tiny;
  tiny.head = {0, 0, 10, 0, 0, 0, 0, 0, 0, 0, -10, 0};  // the heads read the maximum's x
  const auto zero = tiny.feature_in_row(3);
  const std::vector<std::uint32_t> diluted{tiny.feature_in_row(0), zero, zero, zero};
  // Mean x 0.3175, maximum x 1.27: a mean-only head sees a quarter of the cue, this one all of it.
  const auto by_max = ToneModel::parse(tiny.bytes()).read(diluted)[Dimension::politeness];
  CHECK(by_max.probabilities[0] == doctest::Approx(1 / (1 + std::exp(-12.7) + std::exp(-25.4))));
  const auto by_mean =
      ToneModel::parse(nib::test::TinyModel{}.bytes()).read(diluted)[Dimension::politeness];
  CHECK(by_mean.probabilities[0] == doctest::Approx(1 / (1 + std::exp(-3.175) + std::exp(-6.35))));
  // The maximum of negative rows is negative, not zero: row 2 alone reads the other pole.
  const std::vector<std::uint32_t> negative{tiny.feature_in_row(2)};
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
  const std::vector<std::uint32_t> formal{tiny.feature_in_row(0)};
  const auto reading = model.read(formal);
  const auto& f = reading[Dimension::formality];
  CHECK(f.label == 0);
  CHECK(f.probabilities[0] == doctest::Approx(1 / (1 + std::exp(-3.175) + std::exp(-6.35))));
}

TEST_CASE("malformed model files are refused") {
  const std::string good = nib::test::TinyModel{}.bytes();
  CHECK_THROWS_AS(ToneModel::parse("NOTTONE1" + good.substr(8)), nib::Error);
  // Previous layouts (heads over the mean alone; no valence list; one scattering for all members)
  // are refused, not misread.
  for (const char* old : {"NIBTONE1", "NIBTONE2", "NIBTONE3"}) {
    CHECK_THROWS_AS(ToneModel::parse(old + good.substr(8)), nib::Error);
  }
  CHECK_THROWS_AS(ToneModel::parse(good.substr(0, good.size() - 1)), nib::Error);
  CHECK_THROWS_AS(ToneModel::parse(good + "x"), nib::Error);
  CHECK_THROWS_AS(ToneModel::parse(""), nib::Error);
  nib::test::TinyModel zero;
  zero.rows = 0;
  CHECK_THROWS_AS(ToneModel::parse(zero.bytes()), nib::Error);
  nib::test::TinyModel nobody;
  nobody.members = 0;
  CHECK_THROWS_AS(ToneModel::parse(nobody.bytes()), nib::Error);
  nib::test::TinyModel crowd;
  crowd.members = 17;
  CHECK_THROWS_AS(ToneModel::parse(crowd.bytes()), nib::Error);
  nib::test::TinyModel huge;  // sizes whose product would overflow 32 bits
  huge.members = 16;
  huge.rows = 1u << 22;
  huge.width = 512;
  CHECK_THROWS_AS(ToneModel::parse(huge.bytes()), nib::Error);
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
