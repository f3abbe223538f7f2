// The WebAssembly module exports the C ABI of core/capi/nib.h and nothing else; this file only
// anchors the link (built with --no-entry), so the exported functions come from nib_capi.
#include "capi/nib.h"
