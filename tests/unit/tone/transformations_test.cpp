#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/segmenter.hpp"
#include "tone/codes.hpp"
#include "tone/rewrite/transformations.hpp"

using namespace nib::tone::rewrite;

namespace {

std::vector<EditFamily> families(const std::string& text, Goal goal) {
  return transformations(text, nib::text::segment(text), goal);
}

// The text with one family's edits applied ("" when that family does not apply).
std::string with(const std::string& text, Goal goal, std::string_view code) {
  for (const auto& family : families(text, goal)) {
    if (family.code == code) return apply_edits(text, family.edits);
  }
  return "";
}

}  // namespace

TEST_CASE("formal: contractions spelled out, slang and fillers replaced, capitals, calm marks") {
  CHECK(with("I'm sure it's fine, don't worry.", Goal::formal, "tone.rewrite.expand_contraction") ==
        "I am sure it is fine, do not worry.");
  CHECK(with("It's been a long day.", Goal::formal, "tone.rewrite.expand_contraction") ==
        "It has been a long day.");
  CHECK(with("I gotta go, tbh u know BTW it's late", Goal::formal, "tone.rewrite.standard_word") ==
        "I have to go, to be honest you know by the way it's late");
  CHECK(with("Gonna be late", Goal::formal, "tone.rewrite.standard_word") == "Going to be late");
  CHECK(with("hey guys, we won", Goal::formal, "tone.rewrite.greeting") ==
        "hello everyone, we won");
  CHECK(with("That was funny lol. See you", Goal::formal, "tone.rewrite.remove_filler") ==
        "That was funny. See you");
  CHECK(with("late lol, sorry", Goal::formal, "tone.rewrite.remove_filler") == "late, sorry");
  CHECK(with("We won! LOL", Goal::formal, "tone.rewrite.remove_filler") == "We won!");
  CHECK(with("i think it works", Goal::formal, "tone.rewrite.capitalize") == "I think it works");
  CHECK(with("Really?!? Wow!!!", Goal::formal, "tone.rewrite.punctuation") == "Really? Wow!");
  CHECK(with("Great job 🎉 see you", Goal::formal, "tone.rewrite.remove_emoji") ==
        "Great job see you");
  CHECK(with("Cool water.", Goal::formal, "tone.rewrite.standard_word").empty());
}

TEST_CASE("casual: safe contractions and everyday words") {
  CHECK(with("I am sure it is not a problem.", Goal::casual, "tone.rewrite.contraction") ==
        "I'm sure it's not a problem.");
  // No contraction at the end of a sentence: "I know what it is." stays.
  CHECK(with("I know what it is.", Goal::casual, "tone.rewrite.contraction").empty());
  CHECK(with("We require assistance regarding the order.", Goal::casual,
             "tone.rewrite.casual_word") == "We need help about the order.");
  CHECK(with("Dear Anna, thanks. Kind regards", Goal::casual, "tone.rewrite.greeting") ==
        "Hi Anna, thanks. Cheers");
}

TEST_CASE("polite: orders become requests, demands soften, thanks at the end") {
  CHECK(with("Send me the file.", Goal::polite, "tone.rewrite.request") ==
        "Could you please send me the file?");
  CHECK(with("Please fix it!!", Goal::polite, "tone.rewrite.request") ==
        "Could you please fix it?");
  CHECK(with("Can you help me", Goal::polite, "tone.rewrite.request") ==
        "Could you please help me");
  CHECK(with("Don't touch my code.", Goal::polite, "tone.rewrite.request") ==
        "Please don't touch my code.");
  CHECK(with("You need to fix this. I want the report.", Goal::polite, "tone.rewrite.soften") ==
        "Please fix this. I would like the report.");
  CHECK(with("Send me the file. @maria #q3", Goal::polite, "tone.rewrite.add_thanks") ==
        "Send me the file. Thanks! @maria #q3");
  CHECK(with("Thanks, send it.", Goal::polite, "tone.rewrite.add_thanks").empty());
  CHECK(with("This is a stupid idea.", Goal::polite, "tone.rewrite.milder_word") ==
        "This is a poor idea.");
}

