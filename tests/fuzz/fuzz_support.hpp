#pragma once
// What the fuzz targets share: the real dictionaries, lexicon and model files loaded once (the
// core does no I/O, so the harness reads them), a byte reader over the fuzz input, and a check
// that stops the run on a broken invariant so that libFuzzer keeps the input that broke it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api/api.hpp"

namespace nib::fuzz {

std::string read_file(const std::string& path);

// The Api every API-level target uses: en-US from Debian's hunspell-en-us, the lexicon from
// build/assets (scripts/build.sh makes it), the shipped model's text files.
api::Api& loaded_api();

// Lines in the shipped model's tag list: the decoder target draws tag indexes around it.
std::size_t tag_count();

[[noreturn]] inline void fail(std::string_view what, std::string_view detail = {}) {
  std::fprintf(stderr, "invariant broken: %.*s %.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

inline void require(bool holds, std::string_view what, std::string_view detail = {}) {
  if (!holds) fail(what, detail);
}

// Reads the fuzz input front to back; past its end it answers zeros, so every input is usable.
class ByteReader {
 public:
  explicit ByteReader(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
  std::uint8_t byte() { return at_ < bytes_.size() ? bytes_[at_++] : 0; }
  std::uint16_t word() { return static_cast<std::uint16_t>(byte() << 8 | byte()); }
  std::string_view take(std::size_t count);
  std::string_view rest() { return take(bytes_.size()); }
  bool empty() const { return at_ >= bytes_.size(); }

 private:
  std::span<const std::uint8_t> bytes_;
  std::size_t at_ = 0;
};

// Checks a check/finish answer: valid JSON object; an error has a code and message; otherwise
// every suggestion lies inside the text on UTF-16 code-point boundaries and quotes the text it
// covers.
nlohmann::json check_answer(std::string_view answer, std::string_view text_utf8);
// A rewrite answer: every candidate's edits lie in the text, in order, and give its text.
nlohmann::json check_rewrite_answer(std::string_view answer, std::string_view text_utf8);

}  // namespace nib::fuzz
