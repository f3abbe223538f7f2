// What a user downloads: the model files, the WebAssembly modules, and the whole Chromium
// extension, raw and gzip-compressed (each file at level 9, as a server or store would send it).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface Sizes {
  grammar_model_mib: number;
  tone_model_mib: number;
  core_wasm_mib: number;
  onnxruntime_wasm_mib: number;
  harper_wasm_mib: number;
  extension_files: number;
  extension_raw_mib: number;
  extension_gzip_mib: number;
}

const MIB = 2 ** 20;
const mib = (bytes: number) => Math.round((bytes / MIB) * 100) / 100;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

export function measureSizes(root: string): Sizes {
  const size = (relative: string) => statSync(path.join(root, relative)).size;
  const extension = files(path.join(root, "build/extension/chromium"));
  let raw = 0;
  let gzip = 0;
  for (const file of extension) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return {
    grammar_model_mib: mib(size("build/assets/grammar/model.onnx")),
    tone_model_mib: mib(size("build/assets/tone/tone.bin")),
    core_wasm_mib: mib(size("build/assets/nib_core.wasm")),
    onnxruntime_wasm_mib: mib(size("node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm")),
    harper_wasm_mib: mib(size("node_modules/harper.js/dist/harper_wasm_bg.wasm")),
    extension_files: extension.length,
    extension_raw_mib: mib(raw),
    extension_gzip_mib: mib(gzip),
  };
}
