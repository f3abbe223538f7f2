#pragma once
// Methods the training recipe calls (through the C API) so that it tokenizes and builds tag
// targets with the core's own code: "encode" (text -> model positions) and "tag_pair"
// (source + corrected text -> one edit tag per position).
#include <nlohmann/json_fwd.hpp>

#include "api/grammar_session.hpp"

namespace nib::api {

nlohmann::json encode_text(const GrammarModel& model, const nlohmann::json& request);
nlohmann::json tag_pair(const GrammarModel& model, const nlohmann::json& request);

}  // namespace nib::api
