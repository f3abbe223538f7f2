// URLs and e-mail addresses. A bare domain (exampel.com) counts only with a known TLD, so that a
// missing space after a full stop (home.it was fun) stays prose the spell checker can flag.
#include <algorithm>
#include <iterator>
#include <string>

#include "text/char_class.hpp"
#include "text/scan.hpp"

namespace nib::text::detail {
namespace {

// Sorted for binary search. Left out on purpose: TLDs that are everyday words glued to a previous
// sentence by a missing space (it, is, in, to, at, be, am, no, so, us, my, do).
constexpr std::string_view kKnownTlds[] = {
    "ai",      "app",  "art",  "au",     "biz",   "blog",  "br",    "ca",  "cc",  "ch",   "cloud",
    "club",    "cn",   "co",   "com",    "cz",    "de",    "dev",   "dk",  "edu", "es",   "eu",
    "fi",      "fm",   "fr",   "gg",     "gov",   "gr",    "hk",    "ie",  "il",  "info", "io",
    "jp",      "kr",   "link", "live",   "ly",    "me",    "media", "mil", "mx",  "net",  "news",
    "nl",      "nu",   "nz",   "online", "org",   "page",  "pl",    "pro", "pt",  "ru",   "se",
    "sg",      "sh",   "site", "social", "space", "store", "tech",  "tk",  "tv",  "tw",   "uk",
    "website", "wiki", "ws",   "xyz",    "zone"};
static_assert(std::is_sorted(std::begin(kKnownTlds), std::end(kKnownTlds)));

// A TLD as written in running text: all lower case, or all upper case.
bool is_known_tld(std::string_view label) {
  constexpr std::size_t kLongestTld = 8;
  if (label.size() > kLongestTld) return false;
  std::string lower;
  bool has_upper = false;
  bool has_lower = false;
  for (const char c : label) {
    const auto byte = static_cast<unsigned char>(c);
    if (!is_ascii_letter(byte)) return false;
    has_upper = has_upper || is_ascii_upper(byte);
    has_lower = has_lower || is_ascii_lower(byte);
    lower.push_back(static_cast<char>(byte | 0x20U));
  }
  if (has_upper && has_lower) return false;
  return std::binary_search(std::begin(kKnownTlds), std::end(kKnownTlds), std::string_view(lower));
}

bool is_any_tld(std::string_view label) {
  return label.size() >= 2 && std::all_of(label.begin(), label.end(), [](char c) {
           return is_ascii_letter(static_cast<unsigned char>(c));
         });
}

bool is_label_char(char32_t cp) { return is_word_char(cp) || cp == '-'; }

struct Host {
  std::size_t end = 0;        // end of the longest label chain ending in an accepted TLD; 0: none
  std::size_t chain_end = 0;  // end of all the labels scanned
};

// Labels separated by single dots; a dot not followed by a label ends the host (end of sentence).
template <typename TldTest>
Host scan_host(std::string_view text, std::size_t at, TldTest accept_tld) {
  Host host;
  std::size_t p = at;
  std::size_t labels = 0;
  for (;;) {
    const std::size_t label_begin = p;
    if (!is_word_char(peek(text, p))) break;  // labels do not start with a hyphen
    while (is_label_char(peek(text, p))) p = next(text, p);
    ++labels;
    host.chain_end = p;
    if (labels >= 2 && accept_tld(text.substr(label_begin, p - label_begin))) host.end = p;
    if (peek(text, p) != '.' || !is_word_char(peek(text, p + 1))) break;
    ++p;
  }
  return host;
}

bool stops_url(char32_t cp) {
  switch (cp) {
    case '<':
    case '>':
    case '"':
    case '`':
    case '{':
    case '}':
    case '|':
    case '\\':
    case '^':
      return true;
    default:
      break;
  }
  return cp == U'\0' || is_whitespace(cp) || is_control(cp) || is_format(cp) ||
         is_extended_pictographic(cp) || is_emoji_modifier(cp) ||
         (cp >= 0x80 && is_punctuation(cp));  // CJK full stops, curly quotes around the link
}

// Sentence punctuation after a link is prose; a closing bracket stays when it balances an opening
// one inside the link (https://en.wikipedia.org/wiki/Nib_(pen)).
std::size_t trim_url_end(std::string_view text, std::size_t begin, std::size_t end) {
  long parens = 0;
  long brackets = 0;
  for (std::size_t i = begin; i < end; ++i) {
    parens += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
    brackets += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
  }
  while (end > begin) {
    const char last = text[end - 1];
    if (last == ')' && parens < 0) {
      ++parens;
    } else if (last == ']' && brackets < 0) {
      ++brackets;
    } else if (std::string_view(".,;:!?'*").find(last) == std::string_view::npos) {
      break;
    }
    --end;
  }
  return end;
}

std::size_t scan_url_rest(std::string_view text, std::size_t at) {
  std::size_t p = at;
  while (!stops_url(peek(text, p))) p = next(text, p);
  return trim_url_end(text, at, p);
}

// After a host: an optional port, path, query or fragment.
std::size_t scan_after_host(std::string_view text, std::size_t host_end) {
  const char32_t cp = peek(text, host_end);
  const bool port = cp == ':' && is_ascii_digit(peek(text, host_end + 1));
  if (!port && cp != '/' && cp != '?' && cp != '#') return host_end;
  return std::max(host_end, scan_url_rest(text, host_end));
}

bool starts_with_ascii_ci(std::string_view text, std::size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if ((text[at + i] | 0x20) != prefix[i]) return false;
  }
  return true;
}

// scheme "://" rest, with a scheme as RFC 3986 spells it (letter, then letters, digits, + - .).
std::size_t scan_scheme_url(std::string_view text, std::size_t at) {
  constexpr std::size_t kMaxScheme = 32;
  std::size_t p = at;
  while (p < text.size() && p - at < kMaxScheme) {
    const auto c = static_cast<unsigned char>(text[p]);
    if (!is_ascii_alnum(c) && c != '+' && c != '-' && c != '.') break;
    ++p;
  }
  if (text.substr(p).substr(0, 3) != "://") return 0;
  const std::size_t rest = p + 3;
  const std::size_t end = scan_url_rest(text, rest);
  return end > rest ? end : 0;
}

}  // namespace

std::size_t scan_any_host(std::string_view text, std::size_t at) {
  return scan_host(text, at, is_any_tld).end;
}

Scan scan_prefixed_url(std::string_view text, std::size_t at) {
  if (!is_ascii_letter(peek(text, at))) return miss();
  if (const std::size_t end = scan_scheme_url(text, at); end != 0) return {end, 0};
  if (!starts_with_ascii_ci(text, at, "www.")) return miss();
  const Host host = scan_host(text, at, [](std::string_view) { return true; });
  return host.end != 0 ? Scan{scan_after_host(text, host.end), 0} : miss();
}

Scan scan_bare_domain(std::string_view text, std::size_t at) {
  const Host host = scan_host(text, at, is_known_tld);
  if (host.end == 0) return miss(host.chain_end);
  return {scan_after_host(text, host.end), 0};
}

Scan scan_email(std::string_view text, std::size_t at) {
  std::size_t p = at;
  for (;;) {
    const char32_t cp = peek(text, p);
    if (!continues_word(cp) && cp != '.' && cp != '%' && cp != '+' && cp != '-') break;
    p = next(text, p);
  }
  if (p == at || peek(text, p) != '@' || text[p - 1] == '.') return miss(p);
  const std::size_t end = scan_any_host(text, p + 1);
  return end != 0 ? Scan{end, 0} : miss(p);
}

}  // namespace nib::text::detail
