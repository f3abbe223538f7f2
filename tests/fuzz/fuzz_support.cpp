#include "fuzz_support.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text/utf8.hpp"

namespace nib::fuzz {
namespace {

using nlohmann::json;

void loaded(std::string_view answer, std::string_view what) {
  const json parsed = json::parse(answer, nullptr, false);
  if (parsed.is_discarded() || !parsed.value("ok", false)) fail("could not load", what);
}

std::u16string to_utf16(std::string_view utf8) {
  std::u16string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? c : length == 2 ? c & 0x1FU : length == 3 ? c & 0x0FU : c & 0x07U;
    for (int k = 1; k < length && i + k < utf8.size(); ++k) {
      cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3FU);
    }
    if (cp >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
    i += static_cast<std::size_t>(length);
  }
  return out;
}

bool is_low_surrogate(char16_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read", path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

api::Api& loaded_api() {
  static api::Api api = [] {
    api::Api made;
    const std::string dictionaries = NIB_HUNSPELL_DICT_DIR;
    loaded(made.load_dictionary("en-US", read_file(dictionaries + "/en_US.aff"),
                                read_file(dictionaries + "/en_US.dic")),
           "en-US");
    loaded(made.load_lexicon(read_file(NIB_ASSETS_DIR "/en.lexicon")), "lexicon");
    loaded(made.load_supplement(read_file(NIB_ASSETS_DIR "/social_supplement.txt")), "supplement");
    const std::string model = NIB_SOURCE_DIR "/models/grammar/";
    loaded(made.load_model_file("vocabulary", read_file(model + "vocab.txt")), "vocabulary");
    loaded(made.load_model_file("tags", read_file(model + "tags.txt")), "tags");
    loaded(made.load_model_file("inflections", read_file(model + "inflections.txt")),
           "inflections");
    loaded(made.load_model_file("config", read_file(model + "config.json")), "config");
    loaded(made.load_model_file("tone", read_file(NIB_SOURCE_DIR "/models/tone/tone.bin")), "tone");
    return made;
  }();
  return api;
}

std::size_t tag_count() {
  static const std::size_t count = [] {
    const std::string tags = read_file(NIB_SOURCE_DIR "/models/grammar/tags.txt");
    return static_cast<std::size_t>(std::count(tags.begin(), tags.end(), '\n'));
  }();
  return count;
}

std::string_view ByteReader::take(std::size_t count) {
  const std::size_t n = std::min(count, bytes_.size() - std::min(at_, bytes_.size()));
  const auto* begin = reinterpret_cast<const char*>(bytes_.data() + at_);
  at_ += n;
  return {begin, n};
}

json check_answer(std::string_view answer, std::string_view text_utf8) {
  const json parsed = json::parse(answer, nullptr, false);
  require(!parsed.is_discarded() && parsed.is_object(), "answer is not a JSON object");
  if (parsed.contains("error")) {
    require(parsed["error"].value("code", "").size() > 0, "error without a code");
    require(parsed["error"].value("message", "").size() > 0, "error without a message");
    return parsed;
  }
  if (!parsed.contains("suggestions")) return parsed;  // another model pass is asked for
  // The core repairs what it is given (NUL and invalid bytes become U+FFFD, one unit each).
  const std::u16string text = to_utf16(text::repair_utf8(text_utf8).text);
  require(parsed.value("text_length", std::size_t{0}) == text.size(), "text_length");
  for (const json& s : parsed["suggestions"]) {
    const auto start = s.at("start").get<std::size_t>();
    const auto end = s.at("end").get<std::size_t>();
    require(start <= end && end <= text.size(), "span outside the text", s.dump());
    require(start == text.size() || !is_low_surrogate(text[start]), "start splits a pair");
    require(end == text.size() || !is_low_surrogate(text[end]), "end splits a pair");
    require(to_utf16(s.at("original").get<std::string>()) == text.substr(start, end - start),
            "original is not the covered text", s.dump());
    require(s.at("replacements").is_array(), "replacements");
  }
  return parsed;
}

json check_rewrite_answer(std::string_view answer, std::string_view text_utf8) {
  const json parsed = json::parse(answer, nullptr, false);
  require(!parsed.is_discarded() && parsed.is_object(), "answer is not a JSON object");
  if (parsed.contains("error")) {
    require(parsed["error"].value("code", "").size() > 0, "error without a code");
    return parsed;
  }
  const std::u16string text = to_utf16(text::repair_utf8(text_utf8).text);
  for (const json& candidate : parsed.at("candidates")) {
    // The edits, applied to the text, give the candidate's text; each names what it replaces.
    std::u16string rebuilt;
    std::size_t at = 0;
    for (const json& edit : candidate.at("edits")) {
      const auto start = edit.at("start").get<std::size_t>();
      const auto end = edit.at("end").get<std::size_t>();
      require(at <= start && start <= end && end <= text.size(),
              "edit outside the text or out of order", edit.dump());
      require(to_utf16(edit.at("original").get<std::string>()) == text.substr(start, end - start),
              "edit original is not the covered text", edit.dump());
      rebuilt += text.substr(at, start - at);
      rebuilt += to_utf16(edit.at("replacement").get<std::string>());
      at = end;
    }
    rebuilt += text.substr(at);
    require(rebuilt == to_utf16(candidate.at("text").get<std::string>()),
            "edits do not give the text");
  }
  return parsed;
}

}  // namespace nib::fuzz
