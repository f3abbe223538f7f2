#pragma once
// The model's input vocabulary: one key per line, id = line number. The first three lines are the
// reserved <pad>, <unk> and <s> the recipe writes.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace nib::grammar {

class Vocabulary {
 public:
  static constexpr std::int32_t kPad = 0;
  static constexpr std::int32_t kUnknown = 1;
  static constexpr std::int32_t kStart = 2;

  // Throws nib::Error("invalid_model", ...) when the reserved lines are missing.
  static Vocabulary parse(std::string_view lines);

  std::int32_t id(std::string_view key) const;
  std::size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, std::int32_t> ids_;
};

}  // namespace nib::grammar
