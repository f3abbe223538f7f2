#include "capi/nib.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "api/api.hpp"

struct NibCore {
  nib::api::Api api;
};

namespace {

// Strings cross the C boundary as malloc'd copies so any C caller can free them.
char* to_c_string(const std::string& text) {
  char* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy == nullptr) return nullptr;
  std::memcpy(copy, text.data(), text.size() + 1);
  return copy;
}

std::string_view view(const char* data, size_t length) {
  return data == nullptr ? std::string_view() : std::string_view(data, length);
}

}  // namespace

extern "C" {

NibCore* nib_core_create(void) {
  // Ownership passes to the C caller, who gives it back with nib_core_destroy.
  return std::make_unique<NibCore>().release();
}

void nib_core_destroy(NibCore* core) { std::unique_ptr<NibCore> owned(core); }

char* nib_load_dictionary(NibCore* core, const char* dialect, size_t dialect_length,
                          const char* aff, size_t aff_length, const char* dic, size_t dic_length) {
  return to_c_string(core->api.load_dictionary(view(dialect, dialect_length), view(aff, aff_length),
                                               view(dic, dic_length)));
}

char* nib_load_lexicon(NibCore* core, const char* data, size_t length) {
  return to_c_string(core->api.load_lexicon(view(data, length)));
}

char* nib_load_supplement(NibCore* core, const char* data, size_t length) {
  return to_c_string(core->api.load_supplement(view(data, length)));
}

char* nib_load_model_file(NibCore* core, const char* name, size_t name_length, const char* data,
                          size_t length) {
  return to_c_string(core->api.load_model_file(view(name, name_length), view(data, length)));
}

char* nib_call(NibCore* core, const char* request_json, size_t length) {
  return to_c_string(core->api.call(view(request_json, length)));
}

void nib_string_free(char* text) { std::free(text); }

}  // extern "C"
