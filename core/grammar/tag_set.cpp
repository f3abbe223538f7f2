#include "grammar/tag_set.hpp"

#include <string>

#include "errors/error.hpp"
#include "grammar/line_reader.hpp"

namespace nib::grammar {

TagSet TagSet::parse(std::string_view lines) {
  TagSet set;
  std::size_t number = 0;
  for_each_line(lines, [&](std::string_view line) {
    ++number;
    // A blank line would shift every later index away from the model's outputs.
    auto tag = parse_tag(line);
    if (!tag) {
      throw Error("invalid_model", "tag list line " + std::to_string(number) +
                                       " is not an edit tag: " + std::string(line.substr(0, 40)));
    }
    set.tags_.push_back(std::move(*tag));
  });
  if (set.tags_.empty() || set.tags_.front().kind != TagKind::keep) {
    throw Error("invalid_model", "the tag list must start with $KEEP");
  }
  return set;
}

}  // namespace nib::grammar