TEST_CASE("confident: hedges go, in a row and with their commas, capitalizing what follows") {
  CHECK(with("I think maybe we could try it, but I'm not sure.", Goal::confident,
             "tone.rewrite.remove_hedge") == "We could try it.");
  CHECK(with("Maybe, we should go.", Goal::confident, "tone.rewrite.remove_hedge") ==
        "We should go.");
  CHECK(with("It is just a test.", Goal::confident, "tone.rewrite.remove_hedge") ==
        "It is a test.");
  CHECK(with("I'll try to send it today.", Goal::confident, "tone.rewrite.remove_hedge") ==
        "I will send it today.");
  // A hedge that is the whole answer, or a noun phrase, stays.
  CHECK(with("I think so.", Goal::confident, "tone.rewrite.remove_hedge").empty());
  CHECK(with("Maybe.", Goal::confident, "tone.rewrite.remove_hedge").empty());
  CHECK(with("What kind of car is it?", Goal::confident, "tone.rewrite.remove_hedge").empty());
}

TEST_CASE("friendly: a greeting, thanks, a warmer ending and a smile") {
  CHECK(with("The meeting moved to Monday.", Goal::friendly, "tone.rewrite.add_greeting") ==
        "Hi! The meeting moved to Monday.");
  CHECK(with("Hello all.", Goal::friendly, "tone.rewrite.add_greeting").empty());
  CHECK(with("The meeting moved to Monday.", Goal::friendly, "tone.rewrite.exclamation") ==
        "The meeting moved to Monday!");
  CHECK(with("See you there.", Goal::friendly, "tone.rewrite.add_emoji") ==
        "See you there. \xF0\x9F\x99\x82");
  CHECK(with("See you there 😊", Goal::friendly, "tone.rewrite.add_emoji").empty());
}

TEST_CASE("every edit is sorted, apart, with a known code, and never inside a protected span") {
  const std::vector<std::string> posts{
      "hey @jonh i'm gonna check https://example.com/x lol 😂 #teh",
      "Send me `git log` output for $TSLA by 3pm, u know the drill!!!",
      "I think maybe @ana could possibly email bob@example.com, but I'm not sure.",
      "مرحبا hey guys, don't worry 🇺🇦",
      "",
      "😀😀😀",
      "lol",
  };
  for (const auto& post : posts) {
    const auto segmentation = nib::text::segment(post);
    for (const auto goal : kGoals) {
      CAPTURE(post);
      CAPTURE(to_string(goal));
      for (const auto& family : transformations(post, segmentation, goal)) {
        CHECK(std::find(std::begin(nib::tone::kRewriteCodes), std::end(nib::tone::kRewriteCodes),
                        family.code) != std::end(nib::tone::kRewriteCodes));
        for (std::size_t i = 0; i < family.edits.size(); ++i) {
          const auto& edit = family.edits[i];
          CHECK(edit.code == family.code);
          CHECK(edit.begin <= edit.end);
          CHECK(edit.end <= post.size());
          if (i > 0) CHECK_FALSE(conflict(family.edits[i - 1], edit));
          for (const auto& span : segmentation.protected_spans) {
            const bool emoji_removal = family.code == "tone.rewrite.remove_emoji" &&
                                       span.kind == nib::text::ProtectedKind::emoji;
            const bool acronym = span.kind == nib::text::ProtectedKind::acronym;
            if (emoji_removal || acronym) continue;
            // An edit may end where a span starts or start where one ends, never touch it.
            CHECK_FALSE((edit.begin < span.end && span.begin < edit.end));
          }
        }
      }
    }
  }
  // A post of nothing but a filler is not emptied.
  CHECK(with("lol", Goal::formal, "tone.rewrite.remove_filler").empty());
}
