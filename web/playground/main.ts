// The playground: the engine of the extension (core WebAssembly, dictionaries, grammar and tone
// models) runs in this page, and the extension's own field session, underlines, card and tone panel
// show its answers in a textarea. No server logic: static files on localhost, read once while the
// page loads; after that the privacy indicator proves nothing else is requested.
import { fetchBytes, loadBrowserAssets } from "../../wasm/engine/src/browser_assets.js";
import { Engine } from "../../wasm/engine/src/engine.js";
import type { CheckResponse, DialectChoice, Suggestion, ToneTarget } from "../../wasm/engine/src/types.js";
import { Card } from "../../extension/src/content/card.js";
import { listenToDocument } from "../../extension/src/content/document_events.js";
import { MirrorSurface } from "../../extension/src/content/mirror_surface.js";
import { FieldSession, type SessionContext } from "../../extension/src/content/session.js";
import { TonePanel } from "../../extension/src/content/tone_panel.js";
import { EXPLAIN_LANGUAGES } from "../../extension/src/shared/explain_languages.js";
import { useMessages } from "../../extension/src/shared/i18n.js";
import { DEFAULT_SETTINGS, type Settings } from "../../extension/src/shared/settings.js";
import { SITES } from "../../extension/src/shared/sites.js";
import { LoadProgress, type LoadList } from "./load_progress.js";
import { PlaygroundMessages, type Catalogue } from "./locales.js";
import type { PlaygroundApi } from "./api.js";
import { PrivacyMonitor, type PrivacyState } from "./privacy_monitor.js";
import { renderProblems, renderTone } from "./results_panel.js";

const started = performance.now();
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const field = byId<HTMLTextAreaElement>("post");
const privacyBadge = byId<HTMLElement>("privacy");
const loading = byId<HTMLElement>("loading");
let checks = 0;

function showPrivacy(state: Readonly<PrivacyState>): void {
  const sent = [...state.requests, ...state.blocked];
  if (sent.length > 0) {
    privacyBadge.className = "privacy leaked";
    privacyBadge.textContent = `${sent.length} request${sent.length === 1 ? "" : "s"} since the page loaded: ${sent.slice(0, 3).join(", ")}`;
  } else if (state.watching) {
    privacyBadge.className = "privacy clean";
    privacyBadge.textContent = `Nothing has left this page: 0 requests since it loaded, ${checks} check${checks === 1 ? "" : "s"} run here`;
  }
  privacyBadge.dataset["requests"] = String(sent.length);
}

const privacy = new PrivacyMonitor(showPrivacy);

async function loadCatalogues(progress: LoadProgress): Promise<Map<string, Catalogue>> {
  const catalogues = new Map<string, Catalogue>();
  for (const { code } of EXPLAIN_LANGUAGES) {
    const bytes = await fetchBytes(new URL(`locales/${code}.json`, location.href), (n) => progress.add(n));
    catalogues.set(code, JSON.parse(new TextDecoder().decode(bytes)) as Catalogue);
  }
  return catalogues;
}

async function start(): Promise<{ engine: Engine; messages: PlaygroundMessages; progress: LoadProgress }> {
  const list = (await (await fetch("assets.json")).json()) as LoadList;
  const progress = new LoadProgress(list, byId("load-progress"), byId("load-label"));
  const onBytes = (n: number) => progress.add(n);
  const messages = new PlaygroundMessages(await loadCatalogues(progress));
  const ort = window.ort;
  if (ort) {
    // onnxruntime-web's own WebAssembly, read here so that its bytes count in the progress too.
    ort.env.wasm.wasmBinary = await fetchBytes(new URL("ort/ort-wasm-simd-threaded.wasm", location.href), onBytes);
  }
  const assets = await loadBrowserAssets("assets/", { onBytes, ...(ort ? { ort } : {}) });
  return { engine: await Engine.create(assets), messages, progress };
}

function fillSelects(messages: PlaygroundMessages): { language: HTMLSelectElement; site: HTMLSelectElement; dialect: HTMLSelectElement } {
  const language = byId<HTMLSelectElement>("explain-language");
  for (const { code, name } of EXPLAIN_LANGUAGES) language.append(new Option(name, code));
  language.value = PlaygroundMessages.pick(navigator.languages, EXPLAIN_LANGUAGES.map((l) => l.code));
  messages.setLanguage(language.value);
  const site = byId<HTMLSelectElement>("site");
  site.append(new Option("any site (general tone)", "general"));
  for (const s of SITES) site.append(new Option(`${s.name} (${s.target})`, s.target));
  return { language, site, dialect: byId<HTMLSelectElement>("dialect") };
}

