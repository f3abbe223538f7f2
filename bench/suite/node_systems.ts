// The systems the Node part of the benchmark compares, behind one interface: Nib without the
// grammar model, Nib's full engine (spelling, grammar model, tone), and Harper (harper.js, its
// default rules). Each is imported when opened, so cold start includes loading its code.
import { lintPost } from "../harper_lint.js";

export const NODE_SYSTEMS = ["nib-spelling", "nib-full", "harper"] as const;
export type NodeSystem = (typeof NODE_SYSTEMS)[number];

export interface OpenSystem {
  /** Checks a post and reads every problem with its replacements; answers how many it found. */
  check(text: string): Promise<number>;
  /** Forgets what earlier checks left cached (model outputs per sentence, replacements per word). */
  forget(): void;
  wasmBytes(): number | null;
}

async function openNib(grammar: boolean): Promise<OpenSystem> {
  const { createNodeEngine } = await import("../../wasm/engine/src/node_assets.js");
  const engine = await createNodeEngine({ grammar: grammar ? "auto" : "none" });
  if (grammar && !engine.hasGrammarModel) throw new Error("no grammar model in build/assets/grammar: run scripts/build.sh");
  let fresh = 0;
  let personalWords: string[] = [];
  return {
    check: async (text) => (await engine.check(text, { personalWords })).suggestions.length,
    forget: () => {
      engine.clearModelCache();
      // The core keeps replacements per word until the personal words change.
      fresh += 1;
      personalWords = [`nibbench${fresh}`];
    },
    wasmBytes: () => engine.memoryBytes(),
  };
}

async function openHarper(): Promise<OpenSystem> {
  const { Dialect, LocalLinter } = await import("harper.js");
  const { binary } = await import("harper.js/binary");
  const linter = new LocalLinter({ binary, dialect: Dialect.American });
  await linter.setup();
  return {
    check: (text) => lintPost(linter, text),
    // Harper caches whole texts: the benchmark never repeats one.
    forget: () => undefined,
    wasmBytes: () => null,
  };
}

export function openSystem(system: NodeSystem): Promise<OpenSystem> {
  switch (system) {
    case "nib-spelling":
      return openNib(false);
    case "nib-full":
      return openNib(true);
    case "harper":
      return openHarper();
  }
}
