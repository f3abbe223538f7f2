#pragma once
// The languages Nib explains its suggestions in, each with its compiled-in catalogue.
#include <optional>
#include <span>
#include <string_view>

#include "explain/catalogue.hpp"

namespace nib::explain {

struct Language {
  std::string_view code;         // BCP 47, as the catalogue file is named: en, pt-BR, zh-CN…
  std::string_view native_name;  // how its speakers name it, for menus
  bool right_to_left;
};

inline constexpr std::string_view kEnglish = "en";

std::span<const Language> explanation_languages();

// The shipped language a request means: exact codes, any case and '_' for '-' (pt_br), a bare
// language for its shipped variant (pt -> pt-BR, zh -> zh-CN), regions and scripts of a shipped
// language (es-MX -> es, zh-Hans-CN -> zh-CN, en-GB -> en). Nothing when none is shipped (nl).
std::optional<Language> supported_language(std::string_view requested);

// The catalogue of a shipped language code; English for any other.
const Catalogue& catalogue(std::string_view code);

}  // namespace nib::explain
