#pragma once
// The four tone dimensions and their labels, spelled as the API reports them. Each dimension has
// three labels: a positive pole, neutral, and a negative pole (in that order in the model's heads).
#include <array>
#include <cstddef>
#include <string_view>

namespace nib::tone {

enum class Dimension : std::size_t { formality, politeness, confidence, sentiment };
inline constexpr std::size_t kDimensionCount = 4;
inline constexpr std::size_t kLabelCount = 3;

struct DimensionNames {
  std::string_view name;
  std::array<std::string_view, kLabelCount> labels;  // pole, neutral, other pole
};

inline constexpr std::array<DimensionNames, kDimensionCount> kDimensions{{
    {"formality", {"formal", "neutral", "casual"}},
    {"politeness", {"polite", "neutral", "rude"}},
    {"confidence", {"confident", "neutral", "tentative"}},
    {"sentiment", {"positive", "neutral", "negative"}},
}};

inline constexpr std::size_t kPole = 0;
inline constexpr std::size_t kNeutral = 1;
inline constexpr std::size_t kOtherPole = 2;

constexpr const DimensionNames& names(Dimension d) {
  return kDimensions[static_cast<std::size_t>(d)];
}

}  // namespace nib::tone
