#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/protected_spans.hpp"
#include "text_test_support.hpp"

namespace nib::text {
namespace {

using testing::has_no_spans;
using testing::is_protected_as;
using testing::spans_of;
using testing::SpanText;

// The text of every span of `text` of the given kind.
std::vector<std::string> spans_of_kind(std::string_view text, ProtectedKind kind) {
  std::vector<std::string> out;
  for (const SpanText& span : spans_of(text)) {
    if (span.second == kind) out.push_back(span.first);
  }
  return out;
}

TEST_CASE("the sample post: mention, hashtag, flag emoji and URL are spans; typos are not") {
  const std::string post =
      "I has a dreem that @jonh and #teh team will loose the game 🏳️‍🌈 "
      "https://exampel.com";
  const std::vector<SpanText> expected = {
      {"@jonh", ProtectedKind::mention},
      {"#teh", ProtectedKind::hashtag},
      {"🏳️‍🌈", ProtectedKind::emoji},
      {"https://exampel.com", ProtectedKind::url},
  };
  CHECK(spans_of(post) == expected);
}

TEST_CASE("to_string names every kind") {
  CHECK(to_string(ProtectedKind::url) == "url");
  CHECK(to_string(ProtectedKind::email) == "email");
  CHECK(to_string(ProtectedKind::mention) == "mention");
  CHECK(to_string(ProtectedKind::hashtag) == "hashtag");
  CHECK(to_string(ProtectedKind::cashtag) == "cashtag");
  CHECK(to_string(ProtectedKind::emoji) == "emoji");
  CHECK(to_string(ProtectedKind::inline_code) == "inline_code");
  CHECK(to_string(ProtectedKind::number) == "number");
  CHECK(to_string(ProtectedKind::acronym) == "acronym");
}

TEST_CASE("URLs with a scheme, www. and bare domains with a known TLD") {
  for (const char* url :
       {"https://exampel.com", "http://x.io/a/b?c=d&e=f#g", "ftp://files.example.org/pub",
        "https://ja.wikipedia.org/wiki/日本", "www.example.com", "WWW.example.org/x", "exampel.com",
        "sub.domain.co.uk", "bit.ly/3xYz", "example.dev:8080/path", "mastodon.social",
        "EXAMPLE.COM", "bücher.de", "https://en.wikipedia.org/wiki/Nib_(pen)",
        "example.com/search?q=a+b"}) {
    CAPTURE(url);
    CHECK(is_protected_as(url, ProtectedKind::url));
  }
}

TEST_CASE("trailing sentence punctuation is not part of a URL") {
  CHECK(spans_of_kind("See https://exampel.com.", ProtectedKind::url) ==
        std::vector<std::string>{"https://exampel.com"});
  CHECK(spans_of_kind("(see exampel.com/x)", ProtectedKind::url) ==
        std::vector<std::string>{"exampel.com/x"});
  CHECK(spans_of_kind("(https://en.wikipedia.org/wiki/Nib_(pen))", ProtectedKind::url) ==
        std::vector<std::string>{"https://en.wikipedia.org/wiki/Nib_(pen)"});
  CHECK(spans_of_kind("Wow, http://x.io/a!?", ProtectedKind::url) ==
        std::vector<std::string>{"http://x.io/a"});
  CHECK(spans_of_kind("\"https://x.io/q\", he said", ProtectedKind::url) ==
        std::vector<std::string>{"https://x.io/q"});
  CHECK(spans_of_kind("link: https://x.io/a, https://y.io/b;", ProtectedKind::url) ==
        std::vector<std::string>{"https://x.io/a", "https://y.io/b"});
  CHECK(spans_of_kind("-exampel.com", ProtectedKind::url) ==
        std::vector<std::string>{"exampel.com"});
  CHECK(spans_of_kind("https://x.com🎉", ProtectedKind::url) ==
        std::vector<std::string>{"https://x.com"});
}

TEST_CASE("not URLs: unknown TLDs, missing spaces, abbreviations, a bare scheme") {
  for (const char* text :
       {"e.g.", "i.e.", "U.S.", "Mr.Smith", "file.txt", "node.js", "I went home.it was fun",
        "Hello.It", "https://", "https:// x", "example.", ".com", "a.b"}) {
    CAPTURE(text);
    CHECK(spans_of_kind(text, ProtectedKind::url).empty());
  }
}

TEST_CASE("e-mail addresses") {
  for (const char* email : {"name@host.tld", "first.last@example.com", "a.b+tag@ex.co.uk",
                            "user_1@mail-server.org", "JOHN@EXAMPLE.COM"}) {
    CAPTURE(email);
    CHECK(is_protected_as(email, ProtectedKind::email));
  }
  CHECK(spans_of_kind("Write to me@x.io.", ProtectedKind::email) ==
        std::vector<std::string>{"me@x.io"});
  for (const char* text : {"foo@bar", "a@b.c", "@x.com", "name@", "name@.com"}) {
    CAPTURE(text);
    CHECK(spans_of_kind(text, ProtectedKind::email).empty());
  }
}

TEST_CASE("mentions, including Mastodon handles, but not e-mails") {
  for (const char* mention : {"@jonh", "@user_name", "@user@mastodon.social", "@jane.doe",
                              "@user.bsky.social", "@José"}) {
    CAPTURE(mention);
    CHECK(is_protected_as(mention, ProtectedKind::mention));
  }
  CHECK(spans_of_kind("thanks @jonh.", ProtectedKind::mention) ==
        std::vector<std::string>{"@jonh"});
  CHECK(spans_of_kind("(@jonh, @ann)", ProtectedKind::mention) ==
        std::vector<std::string>{"@jonh", "@ann"});
  CHECK(spans_of_kind("@jonh's idea", ProtectedKind::mention) == std::vector<std::string>{"@jonh"});
  CHECK(spans_of_kind("meet @ 5", ProtectedKind::mention).empty());
  CHECK(spans_of_kind("word@mention", ProtectedKind::mention).empty());
  CHECK(spans_of_kind("name@host.tld", ProtectedKind::mention).empty());
  CHECK(spans_of_kind("@@", ProtectedKind::mention).empty());
}

TEST_CASE("hashtags in any script, not inside words") {
  for (const char* tag : {"#teh", "#日本", "#café", "#tag_2024", "#1", "#Привет"}) {
    CAPTURE(tag);
    CHECK(is_protected_as(tag, ProtectedKind::hashtag));
  }
  CHECK(spans_of_kind("I love C# and F#.", ProtectedKind::hashtag).empty());
  CHECK(spans_of_kind("# heading", ProtectedKind::hashtag).empty());
  CHECK(spans_of_kind("#", ProtectedKind::hashtag).empty());
  CHECK(spans_of_kind("so #blessed.", ProtectedKind::hashtag) ==
        std::vector<std::string>{"#blessed"});
  CHECK(spans_of_kind("##tag", ProtectedKind::hashtag) == std::vector<std::string>{"#tag"});
  CHECK(spans_of_kind("#a #b", ProtectedKind::hashtag) == std::vector<std::string>{"#a", "#b"});
}

TEST_CASE("cashtags are $ and one to six capitals; $5 is a price") {
  for (const char* tag : {"$TSLA", "$A", "$GOOGL", "$ABCDEF"}) {
    CAPTURE(tag);
    CHECK(is_protected_as(tag, ProtectedKind::cashtag));
  }
  CHECK(spans_of_kind("Buy $TSLA.", ProtectedKind::cashtag) == std::vector<std::string>{"$TSLA"});
  CHECK(is_protected_as("$5", ProtectedKind::number));
  for (const char* text : {"$ABCDEFG", "$tsla", "$Tsla", "a$TSLA", "$"}) {
    CAPTURE(text);
    CHECK(spans_of_kind(text, ProtectedKind::cashtag).empty());
  }
}

TEST_CASE("emoji as whole sequences") {
  for (const char* emoji :
       {"😀",
        "👍🏽",                            // skin tone
        "👨‍👩‍👧‍👦",           // family, ZWJ chain
        "🧑🏽‍🤝‍🧑🏻",          // ZWJ chain with skin tones
        "1️⃣", "#️⃣", "*️⃣", "1⃣",  // keycaps, with and without VS16
        "🇯🇵",                                  // flag
        "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",  // England
        "🏳️‍🌈",                                                    // rainbow flag
        "❤️", "❤️‍🔥", "👁️‍🗨️", "©", "™"}) {
    CAPTURE(emoji);
    CHECK(is_protected_as(emoji, ProtectedKind::emoji));
  }
}

TEST_CASE("adjacent emoji and emoji next to text stay apart") {
  const std::vector<SpanText> expected = {{"🇯🇵", ProtectedKind::emoji},
                                          {"🇫🇷", ProtectedKind::emoji}};
  CHECK(spans_of("🇯🇵🇫🇷") == expected);
  CHECK(spans_of_kind("ok👍🏽thanks😀!", ProtectedKind::emoji) ==
        std::vector<std::string>{"👍🏽", "😀"});
  CHECK(spans_of_kind("😀😀😀", ProtectedKind::emoji).size() == 3);
  // An odd regional indicator is a span of its own.
  CHECK(spans_of_kind("🇯🇵🇫", ProtectedKind::emoji) == std::vector<std::string>{"🇯🇵", "🇫"});
  // Plain digits and # are no keycaps.
  CHECK(spans_of_kind("1 # *", ProtectedKind::emoji).empty());
}

TEST_CASE("inline code in backticks and fenced blocks") {
  CHECK(spans_of_kind("use `x = 1` here", ProtectedKind::inline_code) ==
        std::vector<std::string>{"`x = 1`"});
  CHECK(spans_of_kind("``a ` b`` and `c`", ProtectedKind::inline_code) ==
        std::vector<std::string>{"``a ` b``", "`c`"});
  CHECK(spans_of_kind("text\n```\nint teh = 0;\n```\nafter", ProtectedKind::inline_code) ==
        std::vector<std::string>{"```\nint teh = 0;\n```"});
  // An unclosed backtick protects nothing; a single backtick does not close across lines.
  CHECK(spans_of_kind("it`s teh end", ProtectedKind::inline_code).empty());
  CHECK(spans_of_kind("a `b\nc` d", ProtectedKind::inline_code).empty());
  CHECK(spans_of_kind("```never closed\n`x`", ProtectedKind::inline_code) ==
        std::vector<std::string>{"`x`"});
}

TEST_CASE("numbers, prices, percentages, times, dates, ordinals, phone numbers, versions") {
  for (const char* number : {"42",         "3.14",        "1,000",       "1,000,000.50",
                             "1.000,50",   "$5.99",       "€20",         "£3",
                             "20€",        "50%",         "10:30",       "10:30pm",
                             "3pm",        "3PM",         "3 p.m.",      "10:30 AM",
                             "21st",       "2nd",         "3rd",         "4th",
                             "11th",       "12th",        "13th",        "22nd",
                             "2024-01-31", "12/25",       "+1 555-0100", "+44 20 7946 0958",
                             "4K",         "1080p",       "v2.3.1",      "1920x1080",
                             "10k",        "5kg",         "2x",          "1990s",
                             "20°C",       "192.168.0.1", "٣٤"}) {
    CAPTURE(number);
    CHECK(is_protected_as(number, ProtectedKind::number));
  }
}

TEST_CASE("digits glued to letters stay words") {
  for (const char* word : {"4ever", "2day", "mp3", "1th", "2st", "3kids", "abc123", "v2ray"}) {
    CAPTURE(word);
    CHECK(spans_of_kind(word, ProtectedKind::number).empty());
  }
  CHECK(spans_of_kind("It costs 5.", ProtectedKind::number) == std::vector<std::string>{"5"});
  CHECK(spans_of_kind("a 3-year-old", ProtectedKind::number) == std::vector<std::string>{"3"});
  CHECK(spans_of_kind("+1 555-0100 4K", ProtectedKind::number) ==
        std::vector<std::string>{"+1 555-0100", "4K"});
  CHECK(spans_of_kind("at 5 amazing", ProtectedKind::number) == std::vector<std::string>{"5"});
}

TEST_CASE("acronyms: two or more capitals; I and A are words") {
  for (const char* acronym :
       {"NASA", "FAQ", "USB-C", "MP3", "COVID-19", "APIs", "CEO's", "НАТО", "OK", "B2B"}) {
    CAPTURE(acronym);
    CHECK(is_protected_as(acronym, ProtectedKind::acronym));
  }
  for (const char* text : {"I", "A", "I am", "iPhone", "McDonald", "T-shirt", "X-Men", "Nasa"}) {
    CAPTURE(text);
    CHECK(spans_of_kind(text, ProtectedKind::acronym).empty());
  }
  CHECK(spans_of_kind("USB-based", ProtectedKind::acronym) == std::vector<std::string>{"USB"});
}

TEST_CASE("spans are sorted, non-overlapping and mixed kinds coexist") {
  const std::string text =
      "RT @ann: NASA's $TSLA bet 🚀🚀 costs $5.99 (50% off) at exampel.com/deal #wow `code` "
      "mail a@b.io";
  const std::vector<SpanText> expected = {
      {"RT", ProtectedKind::acronym},
      {"@ann", ProtectedKind::mention},
      {"NASA's", ProtectedKind::acronym},
      {"$TSLA", ProtectedKind::cashtag},
      {"🚀", ProtectedKind::emoji},
      {"🚀", ProtectedKind::emoji},
      {"$5.99", ProtectedKind::number},
      {"50%", ProtectedKind::number},
      {"exampel.com/deal", ProtectedKind::url},
      {"#wow", ProtectedKind::hashtag},
      {"`code`", ProtectedKind::inline_code},
      {"a@b.io", ProtectedKind::email},
  };
  CHECK(spans_of(text) == expected);
}

TEST_CASE("prose has no spans") {
  CHECK(has_no_spans("The quick brown fox jumps over the lazy dog."));
  CHECK(has_no_spans("Don't stop, it's well-known."));
  CHECK(has_no_spans(""));
}

}  // namespace
}  // namespace nib::text
