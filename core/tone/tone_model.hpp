#pragma once
// The tone model: a bag of hashed features (features.hpp) looked up in the int8 embedding tables
// of its members (each table scatters the features with its own seed: member_row) and pooled
// twice, by mean and by maximum (so one strong cue such as an insult is not diluted by a long
// post), then one small softmax head per dimension over all members' pools, temperature-scaled on
// held-out data so scores are calibrated. Fast enough to read every post on every check
// (microseconds).
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

  std::uint32_t members() const { return members_; }
  std::uint32_t rows() const { return rows_; }
  // The valence list its features were computed with (tone_features needs it).
  const ValenceLexicon& valence() const { return valence_; }
  // `features`: the hashes tone_features gives.
  ToneReading read(std::span<const std::uint32_t> features) const;

 private:
  struct Head {
    // kLabelCount rows of 2 * members_ * width_: over the members' means side by side, then their
    // maxima.
    std::vector<float> weights;
    std::array<float, kLabelCount> bias{};
    float temperature = 1;
  };

  std::uint32_t members_ = 0;
  std::uint32_t rows_ = 0;               // per member
  std::uint32_t width_ = 0;              // of each member's rows
  std::vector<std::int8_t> embeddings_;  // members_ tables of rows_ rows of width_
  std::vector<float> scales_;            // one per row (members_ * rows_)
  std::array<Head, kDimensionCount> heads_;
  ValenceLexicon valence_;
};

}  // namespace nib::tone
