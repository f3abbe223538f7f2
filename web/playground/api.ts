// What the playground page offers its tests and the benchmark (window.nibPlayground).
import type { CheckOptions } from "../../wasm/engine/src/types.js";
import type { OrtModule } from "../../wasm/engine/src/grammar_runner.js";
import type { PrivacyState } from "./privacy_monitor.js";

/** What tests and the benchmark read from the page. */
export interface PlaygroundApi {
  /** loadMs: from this script's start; sinceNavigationMs: from the page's navigation. */
  ready: Promise<{ loadMs: number; sinceNavigationMs: number; bytes: number; grammarModel: boolean }>;
  privacy(): Readonly<PrivacyState>;
  checks(): number;
  /** Checks each text `rounds` times in the page, nothing cached from an earlier check (model
   * outputs, replacements), and returns each check's wall time (ms). For the benchmark. */
  timeChecks(texts: readonly string[], options: CheckOptions, rounds: number): Promise<number[]>;
}

declare global {
  interface Window {
    ort?: OrtModule;
    nibPlayground?: PlaygroundApi;
  }
}
