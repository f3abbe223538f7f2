#pragma once
// A check from request to response: repair, segment, spell, and report in UTF-16 offsets.
#include <nlohmann/json_fwd.hpp>

#include "api/check_request.hpp"
#include "spell/spell_checker.hpp"

namespace nib::api {

nlohmann::json check(spell::SpellChecker& spell, const CheckRequest& request);

}  // namespace nib::api
