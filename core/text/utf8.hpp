#pragma once
// UTF-8 handling for the core: repairing untrusted bytes, decoding, and mapping byte offsets to
// UTF-16 code-unit offsets (JavaScript string indices), which is what the API reports.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nib::text {

// Invalid UTF-8 (bad sequences, overlongs, encoded surrogates, > U+10FFFF) and NUL are each
// replaced by U+FFFD, one per maximal invalid subpart, so every later stage sees valid text. A host
// that passes JavaScript strings never loses offsets: a lone surrogate (1 UTF-16 unit) arrives as
// U+FFFD (1 unit) and NUL (1 unit) becomes U+FFFD (1 unit).
struct RepairedText {
  std::string text;
  std::size_t replacements = 0;
};
RepairedText repair_utf8(std::string_view bytes);

// True exactly when repair_utf8 would change nothing, so NUL counts as invalid here.
bool is_valid_utf8(std::string_view bytes);

struct CodePoint {
  char32_t value;
  std::uint8_t length;  // bytes it occupies
};
// Decodes the code point at byte `at` of valid UTF-8 (at < text.size()).
CodePoint decode_at(std::string_view text, std::size_t at);
// Decodes the code point that ends at byte `end` of valid UTF-8 (end > 0).
CodePoint decode_before(std::string_view text, std::size_t end);
void append_utf8(std::string& out, char32_t cp);

// Byte offset -> UTF-16 offset for every code-point boundary of a valid UTF-8 text.
class Utf16Offsets {
 public:
  explicit Utf16Offsets(std::string_view utf8);
  // byte_offset must be a code-point boundary in [0, size]; otherwise the offset of the boundary
  // before it is returned.
  std::uint32_t at(std::size_t byte_offset) const;
  std::uint32_t utf16_length() const { return offsets_.back(); }

 private:
  std::vector<std::uint32_t> offsets_;  // one per byte, plus the end
};

}  // namespace nib::text
