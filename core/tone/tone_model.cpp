#include "tone/tone_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "errors/error.hpp"

namespace nib::tone {
namespace {

constexpr std::string_view kMagic = "NIBTONE3";
constexpr std::uint32_t kMaxValenceWords = 100000;
constexpr std::uint32_t kMaxBuckets = 1u << 22;
constexpr std::uint32_t kMaxDim = 512;

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
  model.buckets_ = reader.u32();
  model.dim_ = reader.u32();
  if (model.buckets_ == 0 || model.buckets_ > kMaxBuckets || model.dim_ == 0 ||
      model.dim_ > kMaxDim) {
    throw Error("invalid_model", "the tone model's sizes are out of range");
  }
  model.embeddings_.resize(std::size_t{model.buckets_} * model.dim_);
  reader.read(std::span(model.embeddings_));
  model.scales_.resize(model.buckets_);
  reader.read(std::span(model.scales_));
  for (auto& head : model.heads_) {
    head.weights.resize(kLabelCount * 2 * std::size_t{model.dim_});
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
  // pooled[0, dim) is the mean of the rows, pooled[dim, 2 dim) their maximum; no features: zeros.
  std::vector<float> pooled(2 * std::size_t{dim_}, 0.0f);
  const std::span<float> mean(pooled.data(), dim_);
  const std::span<float> maximum(pooled.data() + dim_, dim_);
  std::size_t used = 0;
  for (const auto id : features) {
    if (id >= buckets_) continue;
    const float scale = scales_[id];
    const std::int8_t* row = embeddings_.data() + std::size_t{id} * dim_;
    for (std::uint32_t k = 0; k < dim_; ++k) {
      const float value = scale * static_cast<float>(row[k]);
      mean[k] += value;
      maximum[k] = used == 0 ? value : std::max(maximum[k], value);
    }
    ++used;
  }
  if (used > 0) {
    for (auto& v : mean) v /= static_cast<float>(used);
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
