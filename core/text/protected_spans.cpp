// One left-to-right pass: at each code point the recognisers are tried in a fixed order and the
// first match becomes a span, so spans come out sorted and never overlap. Recognisers that can
// scan far and still miss report where a retry could first succeed; remembering that per
// recogniser keeps the pass linear on any input.
#include "text/protected_spans.hpp"

#include <utility>

#include "text/char_class.hpp"
#include "text/scan.hpp"

namespace nib::text {
namespace {

using detail::Scan;

class SpanFinder {
 public:
  explicit SpanFinder(std::string_view text) : text_(text) {}

  std::vector<ProtectedSpan> run() {
    std::size_t at = 0;
    while (at < text_.size()) {
      const std::size_t end = match_at(at);
      at = end > at ? end : detail::next(text_, at);
    }
    return std::move(spans_);
  }

 private:
  // Tries every recogniser at `at`; returns the end of the span it added, or `at`.
  std::size_t match_at(std::size_t at) {
    const char32_t cp = detail::peek(text_, at);
    if (cp == '`') {
      const Scan code = detail::scan_inline_code(text_, at);
      if (code.matched()) return add(at, code.end, ProtectedKind::inline_code);
      return code.retry_from;  // the rest of an unclosed backtick run is no opener either
    }
    if (const Scan emoji = detail::scan_emoji(text_, at); emoji.matched()) {
      return add(at, emoji.end, ProtectedKind::emoji);
    }
    // Everything below starts a word, or sits where a word could start (#tag, not C#).
    if (at > 0 && continues_word(decode_before(text_, at).value)) return at;
    if (const Scan url = detail::scan_prefixed_url(text_, at); url.matched()) {
      return add(at, url.end, ProtectedKind::url);
    }
    if (const Scan email = memoized(detail::scan_email, at, email_retry_); email.matched()) {
      return add(at, email.end, ProtectedKind::email);
    }
    if (const Scan url = memoized(detail::scan_bare_domain, at, domain_retry_); url.matched()) {
      return add(at, url.end, ProtectedKind::url);
    }
    if (cp == '@') return try_add(detail::scan_mention(text_, at), at, ProtectedKind::mention);
    if (cp == '#') return try_add(detail::scan_hashtag(text_, at), at, ProtectedKind::hashtag);
    if (cp == '$') {
      if (const Scan tag = detail::scan_cashtag(text_, at); tag.matched()) {
        return add(at, tag.end, ProtectedKind::cashtag);
      }
    }
    if (const Scan number = memoized(detail::scan_number, at, number_retry_); number.matched()) {
      return add(at, number.end, ProtectedKind::number);
    }
    if (is_uppercase(cp)) {
      return try_add(memoized(detail::scan_acronym, at, acronym_retry_), at,
                     ProtectedKind::acronym);
    }
    return at;
  }

  // Runs `scan` unless an earlier miss showed it cannot succeed before `from`.
  Scan memoized(Scan (*scan)(std::string_view, std::size_t), std::size_t at, std::size_t& from) {
    if (at < from) return detail::miss();
    const Scan result = scan(text_, at);
    if (!result.matched()) from = result.retry_from;
    return result;
  }

  std::size_t try_add(const Scan& scan, std::size_t at, ProtectedKind kind) {
    return scan.matched() ? add(at, scan.end, kind) : at;
  }

  std::size_t add(std::size_t begin, std::size_t end, ProtectedKind kind) {
    spans_.push_back({begin, end, kind});
    return end;
  }

  std::string_view text_;
  std::vector<ProtectedSpan> spans_;
  std::size_t email_retry_ = 0;
  std::size_t domain_retry_ = 0;
  std::size_t number_retry_ = 0;
  std::size_t acronym_retry_ = 0;
};

}  // namespace

std::string_view to_string(ProtectedKind kind) {
  switch (kind) {
    case ProtectedKind::url:
      return "url";
    case ProtectedKind::email:
      return "email";
    case ProtectedKind::mention:
      return "mention";
    case ProtectedKind::hashtag:
      return "hashtag";
    case ProtectedKind::cashtag:
      return "cashtag";
    case ProtectedKind::emoji:
      return "emoji";
    case ProtectedKind::inline_code:
      return "inline_code";
    case ProtectedKind::number:
      return "number";
    case ProtectedKind::acronym:
      return "acronym";
  }
  return "unknown";
}

std::vector<ProtectedSpan> find_protected_spans(std::string_view utf8) {
  return SpanFinder(utf8).run();
}

}  // namespace nib::text
