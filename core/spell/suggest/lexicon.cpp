#include "spell/suggest/lexicon.hpp"

#include <cmath>
#include <optional>

#include "spell/suggest/letters.hpp"
#include "text/utf8.hpp"

namespace nib::spell {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A plain decimal number ("12", "0.5", "3e-4"); locale-free, unlike strtof, and available in
// Emscripten's libc++, unlike std::from_chars for floats.
std::optional<float> parse_frequency(std::string_view text) {
  double value = 0.0;
  std::size_t at = 0;
  std::size_t digits = 0;
  for (; at < text.size() && is_digit(text[at]); ++at, ++digits) {
    value = value * 10.0 + (text[at] - '0');
  }
  if (at < text.size() && text[at] == '.') {
    double scale = 0.1;
    for (++at; at < text.size() && is_digit(text[at]); ++at, ++digits, scale /= 10.0) {
      value += (text[at] - '0') * scale;
    }
  }
  if (digits == 0) return std::nullopt;
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    const bool negative = at < text.size() && text[at] == '-';
    if (at < text.size() && (text[at] == '-' || text[at] == '+')) ++at;
    int exponent = 0;
    std::size_t exponent_digits = 0;
    for (; at < text.size() && is_digit(text[at]); ++at, ++exponent_digits) {
      if (exponent < 1000) exponent = exponent * 10 + (text[at] - '0');
    }
    if (exponent_digits == 0) return std::nullopt;
    value *= std::pow(10.0, negative ? -exponent : exponent);
  }
  if (at != text.size()) return std::nullopt;
  const auto frequency = static_cast<float>(value);
  if (!std::isfinite(frequency) || frequency <= 0.0f) return std::nullopt;
  return frequency;
}

bool is_plain_word(std::string_view word) {
  if (word.empty()) return false;
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20U || byte == 0x7FU) return false;  // spaces and control characters
  }
  return text::is_valid_utf8(word);
}

std::string_view trim_end(std::string_view text) {
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::vector<LexiconEntry> parse_lexicon(std::string_view text) {
  std::vector<LexiconEntry> entries;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = trim_end(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string_view word = line.substr(0, tab);
    const std::optional<float> frequency = parse_frequency(line.substr(tab + 1));
    if (!frequency || !is_plain_word(word)) continue;
    entries.push_back({std::string(word), *frequency});
  }
  return entries;
}

}  // namespace nib::spell
