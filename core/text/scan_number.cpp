// Numbers in the wide sense posts use them: 42, 3.14, 1,000, $5.99, €20, 20€, 50%, 10:30, 10:30pm,
// 3 p.m., 21st, 2024-01-31, 12/25, +1 555-0100, 1920x1080, 4K, 1080p, v2.3.1. Digits glued to
// letters that are no unit (4ever, 2day) or to the wrong ordinal (1th) are not a number: they stay
// a word for the spell checker.
#include <algorithm>
#include <iterator>
#include <string>

#include "text/char_class.hpp"
#include "text/scan.hpp"

namespace nib::text::detail {
namespace {

// Units and suffixes glued to a number; sorted in ASCII order for binary search.
constexpr std::string_view kUnits[] = {
    "AM",  "B",   "D",    "G",    "GB",  "GHz", "Gb",  "Hz",  "K",  "KB", "L",   "M",  "MB",
    "MHz", "Mb",  "PB",   "PM",   "TB",  "V",   "W",   "am",  "b",  "bn", "cm",  "d",  "dpi",
    "em",  "fps", "ft",   "g",    "h",   "hr",  "hrs", "i",   "k",  "kB", "kHz", "kW", "kWh",
    "kb",  "kg",  "km",   "kmh",  "kph", "l",   "lb",  "lbs", "m",  "mA", "mAh", "mL", "mg",
    "mi",  "min", "mins", "ml",   "mm",  "mph", "ms",  "oz",  "p",  "pm", "ppi", "pt", "px",
    "rem", "s",   "sec",  "secs", "w",   "x",   "y",   "yd",  "yo", "yr", "yrs"};
static_assert(std::is_sorted(std::begin(kUnits), std::end(kUnits)));

constexpr std::size_t kLongestUnit = 4;

bool is_separator(char32_t cp, bool phone) {
  switch (cp) {
    case '.':
    case ',':
    case ':':
    case '/':
    case '-':
    case 'x':
    case U'×':
      return true;
    default:
      return phone && cp == ' ';
  }
}

std::size_t skip_digits(std::string_view text, std::size_t at) {
  while (is_decimal_digit(peek(text, at))) at = next(text, at);
  return at;
}

// 1st 2nd 3rd 4th 11th 12th 13th 21st: the suffix must agree with the digits, so "1th" stays a
// word the spell checker can flag.
bool is_ordinal(std::string_view digits, std::string_view suffix) {
  if (suffix.size() != 2 || digits.empty()) return false;
  std::string lower{static_cast<char>(suffix[0] | 0x20), static_cast<char>(suffix[1] | 0x20)};
  const bool same_case = is_ascii_upper(static_cast<unsigned char>(suffix[0])) ==
                         is_ascii_upper(static_cast<unsigned char>(suffix[1]));
  const char last = digits.back();
  const bool teen = digits.size() >= 2 && digits[digits.size() - 2] == '1';
  std::string_view expected = "th";
  if (!teen && last == '1') expected = "st";
  if (!teen && last == '2') expected = "nd";
  if (!teen && last == '3') expected = "rd";
  return same_case && lower == expected;
}

// am, pm, a.m., p.m. in either case at `at`; returns its end or 0.
std::size_t scan_meridiem(std::string_view text, std::size_t at) {
  const auto lower = [&](std::size_t i) {
    return i < text.size() ? static_cast<char>(text[i] | 0x20) : '\0';
  };
  if (lower(at) != 'a' && lower(at) != 'p') return 0;
  std::size_t end = 0;
  if (lower(at + 1) == 'm') end = at + 2;
  if (text.substr(at + 1).starts_with(".m.") || text.substr(at + 1).starts_with(".M.")) {
    end = at + 4;
  }
  if (end == 0 || continues_word(peek(text, end))) return 0;
  return end;
}

struct Core {
  std::size_t end = 0;
  std::string_view last_group;  // the digits after the last separator
  bool time_like = false;       // 3 or 10:30: may take a spaced "pm"
};

Core scan_core(std::string_view text, std::size_t at, bool phone) {
  Core core;
  std::size_t group_begin = at;
  std::size_t p = skip_digits(text, at);
  std::size_t groups = 1;
  bool colon_time = false;
  const std::size_t first_group = p - at;
  for (;;) {
    const char32_t sep = peek(text, p);
    const std::size_t after = next(text, p);
    if (p >= text.size() || !is_separator(sep, phone) || !is_decimal_digit(peek(text, after))) {
      break;
    }
    const std::size_t group_end = skip_digits(text, after);
    // A space joins phone-number groups (+44 20 7946 0958), not a phone number and what follows.
    if (sep == ' ' && (group_end - after < 2 || continues_word(peek(text, group_end)))) break;
    group_begin = after;
    p = group_end;
    ++groups;
    colon_time = groups == 2 && sep == ':' && p - after == 2;
  }
  core.end = p;
  core.last_group = text.substr(group_begin, p - group_begin);
  core.time_like = first_group <= 2 && (groups == 1 || (groups == 2 && colon_time));
  return core;
}

// What may follow the digits; returns the end of the number, or 0 when the digits are part of a
// word instead.
std::size_t scan_suffix(std::string_view text, const Core& core, bool currency_prefix) {
  const std::size_t at = core.end;
  const char32_t cp = peek(text, at);
  if (cp == '%' || cp == U'‰' || cp == U'‱' || (!currency_prefix && is_currency_symbol(cp))) {
    return next(text, at);
  }
  if (cp == U'°') {
    const std::size_t after = next(text, at);
    const char32_t scale = peek(text, after);
    const bool has_scale = scale == 'C' || scale == 'F' || scale == 'K';
    return has_scale && !continues_word(peek(text, after + 1)) ? after + 1 : after;
  }
  if (cp == ' ' && core.time_like) {
    if (const std::size_t end = scan_meridiem(text, at + 1); end != 0) return end;
    return at;
  }
  if (!is_ascii_letter(cp)) return continues_word(cp) ? 0 : at;
  if (const std::size_t end = scan_meridiem(text, at); end != 0) return end;
  std::size_t end = at;
  while (end < text.size() && end - at <= kLongestUnit &&
         is_ascii_letter(static_cast<unsigned char>(text[end]))) {
    ++end;
  }
  if (continues_word(peek(text, end))) return 0;
  const std::string_view letters = text.substr(at, end - at);
  if (is_ordinal(core.last_group, letters)) return end;
  return std::binary_search(std::begin(kUnits), std::end(kUnits), letters) ? end : 0;
}

}  // namespace

Scan scan_number(std::string_view text, std::size_t at) {
  std::size_t p = at;
  const char32_t first = peek(text, p);
  const bool currency = is_currency_symbol(first);
  const bool phone = first == '+';
  if (currency || phone || first == 'v' || first == 'V') p = next(text, p);
  if (!is_decimal_digit(peek(text, p))) return miss();
  const Core core = scan_core(text, p, phone);
  const std::size_t end = scan_suffix(text, core, currency);
  // Retrying inside the same digits would reach the same suffix and fail the same way.
  return end != 0 ? Scan{end, 0} : miss(core.end);
}

}  // namespace nib::text::detail
