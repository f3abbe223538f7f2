// Social-media handles: @mentions (with an optional Mastodon @host), #hashtags and $cashtags. The
// caller only tries them where the sigil does not sit inside a word (C#, a@b).
#include "text/char_class.hpp"
#include "text/scan.hpp"

namespace nib::text::detail {
namespace {

std::size_t skip_word_chars(std::string_view text, std::size_t at) {
  while (continues_word(peek(text, at))) at = next(text, at);
  return at;
}

}  // namespace

Scan scan_mention(std::string_view text, std::size_t at) {
  std::size_t end = skip_word_chars(text, at + 1);
  if (end == at + 1) return miss();
  // Inner dots and hyphens belong to handles (@jane.doe, @user.bsky.social); a final one does not.
  while ((peek(text, end) == '.' || peek(text, end) == '-') &&
         continues_word(peek(text, end + 1))) {
    end = skip_word_chars(text, end + 1);
  }
  if (peek(text, end) == '@') {
    if (const std::size_t host_end = scan_any_host(text, end + 1); host_end != 0) end = host_end;
  }
  return {end, 0};
}

Scan scan_hashtag(std::string_view text, std::size_t at) {
  const std::size_t end = skip_word_chars(text, at + 1);
  return end > at + 1 ? Scan{end, 0} : miss();
}

Scan scan_cashtag(std::string_view text, std::size_t at) {
  constexpr std::size_t kMaxSymbol = 6;
  std::size_t end = at + 1;
  while (end < text.size() && end - at <= kMaxSymbol &&
         is_ascii_upper(static_cast<unsigned char>(text[end]))) {
    ++end;
  }
  if (end == at + 1 || continues_word(peek(text, end))) return miss();
  return {end, 0};
}

}  // namespace nib::text::detail
