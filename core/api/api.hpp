#pragma once
// The core's one entry point: JSON in, JSON out, versioned. Every answer is a JSON object; errors
// are {"error": {"code", "message"}} and never escape as exceptions or crashes.
#include <optional>
#include <string>
#include <string_view>

#include "api/grammar_session.hpp"
#include "spell/spell_checker.hpp"
#include "tone/tone_model.hpp"

namespace nib::api {

class Api {
 public:
  // Data the host passes in as bytes (the core does no I/O). Each answers {"ok": true, …} or an
  // error object.
  std::string load_dictionary(std::string_view dialect, std::string_view aff, std::string_view dic);
  std::string load_lexicon(std::string_view lexicon);
  std::string load_supplement(std::string_view word_list);
  // The grammar model's text files: "vocabulary", "tags", "inflections" or "config" (JSON with
  // the decoding thresholds; the ONNX file itself stays with the host, which runs it), or "tone"
  // (the tone model, models/tone/tone.bin, which the core runs itself).
  std::string load_model_file(std::string_view name, std::string_view data);

  // {"api_version": 1, "method": "check" | "begin" | "finish" | "rewrite" | "suggest" | "info" |
  // "encode" | "tag_pair" | "tone_features", …}; see docs in README.md.
  std::string call(std::string_view request_json);

 private:
  spell::SpellChecker spell_;
  GrammarModel grammar_;
  GrammarSessions sessions_;
  std::optional<tone::ToneModel> tone_;

  const tone::ToneModel* tone() const { return tone_ ? &*tone_ : nullptr; }
};

}  // namespace nib::api
