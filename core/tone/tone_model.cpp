#include "tone/tone_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "errors/error.hpp"
#include "tone/features.hpp"

namespace nib::tone {
namespace {

constexpr std::string_view kMagic = "NIBTONE4";
constexpr std::uint32_t kMaxValenceWords = 100000;
constexpr std::uint32_t kMaxMembers = 16;
constexpr std::uint32_t kMaxRows = 1u << 22;
constexpr std::uint32_t kMaxWidth = 512;
constexpr std::uint64_t kMaxTableBytes = 1u << 28;

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  template <typename T, std::size_t N>
  void read(std::span<T, N> out) {
    const std::size_t bytes = out.size_bytes();
    if (data_.size() - at_ < bytes)
      throw Error("invalid_model", "the tone model file is truncated");
    std::memcpy(out.data(), data_.data() + at_, bytes);
    at_ += bytes;
  }
  std::uint32_t u32() {
    std::uint32_t value = 0;
    read(std::span(&value, 1));
    return value;
  }
  float f32() {
    float value = 0;
    read(std::span(&value, 1));
    return value;
  }
  std::string_view bytes(std::size_t count) {
    if (data_.size() - at_ < count)
      throw Error("invalid_model", "the tone model file is truncated");
    const auto out = data_.substr(at_, count);
    at_ += count;
    return out;
  }
  bool done() const { return at_ == data_.size(); }

 private:
  std::string_view data_;
  std::size_t at_ = 0;
};

}  // namespace

ToneModel ToneModel::parse(std::string_view data) {
  if (!data.starts_with(kMagic)) throw Error("invalid_model", "not a Nib tone model (magic)");
  Reader reader(data.substr(kMagic.size()));
  ToneModel model;
  model.members_ = reader.u32();
  model.rows_ = reader.u32();
  model.width_ = reader.u32();
  const auto table_rows = std::uint64_t{model.members_} * model.rows_;
  if (model.members_ == 0 || model.members_ > kMaxMembers || model.rows_ == 0 ||
      model.rows_ > kMaxRows || model.width_ == 0 || model.width_ > kMaxWidth ||
      table_rows * model.width_ > kMaxTableBytes) {
    throw Error("invalid_model", "the tone model's sizes are out of range");
  }
  model.embeddings_.resize(table_rows * model.width_);
  reader.read(std::span(model.embeddings_));
  model.scales_.resize(table_rows);
  reader.read(std::span(model.scales_));
  for (auto& head : model.heads_) {
    head.weights.resize(kLabelCount * 2 * std::size_t{model.members_} * model.width_);
    reader.read(std::span(head.weights));
    reader.read(std::span(head.bias));
    head.temperature = reader.f32();
    if (!(head.temperature > 0.01f && head.temperature < 100.0f)) {
      throw Error("invalid_model", "a tone head's temperature is out of range");
    }
  }
  const auto words = reader.u32();
  if (words > kMaxValenceWords)
    throw Error("invalid_model", "the tone model's valence list is too long");
  for (std::uint32_t i = 0; i < words; ++i) {
    const auto length = static_cast<unsigned char>(reader.bytes(1)[0]);
    const auto word = reader.bytes(length);
    const auto score = static_cast<signed char>(reader.bytes(1)[0]);
    if (!model.valence_.add(word, score)) {
      throw Error("invalid_model", "the tone model's valence list holds a malformed entry");
    }
  }
  if (!reader.done()) throw Error("invalid_model", "the tone model file has trailing bytes");
  const auto finite = [](float v) { return std::isfinite(v); };
  if (!std::all_of(model.scales_.begin(), model.scales_.end(), finite) ||
      !std::all_of(model.heads_.begin(), model.heads_.end(), [&](const Head& h) {
        return std::all_of(h.weights.begin(), h.weights.end(), finite) &&
               std::all_of(h.bias.begin(), h.bias.end(), finite);
      })) {
    throw Error("invalid_model", "the tone model holds a non-finite number");
  }
  return model;
}

ToneReading ToneModel::read(std::span<const std::uint32_t> features) const {
  // pooled[0, dim) holds the members' means side by side, pooled[dim, 2 dim) their maxima, where
  // dim = members_ * width_; no features: zeros.
  const std::size_t dim = std::size_t{members_} * width_;
  std::vector<float> pooled(2 * dim, 0.0f);
  for (std::uint32_t m = 0; m < members_; ++m) {
    const std::span<float> mean(pooled.data() + std::size_t{m} * width_, width_);
    const std::span<float> maximum(pooled.data() + dim + std::size_t{m} * width_, width_);
    bool first = true;
    for (const auto feature : features) {
      const std::size_t row = std::size_t{m} * rows_ + member_row(feature, m, rows_);
      const float scale = scales_[row];
      const std::int8_t* values = embeddings_.data() + row * width_;
      for (std::uint32_t k = 0; k < width_; ++k) {
        const float value = scale * static_cast<float>(values[k]);
        mean[k] += value;
        maximum[k] = first ? value : std::max(maximum[k], value);
      }
      first = false;
    }
    if (!features.empty()) {
      for (auto& v : mean) v /= static_cast<float>(features.size());
    }
  }
  ToneReading reading;
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    const Head& head = heads_[d];
    std::array<double, kLabelCount> logits{};
    for (std::size_t c = 0; c < kLabelCount; ++c) {
      double sum = head.bias[c];
      const float* w = head.weights.data() + c * pooled.size();
      for (std::size_t k = 0; k < pooled.size(); ++k) sum += static_cast<double>(w[k]) * pooled[k];
      logits[c] = sum / head.temperature;
    }
    const double top = *std::max_element(logits.begin(), logits.end());
    double total = 0;
    auto& p = reading.dimensions[d].probabilities;
    for (std::size_t c = 0; c < kLabelCount; ++c) total += p[c] = std::exp(logits[c] - top);
    for (auto& v : p) v /= total;
    reading.dimensions[d].label =
        static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
  }
  return reading;
}

}  // namespace nib::tone
