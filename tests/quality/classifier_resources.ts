// What the edit classifier reads, loaded for a run: the inflection table from the data folder
// (suffix rules alone when it is missing) and a dictionary, Hunspell's through Nib's core.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { createNodeEngine } from "../../wasm/engine/src/node_assets.js";
import type { ClassifierResources } from "./edit_classifier.js";
import { Morphology } from "./morphology.js";

export const MORPHS = "gec/pie_morphs.txt";

export interface LoadedResources {
  resources: ClassifierResources;
  /** Whether the inflection table was found (without it the classifier agrees less). */
  inflectionTable: boolean;
  dispose(): void;
}

export async function loadClassifierResources(dataDir: string): Promise<LoadedResources> {
  const table = path.join(dataDir, MORPHS);
  const inflectionTable = existsSync(table);
  const morphology = inflectionTable ? Morphology.parse(readFileSync(table, "utf8")) : Morphology.empty();
  // Its own engine, without the model: the classifier needs a dictionary, not a system under test.
  const engine = await createNodeEngine({ grammar: "none" });
  const known = new Map<string, boolean>();
  const isKnownWord = (word: string): boolean => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = engine.suggestWord(word, { max: 1 }).accepted;
      known.set(word, answer);
    }
    return answer;
  };
  return { resources: { morphology, isKnownWord }, inflectionTable, dispose: () => engine.dispose() };
}
