#pragma once
// Chat abbreviations (imo, tbh, ngl, lol...). Written in lowercase they are a register, not an
// error, and capitalizing only their first letter ("Imo") is wrong in any register.
#include <string_view>

namespace nib::grammar {

bool is_chat_abbreviation(std::string_view key);  // key: the lowercased word

}  // namespace nib::grammar
