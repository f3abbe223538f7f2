// Chromium's service worker: forwards content scripts' checks and rewrites to the offscreen document, which it
// creates on first use. It holds no page text itself.
import { isCheckRequest, isOwnSender, isRewriteRequest, type CheckReply } from "../shared/messages.js";

const OFFSCREEN = "offscreen/offscreen.html";
let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN)],
  });
  if (contexts.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN,
      reasons: [chrome.offscreen.Reason.WORKERS],
      justification: "Runs Nib's WebAssembly spelling and grammar engine on the device.",
    })
    .finally(() => (creating = undefined));
  await creating;
}

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (!isOwnSender(sender, true)) return false;
  if (!isCheckRequest(message, "background") && !isRewriteRequest(message, "background")) return false;
  ensureOffscreen()
    .then(() => chrome.runtime.sendMessage<unknown, CheckReply>({ ...message, target: "engine" }))
    .then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: { code: "engine_unavailable", message: String(error) } } satisfies CheckReply),
    );
  return true;
});
