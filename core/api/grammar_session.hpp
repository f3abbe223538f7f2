#pragma once
// The two-phase check with the grammar model. The host runs the model (onnxruntime-web is
// asynchronous in the browser), so the core never calls it: `begin` prepares the check and the
// model inputs, `finish` decodes the model outputs and either asks for another pass over the
// sentences that changed or answers with the merged suggestions.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "api/check.hpp"
#include "grammar/apply_tags.hpp"
#include "grammar/decoder.hpp"
#include "grammar/inflections.hpp"
#include "grammar/tag_set.hpp"
#include "grammar/vocabulary.hpp"

namespace nib::api {

struct GrammarModel {
  std::optional<grammar::Vocabulary> vocabulary;
  std::optional<grammar::TagSet> tags;
  grammar::Inflections inflections;
  grammar::DecodeOptions decode;

  bool ready() const { return vocabulary && tags && !inflections.empty(); }
};

class GrammarSessions {
 public:
  // Abandoned sessions (a host that never finishes) are dropped beyond this many.
  static constexpr std::size_t kMaxOpen = 8;

  nlohmann::json begin(spell::SpellChecker& spell, const GrammarModel& model,
                       const tone::ToneModel* tone, CheckRequest request);
  nlohmann::json finish(spell::SpellChecker& spell, const GrammarModel& model,
                        const nlohmann::json& request);

 private:
  struct Session {
    std::uint64_t id;
    CheckContext context;
    std::vector<grammar::SentenceState> sentences;
    std::vector<std::size_t> pending;  // sentences whose inputs the host is running
    int pass = 0;
    double grammar_ms = 0;
  };

  nlohmann::json inputs_or_answer(spell::SpellChecker& spell, Session& session,
                                  const GrammarModel& model);

  std::deque<Session> open_;
  std::uint64_t next_id_ = 1;
};

}  // namespace nib::api
