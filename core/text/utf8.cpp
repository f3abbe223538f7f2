#include "text/utf8.hpp"

#include <algorithm>

namespace nib::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

constexpr bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the valid sequence starting at `at`, or 0 when the bytes there are invalid; `subpart`
// then holds how many bytes form the maximal invalid subpart (at least 1). The allowed range of the
// second byte depends on the lead byte: that is what rules out overlongs, surrogates and > U+10FFFF
// (Unicode Standard, table 3-7).
std::size_t valid_sequence_length(std::string_view bytes, std::size_t at, std::size_t& subpart) {
  const auto lead = static_cast<unsigned char>(bytes[at]);
  subpart = 1;
  if (lead == 0x00) return 0;
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char second_low = 0x80;
  unsigned char second_high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_low = 0xA0;
    if (lead == 0xED) second_high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_low = 0x90;
    if (lead == 0xF4) second_high = 0x8F;
  } else {
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (at + i >= bytes.size()) return 0;
    const auto byte = static_cast<unsigned char>(bytes[at + i]);
    const unsigned char low = i == 1 ? second_low : 0x80;
    const unsigned char high = i == 1 ? second_high : 0xBF;
    if (byte < low || byte > high) return 0;
    subpart = i + 1;
  }
  return length;
}

}  // namespace

RepairedText repair_utf8(std::string_view bytes) {
  RepairedText result;
  result.text.reserve(bytes.size());
  std::size_t at = 0;
  while (at < bytes.size()) {
    std::size_t subpart = 1;
    const std::size_t length = valid_sequence_length(bytes, at, subpart);
    if (length == 0) {
      append_utf8(result.text, kReplacement);
      ++result.replacements;
      at += subpart;
    } else {
      result.text.append(bytes.substr(at, length));
      at += length;
    }
  }
  return result;
}

bool is_valid_utf8(std::string_view bytes) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    std::size_t subpart = 1;
    const std::size_t length = valid_sequence_length(bytes, at, subpart);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

CodePoint decode_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {kReplacement, 0};
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {lead, 1};
  std::uint8_t length = 0;
  char32_t value = 0;
  if (lead >= 0xF8) {
    return {kReplacement, 1};  // never a lead byte: only reachable on invalid input
  }
  if (lead >= 0xF0) {
    length = 4;
    value = lead & 0x07U;
  } else if (lead >= 0xE0) {
    length = 3;
    value = lead & 0x0FU;
  } else if (lead >= 0xC0) {
    length = 2;
    value = lead & 0x1FU;
  } else {
    return {kReplacement, 1};  // a stray continuation byte
  }
  if (at + length > text.size()) return {kReplacement, 1};
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[at + i]);
    if (!is_continuation(byte)) return {kReplacement, 1};
    value = (value << 6) | (byte & 0x3FU);
  }
  return {value, length};
}

CodePoint decode_before(std::string_view text, std::size_t end) {
  if (end == 0 || end > text.size()) return {kReplacement, 0};
  std::size_t begin = end - 1;
  // A code point is at most 4 bytes, so at most 3 continuation bytes precede its end.
  while (begin > 0 && end - begin < 4 && is_continuation(static_cast<unsigned char>(text[begin]))) {
    --begin;
  }
  const CodePoint cp = decode_at(text, begin);
  if (begin + cp.length != end) return {kReplacement, 1};
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  const auto byte = [](char32_t bits) {
    return static_cast<char>(static_cast<unsigned char>(bits));
  };
  if (cp < 0x80) {
    out.push_back(byte(cp));
  } else if (cp < 0x800) {
    out.push_back(byte(0xC0 | (cp >> 6)));
    out.push_back(byte(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(byte(0xE0 | (cp >> 12)));
    out.push_back(byte(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(byte(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(byte(0xF0 | (cp >> 18)));
    out.push_back(byte(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(byte(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(byte(0x80 | (cp & 0x3F)));
  }
}

Utf16Offsets::Utf16Offsets(std::string_view utf8) : offsets_(utf8.size() + 1) {
  std::uint32_t units = 0;
  std::size_t at = 0;
  while (at < utf8.size()) {
    const CodePoint cp = decode_at(utf8, at);
    const std::size_t end = std::min(utf8.size(), at + std::max<std::size_t>(cp.length, 1));
    // Bytes inside a code point map to its start, so a misaligned offset rounds down.
    std::fill(offsets_.begin() + static_cast<std::ptrdiff_t>(at),
              offsets_.begin() + static_cast<std::ptrdiff_t>(end), units);
    units += cp.value >= 0x10000 ? 2U : 1U;
    at = end;
  }
  offsets_.back() = units;
}

std::uint32_t Utf16Offsets::at(std::size_t byte_offset) const {
  return offsets_[std::min(byte_offset, offsets_.size() - 1)];
}

}  // namespace nib::text
