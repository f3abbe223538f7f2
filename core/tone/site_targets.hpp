#pragma once
// What tone a post should have where it is posted, and the notes Nib shows when a post is far from
// it. A target is a preset (LinkedIn expects "professional", Facebook "friendly", X, Reddit,
// Mastodon and Bluesky "casual"); users can pick another per site.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tone/dimensions.hpp"
#include "tone/tone_model.hpp"

namespace nib::tone {

struct ToneTarget {
  std::string_view name;         // general, professional, casual, friendly
  std::string_view description;  // English, for the CLI and the API's info
};

struct Site {
  std::string_view id;  // linkedin, x, reddit, mastodon, bluesky, facebook
  std::string_view default_target;
};

std::span<const ToneTarget> tone_targets();
std::span<const Site> sites();
std::optional<ToneTarget> find_target(std::string_view name);

struct ToneNote {
  std::string code;  // tone.too_casual, tone.rude, …
  Dimension dimension;
  std::size_t label;            // the label the post has on that dimension
  double score;                 // that label's calibrated probability
  std::string_view rewrite_to;  // the rewrite that moves it toward the target
};

// Notes for `reading` under `target` (a name from tone_targets()); none when the post is near it.
std::vector<ToneNote> tone_notes(const ToneReading& reading, std::string_view target);

}  // namespace nib::tone
