// The model's text files and the edit-tag codec they use.
#include <doctest/doctest.h>

#include <string>

#include "errors/error.hpp"
#include "grammar/edit_tag.hpp"
#include "grammar/inflections.hpp"
#include "grammar/tag_set.hpp"
#include "grammar/vocabulary.hpp"
#include "tiny_tables.hpp"

using namespace nib::grammar;

namespace {

std::string error_code(auto&& parse) {
  try {
    parse();
  } catch (const nib::Error& error) {
    return error.code();
  }
  return "no error";
}

}  // namespace

TEST_CASE("edit tags format and parse back") {
  for (const std::string text :
       {"$KEEP", "$DELETE", "$CAPITALIZE", "$LOWERCASE", "$REPLACE_doesn\xE2\x80\x99t",
        "$REPLACE_LOL", "$APPEND_,", "$APPEND_the", "$VERB_VB", "$VERB_VBP", "$VERB_VBZ",
        "$VERB_VBD", "$VERB_VBN", "$VERB_VBG", "$NOUN_NN", "$NOUN_NNS"}) {
    CAPTURE(text);
    const auto tag = parse_tag(text);
    REQUIRE(tag);
    CHECK(format_tag(*tag) == text);
  }
  const auto append = parse_tag("$APPEND_the");
  CHECK(append->kind == TagKind::append);
  CHECK(append->argument == "the");
  CHECK(parse_tag("$VERB_VBZ")->kind == TagKind::verb_form);
  CHECK(parse_tag("$NOUN_NNS")->kind == TagKind::noun_number);
  CHECK(parse_tag("$DELETE")->argument.empty());
  // Arguments of kinds that take none are not written.
  CHECK(format_tag({TagKind::remove, "stray"}) == "$DELETE");
}

TEST_CASE("malformed edit tags are rejected") {
  for (const std::string text : {"", "KEEP", "$keep", "$KEEP ", "$KEEPX", "$DELETE_x", "$REPLACE_",
                                 "$APPEND_", "$APPEND_a b", "$REPLACE_x\ty", "$VERB_", "$VERB_NN",
                                 "$VERB_vbz", "$NOUN_NNP", "$NOUN_VBZ", "$MERGE_SPACE"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_tag(text));
  }
}

TEST_CASE("TagSet reads one tag a line, $KEEP first") {
  const auto tags = TagSet::parse("$KEEP\r\n$APPEND_the\r\n$VERB_VBZ");
  REQUIRE(tags.size() == 3);
  CHECK(tags.at(0).kind == TagKind::keep);
  CHECK(tags.at(1).argument == "the");  // no stray \r from CRLF files
  CHECK(tags.at(2).kind == TagKind::verb_form);
  CHECK(error_code([] { TagSet::parse(""); }) == "invalid_model");
  CHECK(error_code([] { TagSet::parse("$DELETE\n$KEEP\n"); }) == "invalid_model");
  CHECK(error_code([] { TagSet::parse("$KEEP\n$VERB_XX\n"); }) == "invalid_model");
  try {
    TagSet::parse("$KEEP\n$DELETE\nnot a tag\n");
    FAIL("expected an error");
  } catch (const nib::Error& error) {
    CHECK(std::string(error.what()).find("line 3") != std::string::npos);
  }
}

TEST_CASE("Vocabulary: ids are line numbers after the reserved entries") {
  const auto vocabulary = Vocabulary::parse("<pad>\n<unk>\n<s>\nthe\n<url>\r\ngo");
  CHECK(vocabulary.size() == 6);
  CHECK(vocabulary.id("<s>") == Vocabulary::kStart);
  CHECK(vocabulary.id("the") == 3);
  CHECK(vocabulary.id("<url>") == 4);
  CHECK(vocabulary.id("go") == 5);
  CHECK(vocabulary.id("went") == Vocabulary::kUnknown);
  CHECK(error_code([] { Vocabulary::parse(""); }) == "invalid_model");
  CHECK(error_code([] { Vocabulary::parse("<unk>\n<pad>\n<s>\n"); }) == "invalid_model");
  CHECK(error_code([] { Vocabulary::parse("<pad>\n<unk>\nthe\n"); }) == "invalid_model");
}

TEST_CASE("Inflections: inflect, reinflect and ambiguity") {
  const auto& table = nib::test::tiny_inflections();
  CHECK_FALSE(table.empty());
  CHECK(table.inflect("go", "VBZ") == "goes");
  CHECK(table.reinflect("go", "VBZ") == "goes");
  CHECK(table.reinflect("went", "VBG") == "going");
  CHECK(table.reinflect("cat", "NNS") == "cats");
  CHECK(table.reinflect("children", "NN") == "child");
  // be + VBD is was or were: a tag cannot choose, so there is no answer.
  CHECK_FALSE(table.inflect("be", "VBD"));
  CHECK_FALSE(table.reinflect("is", "VBD"));
  CHECK_FALSE(table.reinflect("is", "VBP"));  // am / are
  CHECK(table.reinflect("are", "VBZ") == "is");
  CHECK_FALSE(table.reinflect("cats", "VBZ"));  // nouns do not become verbs
  CHECK_FALSE(table.reinflect("blorp", "VBZ"));
  CHECK(table.same_lemma("go", "went", 'V'));
  CHECK(table.same_lemma("cat", "cats", 'N'));
  CHECK_FALSE(table.same_lemma("cat", "cats", 'V'));
  CHECK_FALSE(table.same_lemma("go", "like", 'V'));
  CHECK(table.has_class("had", 'V'));
  CHECK_FALSE(table.has_class("had", 'N'));
  REQUIRE(table.readings("had").size() == 2);
  CHECK(table.readings("had")[0].lemma == "have");
  CHECK(table.readings("nothing").empty());
}

TEST_CASE("Inflections::parse skips lines it cannot use") {
  const auto table = Inflections::parse("goes go VBZ\r\nbroken\nfast fast JJ\nonly two\n\n");
  CHECK(table.reinflect("goes", "VBZ") == "goes");
  CHECK(table.readings("goes")[0].tag == "VBZ");  // no \r
  CHECK(table.readings("fast").empty());
  CHECK(table.readings("only").empty());
  CHECK(Inflections::parse("").empty());
}
