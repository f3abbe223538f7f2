#pragma once
// Internal to the text module: the recognisers behind find_protected_spans. Each looks at the text
// from byte `at` and reports the end of the span it recognises there.
#include <cstddef>
#include <string_view>

#include "text/utf8.hpp"

namespace nib::text::detail {

struct Scan {
  std::size_t end = 0;  // end of the recognised span; 0 when nothing was recognised
  // On a miss: no start before this byte can succeed either, because it would scan the same
  // characters to the same verdict. Remembering it keeps the whole search linear.
  std::size_t retry_from = 0;

  bool matched() const { return end != 0; }
};

inline Scan miss(std::size_t retry_from = 0) { return {0, retry_from}; }

// The code point at `at`, or U+0000 past the end (repaired text holds no NUL), so scanners can look
// ahead without bounds checks.
inline char32_t peek(std::string_view text, std::size_t at) {
  return at < text.size() ? decode_at(text, at).value : U'\0';
}
inline std::size_t next(std::string_view text, std::size_t at) {
  return at + decode_at(text, at).length;
}

// Full emoji sequences, starting at a pictograph, skin tone, regional indicator or keycap base.
Scan scan_emoji(std::string_view text, std::size_t at);
// `code` or ``code`` on one line, or a ``` fenced block; `at` is on a backtick.
Scan scan_inline_code(std::string_view text, std::size_t at);
// scheme://… and www.…; `at` starts a word.
Scan scan_prefixed_url(std::string_view text, std::size_t at);
// exampel.com, exampel.com/path: a host whose last label is a known TLD; `at` starts a word.
Scan scan_bare_domain(std::string_view text, std::size_t at);
// name@host.tld; `at` starts a word.
Scan scan_email(std::string_view text, std::size_t at);
// Host name from `at`: at least two labels, the last all ASCII letters. Returns its end or 0.
std::size_t scan_any_host(std::string_view text, std::size_t at);
// @user or @user@host.tld; `at` is on the '@'.
Scan scan_mention(std::string_view text, std::size_t at);
// #tag in any script; `at` is on the '#'.
Scan scan_hashtag(std::string_view text, std::size_t at);
// $TSLA; `at` is on the '$'.
Scan scan_cashtag(std::string_view text, std::size_t at);
// Numbers, prices, percentages, times, ordinals, dates, phone numbers and versions.
Scan scan_number(std::string_view text, std::size_t at);
// NASA, USB-C; `at` is on a capital that starts a word.
Scan scan_acronym(std::string_view text, std::size_t at);

}  // namespace nib::text::detail
