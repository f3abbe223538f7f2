#include "grammar/edit_tag.hpp"

#include <array>
#include <utility>

namespace nib::grammar {
namespace {

constexpr std::array<std::pair<TagKind, std::string_view>, 8> kNames{{
    {TagKind::keep, "$KEEP"},
    {TagKind::remove, "$DELETE"},
    {TagKind::capitalize, "$CAPITALIZE"},
    {TagKind::lowercase, "$LOWERCASE"},
    {TagKind::replace, "$REPLACE_"},
    {TagKind::append, "$APPEND_"},
    {TagKind::verb_form, "$VERB_"},
    {TagKind::noun_number, "$NOUN_"},
}};

bool takes_argument(TagKind kind) {
  return kind == TagKind::replace || kind == TagKind::append || kind == TagKind::verb_form ||
         kind == TagKind::noun_number;
}

bool valid_argument(TagKind kind, std::string_view argument) {
  if (argument.empty()) return false;
  if (kind == TagKind::verb_form) {
    return argument == "VB" || argument == "VBP" || argument == "VBZ" || argument == "VBD" ||
           argument == "VBN" || argument == "VBG";
  }
  if (kind == TagKind::noun_number) return argument == "NN" || argument == "NNS";
  return argument.find_first_of(" \t\n") == std::string_view::npos;
}

}  // namespace

std::string format_tag(const EditTag& tag) {
  for (const auto& [kind, name] : kNames) {
    if (kind == tag.kind) return std::string(name) + (takes_argument(kind) ? tag.argument : "");
  }
  return "$KEEP";
}

std::optional<EditTag> parse_tag(std::string_view text) {
  for (const auto& [kind, name] : kNames) {
    if (!takes_argument(kind)) {
      if (text == name) return EditTag{kind, {}};
      continue;
    }
    if (!text.starts_with(name)) continue;
    const auto argument = text.substr(name.size());
    if (!valid_argument(kind, argument)) return std::nullopt;
    return EditTag{kind, std::string(argument)};
  }
  return std::nullopt;
}

}  // namespace nib::grammar
