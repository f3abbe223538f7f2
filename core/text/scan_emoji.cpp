// Emoji sequences as UTS #51 builds them: a pictograph with presentation selectors and skin tones,
// flags from two regional indicators, keycaps, tag sequences (subdivision flags) and ZWJ chains of
// those. Text between two emoji is never swallowed: every step must see an emoji part.
#include "text/char_class.hpp"
#include "text/scan.hpp"

namespace nib::text::detail {
namespace {

constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kKeycap = 0x20E3;
constexpr char32_t kTextPresentation = 0xFE0E;
constexpr char32_t kEmojiPresentation = 0xFE0F;

bool is_tag(char32_t cp) { return cp >= 0xE0020 && cp <= 0xE007F; }

bool is_keycap_base(char32_t cp) { return is_ascii_digit(cp) || cp == '#' || cp == '*'; }

// Selectors, skin tones, keycap marks and tags that extend the emoji before them.
std::size_t skip_emoji_extenders(std::string_view text, std::size_t at) {
  for (;;) {
    const char32_t cp = peek(text, at);
    if (cp != kEmojiPresentation && cp != kTextPresentation && cp != kKeycap &&
        !is_emoji_modifier(cp) && !is_tag(cp)) {
      return at;
    }
    at = next(text, at);
  }
}

// One emoji without ZWJ links; returns `at` when there is none.
std::size_t scan_element(std::string_view text, std::size_t at, bool allow_keycap) {
  const char32_t cp = peek(text, at);
  if (is_regional_indicator(cp)) {
    const std::size_t after = next(text, at);
    return is_regional_indicator(peek(text, after)) ? next(text, after) : after;
  }
  if (allow_keycap && is_keycap_base(cp)) {
    std::size_t after = at + 1;
    if (peek(text, after) == kEmojiPresentation) after = next(text, after);
    return peek(text, after) == kKeycap ? next(text, after) : at;
  }
  if (is_extended_pictographic(cp) || is_emoji_modifier(cp)) {
    return skip_emoji_extenders(text, next(text, at));
  }
  return at;
}

}  // namespace

Scan scan_emoji(std::string_view text, std::size_t at) {
  std::size_t end = scan_element(text, at, true);
  if (end == at) return miss();
  while (peek(text, end) == kZeroWidthJoiner) {
    // A dangling joiner still belongs to the emoji: alone it would be an invisible stray.
    end = next(text, end);
    const std::size_t linked = scan_element(text, end, false);
    if (linked == end) break;
    end = linked;
  }
  return {end, 0};
}

}  // namespace nib::text::detail
