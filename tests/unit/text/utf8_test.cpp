#include <doctest/doctest.h>

#include <initializer_list>

#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace nib::text {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

std::string repeat_replacement(std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) out += kReplacement;
  return out;
}

TEST_CASE("repair_utf8 keeps valid text unchanged") {
  const std::string text = "plain ASCII, caf\xC3\xA9, \xE6\x97\xA5\xE6\x9C\xAC, \xF0\x9F\x98\x80";
  const RepairedText repaired = repair_utf8(text);
  CHECK(repaired.text == text);
  CHECK(repaired.replacements == 0);
  CHECK(is_valid_utf8(text));
  CHECK(repair_utf8("").text.empty());
  CHECK(is_valid_utf8(""));
}

TEST_CASE("repair_utf8 replaces each maximal invalid subpart by one U+FFFD") {
  struct Case {
    std::string_view name;
    std::string input;
    std::string expected;
    std::size_t replacements;
  };
  const Case cases[] = {
      {"stray continuation", "a\x80z", std::string("a") + kReplacement + "z", 1},
      {"two stray continuations", "\x80\xBF", repeat_replacement(2), 2},
      {"lead byte never valid", "\xC0\xC1\xF5\xFF", repeat_replacement(4), 4},
      {"overlong two-byte slash", "\xC0\xAF", repeat_replacement(2), 2},
      {"overlong three-byte", "\xE0\x80\xAF", repeat_replacement(3), 3},
      {"overlong four-byte", "\xF0\x80\x80\xAF", repeat_replacement(4), 4},
      {"encoded surrogate", "\xED\xA0\x80", repeat_replacement(3), 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", repeat_replacement(4), 4},
      {"truncated three-byte at end", "x\xE2\x82", std::string("x") + kReplacement, 1},
      {"truncated four-byte before ASCII", "\xF0\x9F\x98z", kReplacement + "z", 1},
      {"truncated then valid", "\xE2\x82\xE2\x82\xAC", kReplacement + "\xE2\x82\xAC", 1},
      {"NUL", std::string("a\0b", 3), std::string("a") + kReplacement + "b", 1},
      {"lone lead at end", "\xC3", kReplacement, 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const RepairedText repaired = repair_utf8(c.input);
    CHECK(repaired.text == c.expected);
    CHECK(repaired.replacements == c.replacements);
    CHECK(is_valid_utf8(repaired.text));
    CHECK_FALSE(is_valid_utf8(c.input));
  }
}

TEST_CASE("repair_utf8 accepts the boundaries of each sequence length") {
  for (const std::string text :
       {"\x7F", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
        "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"}) {
    CAPTURE(text);
    CHECK(is_valid_utf8(text));
    CHECK(repair_utf8(text).replacements == 0);
  }
}

TEST_CASE("decode_at and decode_before walk code points both ways") {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // a é € 😀
  CHECK(decode_at(text, 0).value == U'a');
  CHECK(decode_at(text, 0).length == 1);
  CHECK(decode_at(text, 1).value == U'é');
  CHECK(decode_at(text, 1).length == 2);
  CHECK(decode_at(text, 3).value == U'€');
  CHECK(decode_at(text, 3).length == 3);
  CHECK(decode_at(text, 6).value == U'\U0001F600');
  CHECK(decode_at(text, 6).length == 4);
  CHECK(decode_before(text, 10).value == U'\U0001F600');
  CHECK(decode_before(text, 10).length == 4);
  CHECK(decode_before(text, 6).value == U'€');
  CHECK(decode_before(text, 3).value == U'é');
  CHECK(decode_before(text, 1).value == U'a');
}

TEST_CASE("append_utf8 encodes every length and replaces invalid scalars") {
  std::string out;
  for (const char32_t cp : {U'\x41', U'\xE9', U'\x20AC', U'\x1F600', U'\x10FFFF'}) {
    out.clear();
    append_utf8(out, cp);
    CHECK(is_valid_utf8(out));
    CHECK(decode_at(out, 0).value == cp);
    CHECK(decode_at(out, 0).length == out.size());
  }
  out.clear();
  append_utf8(out, static_cast<char32_t>(0xD800));
  append_utf8(out, static_cast<char32_t>(0x110000));
  CHECK(out == repeat_replacement(2));
}

TEST_CASE("Utf16Offsets counts astral code points as two units") {
  const std::string text =
      "a\xF0\x9F\x98\x80"
      "b";  // a 😀 b
  const Utf16Offsets offsets(text);
  CHECK(offsets.at(0) == 0);
  CHECK(offsets.at(1) == 1);
  CHECK(offsets.at(5) == 3);
  CHECK(offsets.at(6) == 4);
  CHECK(offsets.utf16_length() == 4);
  // Inside the emoji: the boundary before it.
  CHECK(offsets.at(2) == 1);
  CHECK(offsets.at(4) == 1);
  // Past the end: clamped to the end.
  CHECK(offsets.at(100) == 4);
}

TEST_CASE("Utf16Offsets around accented letters, precomposed and combining") {
  const std::string precomposed = "caf\xC3\xA9!";  // café! with U+00E9
  const Utf16Offsets a(precomposed);
  CHECK(a.at(3) == 3);
  CHECK(a.at(5) == 4);
  CHECK(a.utf16_length() == 5);

  const std::string combining = "cafe\xCC\x81!";  // cafe + U+0301 + !
  const Utf16Offsets b(combining);
  CHECK(b.at(4) == 4);
  CHECK(b.at(6) == 5);
  CHECK(b.utf16_length() == 6);
}

TEST_CASE("Utf16Offsets of a flag, a ZWJ family and text after them") {
  // 🇯🇵 (2 astral) + space + 👨‍👩‍👧 (3 astral, 2 ZWJ) + "x"
  const std::string text =
      "\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5 "
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7x";
  const Utf16Offsets offsets(text);
  CHECK(offsets.at(8) == 4);
  CHECK(offsets.at(9) == 5);
  CHECK(offsets.at(text.size() - 1) == 5 + 3 * 2 + 2);
  CHECK(offsets.utf16_length() == 5 + 3 * 2 + 2 + 1);
  CHECK(Utf16Offsets("").utf16_length() == 0);
}

TEST_CASE("repair keeps the UTF-16 length of what a JavaScript host sends") {
  // TextEncoder already turns a lone surrogate into U+FFFD; NUL (one unit) becomes U+FFFD (one).
  const RepairedText nul = repair_utf8(std::string("a\0z", 3));
  CHECK(Utf16Offsets(nul.text).utf16_length() == 3);
  CHECK(repair_utf8(std::string("a") + kReplacement + "z").replacements == 0);
  // Surrogate bytes from elsewhere (WTF-8) are three invalid subparts, as WHATWG decoders count.
  std::string expected = "a";
  expected += repeat_replacement(3);
  expected += "z";
  CHECK(repair_utf8("a\xED\xB0\x80z").text == expected);
}

}  // namespace
}  // namespace nib::text
