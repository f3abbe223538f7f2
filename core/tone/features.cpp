#include "tone/features.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace nib::tone {
namespace {

std::uint32_t fnv1a(std::string_view text) {
  std::uint32_t hash = 2166136261u;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

// Lower-case ASCII, ’ read as ', and letters stretched three or more times kept twice ("soooo" →
// "soo"), so the spellings of one word share a feature.
std::string normalized_word(std::string_view word, bool& stretched) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const auto n = out.size();
    if (n >= 2 && out[n - 1] == c && out[n - 2] == c && static_cast<unsigned char>(c) < 0x80) {
      stretched = true;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

constexpr std::size_t kLongWordBytes = 10;

// Words that address the reader: a valenced word beside one is aimed at them ("you're useless").
bool second_person(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "you", "your", "you're", "youre", "yours", "yourself", "yourselves", "u", "ur"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

bool starts_lower(std::string_view word) {
  return !word.empty() && word[0] >= 'a' && word[0] <= 'z';
}

class FeatureWriter {
 public:
  explicit FeatureWriter(std::vector<std::uint32_t>& out) : out_(out) {}
  void add(std::string_view prefix, std::string_view value) {
    key_.assign(prefix);
    key_.append(value);
    out_.push_back(fnv1a(key_));
  }

 private:
  std::vector<std::uint32_t>& out_;
  std::string key_;
};

}  // namespace

std::vector<std::uint32_t> tone_features(std::string_view text,
                                         const text::Segmentation& segmentation,
                                         const ValenceLexicon& valence) {
  std::vector<std::uint32_t> ids;
  FeatureWriter out(ids);
  std::vector<std::string_view> valenced;  // this sentence's valence classes, in order
  for (const auto& sentence : segmentation.sentences) {
    std::string previous = "<s>";
    std::size_t exclamations = 0;
    bool first = true;
    bool addressed = false;
    valenced.clear();
    const auto note_word = [&](std::string_view word) {
      addressed = addressed || second_person(word);
      if (const auto score = valence.score(word)) {
        if (const auto name = valence_class(*score); !name.empty()) valenced.push_back(name);
      }
    };
    for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count;
         ++t) {
      const auto& token = segmentation.tokens[t];
      const auto raw = text.substr(token.begin, token.end - token.begin);
      std::string unit;
      if (token.kind == text::TokenKind::word) {
        bool stretched = false;
        unit = normalized_word(raw, stretched);
        if (stretched) out.add("s ", "stretched");
        if (raw == "i") out.add("s ", "lower_i");
        if (first && starts_lower(raw)) out.add("s ", "lower_start");
        // Long words mark formal prose (acknowledge, legislation) even when the word itself is
        // rare. Counted in bytes, as trained: 10 letters of ASCII, fewer of other scripts.
        if (unit.size() >= kLongWordBytes) out.add("s ", "long_word");
        out.add("w ", unit);
        note_word(unit);
      } else if (token.kind == text::TokenKind::protected_span) {
        const auto kind = text::to_string(token.protected_kind);
        out.add("s ", kind);
        if (token.protected_kind == text::ProtectedKind::emoji) {
          out.add("e ", raw);
          unit = "<emoji>";
        } else if (token.protected_kind == text::ProtectedKind::acronym) {
          bool stretched = false;
          unit = normalized_word(raw, stretched);
          out.add("w ", unit);
          out.add("s ", "caps");
          note_word(unit);
        } else if (token.protected_kind == text::ProtectedKind::hashtag) {
          bool stretched = false;
          out.add("h ", normalized_word(raw.substr(1), stretched));
          unit = "<hashtag>";
        } else {
          unit = "<" + std::string(kind) + ">";
        }
      } else {
        unit = std::string(raw);
        out.add("p ", unit);
        if (raw == "!") ++exclamations;
      }
      out.add("b ", previous + " " + unit);
      previous = std::move(unit);
      first = false;
    }
    for (const auto name : valenced) {
      out.add("v ", name);
      if (addressed) out.add("v you ", name);
    }
    if (exclamations >= 2) out.add("s ", "exclamations");
    if (sentence.token_count > 0) {
      const auto& last = segmentation.tokens[sentence.first_token + sentence.token_count - 1];
      if (last.kind == text::TokenKind::word) out.add("s ", "no_end_mark");
    }
  }
  return ids;
}

std::uint32_t member_row(std::uint32_t feature, std::uint32_t member, std::uint32_t rows) {
  // MurmurHash3's finalizer over the feature mixed with the member's seed (the golden ratio's
  // multiples): every bit of the hash moves the row.
  std::uint32_t h = feature ^ (0x9E3779B9u * (member + 1));
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h % rows;
}

}  // namespace nib::tone
