// Types for the Emscripten module built from wasm/bindings (build/wasm/nib_core.mjs), which the
// build copies next to the compiled engine.
export interface NibCoreModule {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _nib_core_create(): number;
  _nib_core_destroy(core: number): void;
  _nib_load_dictionary(
    core: number,
    dialect: number,
    dialectLength: number,
    aff: number,
    affLength: number,
    dic: number,
    dicLength: number,
  ): number;
  _nib_load_lexicon(core: number, data: number, length: number): number;
  _nib_load_supplement(core: number, data: number, length: number): number;
  _nib_load_model_file(core: number, name: number, nameLength: number, data: number, length: number): number;
  _nib_call(core: number, request: number, length: number): number;
  _nib_string_free(text: number): void;
}

export interface NibCoreOptions {
  wasmBinary: ArrayBuffer | Uint8Array;
}

export default function createNibCore(options: NibCoreOptions): Promise<NibCoreModule>;
