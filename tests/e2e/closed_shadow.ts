// The extension's UI lives in closed shadow roots, which page scripts (and Playwright's selectors)
// cannot enter. The tests look inside through the DevTools protocol instead: DOM.getDocument with
// `pierce` lists closed roots too, and a function runs on each root in the page's main world.
import type { CDPSession, Page } from "playwright-core";

interface DomNode {
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

function shadowRootsOf(node: DomNode, tag: string, found: number[]): number[] {
  if (node.localName === tag) for (const root of node.shadowRoots ?? []) found.push(root.backendNodeId);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) shadowRootsOf(child, tag, found);
  if (node.contentDocument) shadowRootsOf(node.contentDocument, tag, found);
  return found;
}

/** Runs `fn` with `this` bound to the shadow root of every `tag` element on the page and returns
 * what each call returned (as JSON). `fn` is serialized: it must be self-contained. */
export async function inShadowRoots<T, A = undefined>(
  page: Page,
  tag: string,
  fn: (this: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<T[]> {
  const cdp = await session(page);
  const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
  const results: T[] = [];
  for (const backendNodeId of shadowRootsOf(root, tag, [])) {
    const { object } = await cdp.send("DOM.resolveNode", { backendNodeId });
    if (!object.objectId) continue;
    const { result, exceptionDetails } = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      arguments: [{ value: arg }],
      returnByValue: true,
    });
    await cdp.send("Runtime.releaseObject", { objectId: object.objectId });
    if (exceptionDetails) throw new Error(`in <${tag}>'s shadow root: ${exceptionDetails.text}`);
    results.push(result.value as T);
  }
  return results;
}

export interface CardButton {
  text: string;
  className: string;
  x: number;
  y: number;
}

/** The open card's buttons with their centres on screen (empty when no card is open). */
export async function cardButtons(page: Page): Promise<CardButton[]> {
  const cards = await inShadowRoots(page, "nib-card", function (this: ShadowRoot) {
    return [...this.querySelectorAll("button")].map((b) => {
      const r = b.getBoundingClientRect();
      return { text: b.textContent ?? "", className: b.className, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
  });
  return cards.flat();
}

/** The text of the focused element inside the card, or null. */
export async function cardFocus(page: Page): Promise<string | null> {
  const [focused] = await inShadowRoots(page, "nib-card", function (this: ShadowRoot) {
    return this.activeElement?.textContent ?? null;
  });
  return focused ?? null;
}

/** The mirror overlays' underline marks (text controls): kind, text and centre on screen. */
export async function mirrorMarks(page: Page): Promise<{ kind: string; text: string; x: number; y: number }[]> {
  const hosts = await inShadowRoots(page, "nib-underlines", function (this: ShadowRoot) {
    return [...this.querySelectorAll("span")].map((mark) => {
      const r = mark.getBoundingClientRect();
      return { kind: mark.className.replace(/^nib-/, ""), text: mark.textContent ?? "", x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
  });
  return hosts.flat();
}

/** Polls `probe` until it answers something other than undefined, or fails after `timeout` ms. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks the card's button of `className` (the `index`-th of them), as the user would. */
export async function clickCardButton(page: Page, className: string, index = 0): Promise<CardButton> {
  const button = await waitFor(`the card's ${className} button`, async () =>
    (await cardButtons(page)).filter((b) => b.className === className)[index],
  );
  await page.mouse.click(button.x, button.y);
  return button;
}