/** The textarea's surface, also listing what it underlines in the side panel. */
class PanelledSurface extends MirrorSurface {
  constructor(
    field: HTMLTextAreaElement,
    private readonly underlined: (suggestions: readonly Suggestion[]) => void,
  ) {
    super(field);
  }

  override underline(suggestions: readonly Suggestion[]): void {
    super.underline(suggestions);
    this.underlined(suggestions);
  }
}

async function main(): Promise<void> {
  const { engine, messages, progress } = await start();
  useMessages(messages);
  const selects = fillSelects(messages);
  let settings: Settings = { ...DEFAULT_SETTINGS, explainLanguage: selects.language.value };
  let latest: { text: string; response: CheckResponse; milliseconds: number } | undefined;
  let session: FieldSession | undefined;
  const personalWords = byId<HTMLElement>("personal-words");

  const context: SessionContext = {
    card: new Card(),
    tone: new TonePanel(),
    active: () => session,
    settings: () => settings,
    ignored: new Set(),
    addWord: async (word) => {
      if (settings.personalWords.includes(word)) return;
      settings = { ...settings, personalWords: [...settings.personalWords, word] };
      personalWords.replaceChildren(...settings.personalWords.map((w) => Object.assign(document.createElement("code"), { textContent: w })));
      recheck();
    },
    send: async (text, options) => {
      const before = performance.now();
      try {
        const response = await engine.check(text, options);
        checks += 1;
        latest = { text, response, milliseconds: performance.now() - before };
        return { ok: true, response };
      } catch (error) {
        return { ok: false, error: { code: "engine_error", message: String(error) } };
      }
    },
    sendRewrite: async (text, goal, options) => {
      try {
        return { ok: true, response: await engine.rewrite(text, goal, options) };
      } catch (error) {
        return { ok: false, error: { code: "engine_error", message: String(error) } };
      }
    },
  };

  // The panel lists exactly what is underlined; its tone is the latest reading of this very text.
  function underlined(suggestions: readonly Suggestion[]): void {
    const current = latest?.text === field.value ? latest : undefined;
    renderProblems(byId("problems"), byId("summary"), suggestions, current?.milliseconds ?? 0, openCard);
    renderTone(byId("tone"), byId("tone-target"), current?.response.tone);
    showPrivacy(privacy.current);
  }

  function openCard(suggestion: Suggestion): void {
    field.focus();
    field.setSelectionRange(suggestion.start, suggestion.end);
    session?.openAtSelection(true);
  }

  function recheck(): void {
    session?.forget();
    session?.schedule(0);
  }

  function settingsChanged(): void {
    messages.setLanguage(selects.language.value);
    settings = {
      ...settings,
      dialect: selects.dialect.value as DialectChoice,
      explainLanguage: selects.language.value,
      siteTones: { other: selects.site.value as ToneTarget },
    };
    recheck();
  }
  for (const select of Object.values(selects)) select.addEventListener("change", settingsChanged);

  const fieldSession = new FieldSession(new PanelledSurface(field, underlined), context);
  session = fieldSession;
  listenToDocument(context, {
    attach: (target) => (target === field ? fieldSession : undefined),
    sessionOf: (target) => (target === field ? fieldSession : undefined),
    active: () => fieldSession,
    activate: () => undefined,
  });
  field.disabled = false;
  loading.classList.add("done");
  privacy.start();
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
  await fieldSession.check();

  const api = window.nibPlayground!;
  api.timeChecks = async (texts, options, rounds) => {
    const times: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const text of texts) {
        engine.clearModelCache();
        // The core keeps replacements per word until the personal words change.
        const fresh = { ...options, personalWords: [`nibbench${times.length}`] };
        const before = performance.now();
        await engine.check(text, fresh);
        times.push(performance.now() - before);
      }
    }
    return times;
  };
  resolveReady({ loadMs: performance.now() - started, sinceNavigationMs: performance.now(), bytes: progress.bytes.loaded, grammarModel: engine.hasGrammarModel });
}

let resolveReady: (value: Awaited<PlaygroundApi["ready"]>) => void = () => undefined;
let rejectReady: (error: unknown) => void = () => undefined;
const ready = new Promise<Awaited<PlaygroundApi["ready"]>>((resolve, reject) => {
  resolveReady = resolve;
  rejectReady = reject;
});
ready.catch(() => undefined); // the page shows the failure itself
window.nibPlayground = {
  ready,
  privacy: () => privacy.current,
  checks: () => checks,
  timeChecks: () => Promise.reject(new Error("the engine is still loading")),
};
main().catch((error: unknown) => {
  loading.classList.add("failed");
  byId("load-label").textContent = `The engine could not start: ${error instanceof Error ? error.message : String(error)}`;
  rejectReady(error);
});
