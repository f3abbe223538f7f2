#pragma once
// The model's output classes: one edit tag per line (the recipe writes the most frequent ones);
// line 0 must be $KEEP.
#include <span>
#include <string_view>
#include <vector>

#include "grammar/edit_tag.hpp"

namespace nib::grammar {

class TagSet {
 public:
  // Throws nib::Error("invalid_model", ...) on an unknown tag or when $KEEP is not first.
  static TagSet parse(std::string_view lines);

  std::size_t size() const { return tags_.size(); }
  const EditTag& at(std::size_t index) const { return tags_.at(index); }

 private:
  std::vector<EditTag> tags_;
};

}  // namespace nib::grammar
