#ifndef NIB_CAPI_NIB_H_
#define NIB_CAPI_NIB_H_
/* The core's C ABI: what the WebAssembly bindings (and the training recipe, through ctypes and the
 * shared library nib_capi_shared) call. Every function that answers returns a NUL-terminated JSON
 * string the caller frees with nib_string_free. Byte buffers are (pointer, length): they may
 * contain NUL and need not be NUL-terminated. */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct NibCore NibCore;

NibCore* nib_core_create(void);
void nib_core_destroy(NibCore* core);

char* nib_load_dictionary(NibCore* core, const char* dialect, size_t dialect_length,
                          const char* aff, size_t aff_length, const char* dic, size_t dic_length);
char* nib_load_lexicon(NibCore* core, const char* data, size_t length);
char* nib_load_supplement(NibCore* core, const char* data, size_t length);
/* name: "vocabulary", "tags", "inflections" or "config" (the grammar model's text files), or
   "tone" (the tone model, tone.bin). */
char* nib_load_model_file(NibCore* core, const char* name, size_t name_length, const char* data,
                          size_t length);
char* nib_call(NibCore* core, const char* request_json, size_t length);

void nib_string_free(char* text);

#ifdef __cplusplus
}
#endif

#endif /* NIB_CAPI_NIB_H_ */
