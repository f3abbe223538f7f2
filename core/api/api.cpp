#include "api/api.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <new>

#include <nlohmann/json.hpp>

#include "api/check.hpp"
#include "api/check_request.hpp"
#include "api/tone_methods.hpp"
#include "api/training_methods.hpp"
#include "errors/error.hpp"
#include "explain/languages.hpp"
#include "grammar/inflections.hpp"

namespace nib::api {
namespace {

using nlohmann::json;

std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error_json(std::string_view code, std::string_view message) {
  return dump(
      json{{"api_version", kApiVersion}, {"error", {{"code", code}, {"message", message}}}});
}

// Runs one API operation; whatever goes wrong comes back as an error object.
template <typename Operation>
std::string guarded(Operation&& operation) {
  try {
    return dump(operation());
  } catch (const Error& error) {
    return error_json(error.code(), error.what());
  } catch (const std::bad_alloc&) {
    return error_json("out_of_memory", "the core ran out of memory for this request");
  } catch (const std::exception& error) {
    return error_json("internal", error.what());
  }
}

// The explanation languages, for menus: code, own name and writing direction.
json explain_languages_json() {
  json list = json::array();
  for (const auto& language : explain::explanation_languages()) {
    list.push_back({{"code", language.code},
                    {"name", language.native_name},
                    {"direction", language.right_to_left ? "rtl" : "ltr"}});
  }
  return list;
}

json ok(json fields = json::object()) {
  fields["api_version"] = kApiVersion;
  fields["ok"] = true;
  return fields;
}

}  // namespace

std::string Api::load_dictionary(std::string_view dialect, std::string_view aff,
                                 std::string_view dic) {
  return guarded([&] {
    spell_.load_dictionary(dialect, aff, dic);
    return ok({{"dialect", dialect}});
  });
}

std::string Api::load_lexicon(std::string_view lexicon) {
  return guarded([&] {
    spell_.load_lexicon(lexicon);
    return ok({{"words", spell_.lexicon_size()}});
  });
}

std::string Api::load_supplement(std::string_view word_list) {
  return guarded([&] {
    spell_.load_supplement(word_list);
    return ok();
  });
}

std::string Api::load_model_file(std::string_view name, std::string_view data) {
  return guarded([&] {
    if (name == "vocabulary") {
      grammar_.vocabulary = grammar::Vocabulary::parse(data);
      return ok({{"entries", grammar_.vocabulary->size()}});
    }
    if (name == "tags") {
      grammar_.tags = grammar::TagSet::parse(data);
      return ok({{"entries", grammar_.tags->size()}});
    }
    if (name == "inflections") {
      grammar_.inflections = grammar::Inflections::parse(data);
      return ok();
    }
    if (name == "tone") {
      tone_ = tone::ToneModel::parse(data);
      return ok({{"members", tone_->members()}, {"rows", tone_->rows()}});
    }
    if (name == "config") {
      const json config = json::parse(data, nullptr, false);
      if (!config.is_object())
        throw Error("invalid_model", "the model config must be a JSON object");
      grammar::DecodeOptions d = grammar_.decode;
      const auto number = [&](const char* key, double fallback) {
        const auto found = config.find(key);
        if (found == config.end()) return fallback;
        if (!found->is_number()) {
          throw Error("invalid_model", std::string("config '") + key + "' must be a number");
        }
        return found->get<double>();
      };
      d.min_tag_probability = number("min_tag_probability", d.min_tag_probability);
      d.keep_bias = number("keep_bias", d.keep_bias);
      d.min_error_probability = number("min_error_probability", d.min_error_probability);
      d.max_passes = static_cast<int>(std::clamp(number("max_passes", d.max_passes), 1.0, 5.0));
      grammar_.decode = d;
      return ok();
    }
    throw Error("invalid_request",
                "unknown model file (vocabulary, tags, inflections, config or tone)");
  });
}

std::string Api::call(std::string_view request_json) {
  return guarded([&]() -> json {
    const json request = json::parse(request_json, nullptr, false);
    if (request.is_discarded())
      throw Error("invalid_json", "the request is not valid JSON (UTF-8)");
    if (!request.is_object()) throw Error("invalid_request", "the request must be a JSON object");
    if (auto version = request.find("api_version"); version != request.end()) {
      if (!version->is_number_integer() || version->get<int>() != kApiVersion) {
        throw Error("unsupported_version",
                    "this core speaks api_version " + std::to_string(kApiVersion));
      }
    }
    std::string method = "check";
    if (auto m = request.find("method"); m != request.end()) {
      if (!m->is_string()) throw Error("invalid_request", "'method' must be a string");
      method = m->get<std::string>();
    }
    if (method == "check") return check(spell_, tone(), parse_check_request(request));
    if (method == "begin") {
      return sessions_.begin(spell_, grammar_, tone(), parse_check_request(request));
    }
    if (method == "rewrite") return rewrite_method(tone_, request);
    if (method == "tone_features") return tone_features_method(request);
    if (method == "finish") return sessions_.finish(spell_, grammar_, request);
    if (method == "encode") return encode_text(grammar_, request);
    if (method == "tag_pair") return tag_pair(grammar_, request);
    if (method == "suggest") {
      const auto parsed = parse_suggest_request(request);
      const auto started = std::chrono::steady_clock::now();
      const auto words =
          spell_.suggest(parsed.word, parsed.dialect,
                         parsed.algorithm == "hunspell" ? spell::SuggestMethod::hunspell
                                                        : spell::SuggestMethod::nib,
                         parsed.max_results);
      const std::chrono::duration<double, std::milli> took =
          std::chrono::steady_clock::now() - started;
      return {{"api_version", kApiVersion},
              {"word", parsed.word},
              {"accepted", spell_.accepts(parsed.word, parsed.dialect)},
              {"suggestions", words},
              {"timing", {{"total_ms", took.count()}}}};
    }
    if (method == "info") {
      return {{"api_version", kApiVersion},
              {"dialects", spell_.dialects()},
              {"lexicon_words", spell_.lexicon_size()},
              {"grammar_model", grammar_.ready()},
              {"tone_model", tone_.has_value()},
              {"tone", tone_info()},
              {"explain_languages", explain_languages_json()},
              {"limits",
               {{"max_text_length", kMaxTextLength}, {"max_personal_words", kMaxPersonalWords}}}};
    }
    throw Error("unknown_method",
                "unknown method '" + method.substr(0, 40) +
                    "' (check, begin, finish, rewrite, suggest, info, encode, tag_pair or "
                    "tone_features)");
  });
}

}  // namespace nib::api
