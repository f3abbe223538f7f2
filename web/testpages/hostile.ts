// A hostile page for the security e2e test: it breaks the DOM APIs the extension uses (in its own
// JavaScript world; the content script has another), fakes the extension's messages and the user's
// events, and puts markup into the post. The extension must go on working on the field the user
// types in, never act on another field, never turn text into markup, and never throw.
import { exposeEditor } from "./test_editor.js";

declare global {
  interface Window {
    hostile: { attempts: number; start(): void };
    pwned?: boolean;
  }
}

const editor = document.getElementById("editor")!;
const other = document.getElementById("other") as HTMLTextAreaElement;
// Markup in the post, as a site's editor might leave it.
editor.innerHTML = 'Hello <b>world</b><img src="data:," alt=""> ';

const broken = () => {
  throw new Error("hostile page");
};

let attempts = 0;
function attack(): void {
  attempts += 1;
  // Messages shaped like the extension's own, by every route a page has.
  const fake = { target: "background", type: "nib.check", text: other.value, options: {} };
  window.postMessage(fake, "*");
  document.dispatchEvent(new CustomEvent("nib.check", { detail: fake }));
  // The user's shortcut and clicks, synthesized, aimed at the other field.
  other.dispatchEvent(new KeyboardEvent("keydown", { key: "N", code: "KeyN", altKey: true, shiftKey: true, bubbles: true, composed: true }));
  document.dispatchEvent(new KeyboardEvent("keydown", { key: "N", code: "KeyN", altKey: true, shiftKey: true, bubbles: true }));
  other.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
  other.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
  other.dispatchEvent(new InputEvent("input", { bubbles: true, data: "x" }));
  // Clicks on whatever the extension put on the page.
  for (const element of document.querySelectorAll("nib-card, nib-underlines")) (element as HTMLElement).click();
}

window.hostile = {
  get attempts() {
    return attempts;
  },
  /** Breaks the page world's DOM APIs (called once the test harness is set up, since the
   * harness itself runs in this world) and starts firing fakes. */
  start() {
    Range.prototype.getClientRects = broken;
    Range.prototype.getBoundingClientRect = broken;
    Element.prototype.attachShadow = broken;
    HighlightRegistry.prototype.set = broken;
    HighlightRegistry.prototype.delete = broken;
    HighlightRegistry.prototype.clear = broken;
    window.MutationObserver = class {
      constructor() {
        broken();
      }
    } as unknown as typeof MutationObserver;
    window.ResizeObserver = window.MutationObserver as unknown as typeof ResizeObserver;
    (window as unknown as { chrome: unknown }).chrome = { runtime: { sendMessage: broken, onMessage: { addListener: broken } } };
    setInterval(attack, 50);
  },
};

exposeEditor({ element: editor, read: () => editor.innerText.replace(/\n$/, "") });
