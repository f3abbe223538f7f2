"""The Nib core, loaded through its C API (ctypes), so the recipe tokenizes and builds tag targets
with exactly the code the engine runs. Build it first: `cmake --build build/native` gives
`build/native/core/capi/libnib_core.so`."""
import ctypes
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DEFAULT_LIBRARY = REPO / "build" / "native" / "core" / "capi" / "libnib_core.so"


class CoreError(RuntimeError):
    pass


class Core:
    def __init__(self, library: Path = DEFAULT_LIBRARY):
        self._core = None  # so close() (and __del__) work when loading fails
        if not Path(library).exists():
            raise CoreError(f"{library} is missing: build the core natively first "
                            "(cmake -S . -B build/native && cmake --build build/native)")
        lib = ctypes.CDLL(str(library))
        lib.nib_core_create.restype = ctypes.c_void_p
        lib.nib_core_destroy.argtypes = [ctypes.c_void_p]
        lib.nib_call.restype = ctypes.c_void_p
        lib.nib_call.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        lib.nib_load_model_file.restype = ctypes.c_void_p
        lib.nib_load_model_file.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                            ctypes.c_char_p, ctypes.c_size_t]
        lib.nib_string_free.argtypes = [ctypes.c_void_p]
        self._lib = lib
        self._core = lib.nib_core_create()

    def close(self):
        if self._core:
            self._lib.nib_core_destroy(self._core)
            self._core = None

    def __del__(self):
        self.close()

    def _answer(self, pointer) -> dict:
        try:
            answer = json.loads(ctypes.string_at(pointer).decode("utf-8"))
        finally:
            self._lib.nib_string_free(pointer)
        if "error" in answer:
            raise CoreError(f"{answer['error']['code']}: {answer['error']['message']}")
        return answer

    def load_model_file(self, name: str, data: bytes) -> dict:
        n = name.encode()
        return self._answer(self._lib.nib_load_model_file(self._core, n, len(n), data, len(data)))

    def call(self, request: dict) -> dict:
        payload = json.dumps(request, ensure_ascii=False).encode("utf-8")
        return self._answer(self._lib.nib_call(self._core, payload, len(payload)))

    def encode(self, text: str) -> dict:
        return self.call({"method": "encode", "text": text})

    def tag_pair(self, source: str, target: str) -> dict:
        return self.call({"method": "tag_pair", "source": source, "target": target})
