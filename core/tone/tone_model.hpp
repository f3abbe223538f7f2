#pragma once
// The tone model: a bag of hashed features (features.hpp) looked up in an int8 embedding and pooled
// twice, by mean and by maximum (so one strong cue such as an insult is not diluted by a long
// post), then one small softmax head per dimension over both, temperature-scaled on held-out data
// so scores are calibrated. Fast enough to read every post on every check (microseconds).
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tone/dimensions.hpp"
#include "tone/valence.hpp"

namespace nib::tone {

struct DimensionReading {
  std::array<double, kLabelCount> probabilities{};  // pole, neutral, other pole; sum to 1
  std::size_t label = kNeutral;                     // the most probable

  double score() const { return probabilities[label]; }
  // From -1 (all other pole) to +1 (all pole): the direction a rewrite moves.
  double lean() const { return probabilities[kPole] - probabilities[kOtherPole]; }
};

struct ToneReading {
  std::array<DimensionReading, kDimensionCount> dimensions;
  const DimensionReading& operator[](Dimension d) const {
    return dimensions[static_cast<std::size_t>(d)];
  }
};

class ToneModel {
 public:
  // The binary file models/tone/tone.bin (see the recipe's tone/package.py for its layout).
  // Throws nib::Error("invalid_model", …) on anything malformed.
  static ToneModel parse(std::string_view data);

  std::uint32_t buckets() const { return buckets_; }
  // The valence list its features were computed with (tone_features needs it).
  const ValenceLexicon& valence() const { return valence_; }
  ToneReading read(std::span<const std::uint32_t> features) const;

 private:
  struct Head {
    std::vector<float> weights;  // kLabelCount rows of 2 * dim_: over the mean, then the maximum
    std::array<float, kLabelCount> bias{};
    float temperature = 1;
  };

  std::uint32_t buckets_ = 0;
  std::uint32_t dim_ = 0;
  std::vector<std::int8_t> embeddings_;  // buckets_ rows of dim_
  std::vector<float> scales_;            // one per row
  std::array<Head, kDimensionCount> heads_;
  ValenceLexicon valence_;
};

}  // namespace nib::tone
