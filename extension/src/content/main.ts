// The content script: finds the fields the user writes in (also inside open shadow roots and
// ones added later), and gives each a FieldSession. Page text goes only to the extension's own
// background, which hands it to the on-device engine. Only the user's own (trusted) clicks, keys
// and pointer moves open cards or move the caret: a page's synthetic events are ignored.
import type { CheckOptions, RewriteGoal, RewriteOptions } from "../../../wasm/engine/src/types.js";
import {
  isCheckReply,
  isRewriteReply,
  MAX_REWRITE_TEXT,
  type CheckReply,
  type CheckRequestMessage,
  type RewriteReply,
  type RewriteRequestMessage,
} from "../shared/messages.js";
import { loadSettings, onSettingsChanged, saveSettings, siteEnabled, type Settings } from "../shared/settings.js";
import { Card } from "./card.js";
import { EditableSurface } from "./editable_surface.js";
import { listenToDocument } from "./document_events.js";
import { checkableField, deepActiveElement, isTextControl, type Field } from "./fields.js";
import { MirrorSurface } from "./mirror_surface.js";
import { FieldSession, type SessionContext } from "./session.js";
import { TonePanel } from "./tone_panel.js";

const sessions = new Map<Field, FieldSession>();
const observers = new Map<Field, MutationObserver>();
const spellcheckTurnedOff = new Set<Field>();
let settings: Settings | undefined;
let activeSession: FieldSession | undefined;

/** The one way page text leaves the content script: to this extension's background. */
async function toBackground(message: CheckRequestMessage | RewriteRequestMessage): Promise<unknown> {
  return chrome.runtime.sendMessage<CheckRequestMessage | RewriteRequestMessage, unknown>(message);
}

const context: SessionContext = {
  card: new Card(),
  tone: new TonePanel(),
  active: () => activeSession,
  sendRewrite: async (text: string, goal: RewriteGoal, options: RewriteOptions): Promise<RewriteReply> => {
    if (text.length > MAX_REWRITE_TEXT) {
      return { ok: false, error: { code: "text_too_long", message: "the post is too long to rewrite" } };
    }
    try {
      const reply = await toBackground({ target: "background", type: "nib.rewrite", text, goal, options });
      if (isRewriteReply(reply, text)) return reply;
      return { ok: false, error: { code: "bad_reply", message: "the engine's reply has the wrong shape" } };
    } catch (error) {
      return { ok: false, error: { code: "engine_unavailable", message: String(error) } };
    }
  },
  settings: () => settings!,
  ignored: new Set(),
  addWord: async (word) => {
    const current = settings ?? (await loadSettings());
    if (!current.personalWords.includes(word)) {
      await saveSettings({ personalWords: [...current.personalWords, word] });
    }
  },
  send: async (text: string, options: CheckOptions): Promise<CheckReply> => {
    try {
      const reply = await toBackground({ target: "background", type: "nib.check", text, options });
      if (isCheckReply(reply, text)) return reply;
      return { ok: false, error: { code: "bad_reply", message: "the engine's reply has the wrong shape" } };
    } catch (error) {
      // The extension was updated or reloaded under this page: no engine until the page reloads.
      return { ok: false, error: { code: "engine_unavailable", message: String(error) } };
    }
  },
};

function sessionOf(target: Element): FieldSession | undefined {
  for (const [field, session] of sessions) {
    if (field === target || field.contains(target)) return session;
  }
  return undefined;
}

function attach(target: Element): FieldSession | undefined {
  const existing = sessionOf(target);
  if (existing || !settings || !siteEnabled(settings, location.hostname)) return existing;
  const field = checkableField(target);
  if (!field) return undefined;
  const surface = isTextControl(field) ? new MirrorSurface(field) : new EditableSurface(field);
  const session = new FieldSession(surface, context);
  sessions.set(field, session);
  if (settings.hideBrowserSpellcheck && field.spellcheck) {
    field.spellcheck = false;
    spellcheckTurnedOff.add(field);
  }
  if (!isTextControl(field)) {
    // Editors change their DOM without input events too (undo through their own history).
    const observer = new MutationObserver(() => session.edited());
    observer.observe(field, { characterData: true, childList: true, subtree: true });
    observers.set(field, observer);
  }
  session.schedule(0);
  return session;
}

function detach(field: Field): void {
  const session = sessions.get(field);
  if (session && session === activeSession) {
    context.tone.hide();
    activeSession = undefined;
  }
  session?.destroy();
  sessions.delete(field);
  observers.get(field)?.disconnect();
  observers.delete(field);
  if (spellcheckTurnedOff.delete(field)) field.spellcheck = true;
}

listenToDocument(context, {
  attach,
  sessionOf,
  active: () => activeSession,
  activate: (session) => {
    activeSession = session;
  },
});

// Fields that leave the page take their session along.
new MutationObserver(() => {
  for (const field of [...sessions.keys()]) if (!field.isConnected) detach(field);
}).observe(document, { childList: true, subtree: true });

onSettingsChanged((changed) => {
  settings = changed;
  for (const [field, session] of sessions) {
    if (!siteEnabled(changed, location.hostname)) {
      detach(field);
      continue;
    }
    session.forget();
    session.schedule(0);
  }
});

void loadSettings().then((loaded) => {
  settings = loaded;
  const active = deepActiveElement();
  const session = active ? attach(active) : undefined;
  if (session) activeSession = session;
});
