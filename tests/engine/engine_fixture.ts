// One engine for a test file: the real WebAssembly core with the real Debian dictionaries.
import { Engine } from "../../wasm/engine/src/engine.js";
import { createNodeEngine } from "../../wasm/engine/src/node_assets.js";

let shared: Promise<Engine> | undefined;

export function engine(): Promise<Engine> {
  shared ??= createNodeEngine();
  return shared;
}

/** Text differs from `before` only inside [start, end) (the slice replaced by `inserted`). */
export function changedOnlyInside(before: string, after: string, start: number, end: number, inserted: string): boolean {
  return after === before.slice(0, start) + inserted + before.slice(end);
}
