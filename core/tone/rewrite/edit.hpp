#pragma once
// One change of a rewrite, in bytes of the original text, and how edits are applied.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nib::tone::rewrite {

struct Edit {
  std::size_t begin;
  std::size_t end;
  std::string replacement;
  std::string code;  // tone.rewrite.…, for the explanation
};

// A set of edits from one transformation (contractions, hedges, …): a rewrite takes all or none.
struct EditFamily {
  std::string code;
  std::vector<Edit> edits;  // sorted, not overlapping
};

// `edits` sorted by begin and not overlapping.
std::string apply_edits(std::string_view text, std::span<const Edit> edits);

}  // namespace nib::tone::rewrite
