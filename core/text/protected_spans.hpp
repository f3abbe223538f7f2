#pragma once
// Spans of a post that no checker may touch: they are not prose, or they are the writer's on
// purpose.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace nib::text {

enum class ProtectedKind : std::uint8_t {
  url,          // https://x.y/z, www.x.y, bare domains with a known TLD (exampel.com)
  email,        // name@host.tld
  mention,      // @jonh, @user@mastodon.social
  hashtag,      // #teh, #日本
  cashtag,      // $TSLA
  emoji,        // full sequences: ZWJ, skin tones, flags, keycaps, tag sequences, VS16
  inline_code,  // `code` and ```fenced blocks```
  number,       // 42, 3.14, 1,000, $5.99, 50%, 10:30, 3pm, 21st, 2024-01-31
  acronym,      // NASA, FAQ, USB-C (all capitals, two or more letters)
};
std::string_view to_string(ProtectedKind kind);

struct ProtectedSpan {
  std::size_t begin;  // byte offsets into the UTF-8 text
  std::size_t end;
  ProtectedKind kind;
};

// Sorted by begin, non-overlapping. `utf8` must be valid UTF-8 (see repair_utf8).
std::vector<ProtectedSpan> find_protected_spans(std::string_view utf8);

}  // namespace nib::text
