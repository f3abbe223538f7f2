// Large and hostile inputs must finish quickly (the search is linear) and keep every invariant.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <string>

#include "text/segmenter.hpp"
#include "text/utf8.hpp"
#include "text_test_support.hpp"

namespace nib::text {
namespace {

using testing::check_invariants;

// Generous even for sanitizer builds: a quadratic pass over a megabyte takes minutes, not seconds.
constexpr auto kTimeLimit = std::chrono::seconds(20);

Segmentation timed_segment(std::string_view text) {
  const auto start = std::chrono::steady_clock::now();
  Segmentation seg = segment(text);
  CHECK(std::chrono::steady_clock::now() - start < kTimeLimit);
  return seg;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

TEST_CASE("one megabyte of random bytes, repaired, segments fast and consistently") {
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string bytes(1 << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(static_cast<unsigned char>(byte(rng)));
  const RepairedText repaired = repair_utf8(bytes);
  CHECK(repaired.replacements > 0);
  REQUIRE(is_valid_utf8(repaired.text));
  const Segmentation seg = timed_segment(repaired.text);
  check_invariants(repaired.text, seg);
  const Utf16Offsets offsets(repaired.text);
  CHECK(offsets.utf16_length() > 0);
}

TEST_CASE("one megabyte of random ASCII punctuation and letters segments fast") {
  std::mt19937 rng(777);
  const std::string alphabet = "aZ0.@#$`:/-_ \n'\"()x9%+wW";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string text(1 << 20, ' ');
  for (char& c : text) c = alphabet[pick(rng)];
  check_invariants(text, timed_segment(text));
}

TEST_CASE("adversarial repetitions stay linear") {
  for (const std::string_view piece : {"a.",
                                       "1.",
                                       "A-",
                                       "a-",
                                       "x@",
                                       "@a",
                                       "#",
                                       "`",
                                       "``",
                                       "```",
                                       "a.b",
                                       "www.",
                                       "http:",
                                       "1,",
                                       "+1 ",
                                       "\xF0\x9F\x87\xAF",
                                       "\xE2\x80\x8D",
                                       "\xEF\xB8\x8F",
                                       "Ab-",
                                       "a'",
                                       "1a",
                                       "$A",
                                       ".",
                                       "...",
                                       "\n"}) {
    CAPTURE(piece);
    const std::string text = repeat(piece, (1 << 19) / piece.size());
    check_invariants(text, timed_segment(text));
  }
}

TEST_CASE("a 100 kB post of mixed content") {
  const std::string chunk =
      "I has a dreem that @jonh and #teh team will loose the game 🏳️‍🌈 "
      "https://exampel.com. "
      "Mr. Smith paid $5.99 at 10:30pm (50% off!) — see www.shop.io/deal?x=1. NASA's USB-C "
      "cable `code` 👨‍👩‍👧‍👦 1️⃣ 🇯🇵 مرحبا שלום naïve "
      "cafe\xCC\x81...\n";
  const std::string post = repeat(chunk, 100'000 / chunk.size() + 1);
  const Segmentation seg = timed_segment(post);
  check_invariants(post, seg);
  CHECK(seg.sentences.size() > 1000);
}

TEST_CASE("20k emoji in a row, and a 20k-long ZWJ chain") {
  const std::string emoji = repeat("😀", 20'000);
  const Segmentation seg = timed_segment(emoji);
  check_invariants(emoji, seg);
  CHECK(seg.tokens.size() == 20'000);

  const std::string flags = repeat("🇯🇵", 20'000);
  CHECK(timed_segment(flags).tokens.size() == 20'000);

  const std::string chain = repeat("👨\u200D", 20'000);
  const Segmentation joined = timed_segment(chain);
  check_invariants(chain, joined);
  CHECK(joined.tokens.size() == 1);
}

TEST_CASE("long single tokens: one giant word, number, URL and code block") {
  for (const std::string& text :
       {repeat("a", 1 << 20), repeat("7", 1 << 20), "https://x.io/" + repeat("p", 1 << 20),
        "```" + repeat("z\n", 1 << 19) + "```"}) {
    const Segmentation seg = timed_segment(text);
    check_invariants(text, seg);
    CHECK(seg.tokens.size() == 1);
  }
}

}  // namespace
}  // namespace nib::text
