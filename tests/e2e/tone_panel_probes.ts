// Reading and clicking the tone badge and its menu, which live in the closed shadow root of
// <nib-tone> (see closed_shadow.ts for how the tests look inside).
import type { Page } from "playwright-core";

import { inShadowRoots, waitFor } from "./closed_shadow.js";

export interface PanelState {
  badge: { text: string; noted: boolean; x: number; y: number } | null;
  rows: { dimension: string; label: string }[];
  notes: string[];
  buttons: { text: string; className: string; x: number; y: number }[];
  /** The rewrite's diff: the text with deletions left out, and what is struck and inserted. */
  diff: { after: string; deleted: string[]; inserted: string[] } | null;
  status: string | null;
}

export async function panelState(page: Page): Promise<PanelState | null> {
  const [state] = await inShadowRoots(page, "nib-tone", function (this: ShadowRoot) {
    const centre = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    const badge = this.querySelector(".badge");
    const diff = this.querySelector(".diff");
    return {
      badge: badge && badge.isConnected ? { text: badge.textContent ?? "", noted: badge.classList.contains("note"), ...centre(badge) } : null,
      rows: [...this.querySelectorAll<HTMLElement>(".row")].map((r) => ({ dimension: r.dataset["dimension"] ?? "", label: r.dataset["label"] ?? "" })),
      notes: [...this.querySelectorAll(".note")].map((n) => n.textContent ?? ""),
      buttons: [...this.querySelectorAll(".menu button")].map((b) => ({ text: b.textContent ?? "", className: b.className, ...centre(b) })),
      diff: diff
        ? {
            after: [...diff.childNodes].filter((n) => n.nodeName !== "DEL").map((n) => n.textContent ?? "").join(""),
            deleted: [...diff.querySelectorAll("del")].map((d) => d.textContent ?? ""),
            inserted: [...diff.querySelectorAll("ins")].map((d) => d.textContent ?? ""),
          }
        : null,
      status: this.querySelector(".status")?.textContent ?? null,
    };
  });
  return state ?? null;
}

/** Waits for the badge (the first tone reading of the field). */
export function waitForBadge(page: Page, noted?: boolean): Promise<NonNullable<PanelState["badge"]>> {
  return waitFor(
    `the tone badge${noted === undefined ? "" : noted ? " with a note" : " without a note"}`,
    async () => {
      const badge = (await panelState(page))?.badge;
      return badge && (noted === undefined || badge.noted === noted) ? badge : undefined;
    },
    60_000,
  );
}

export async function clickPanelButton(page: Page, className: string, index = 0): Promise<void> {
  await waitFor(`the tone menu's ${className} button`, async () =>
    ((await panelState(page))?.buttons ?? []).filter((b) => b.className.split(" ").includes(className))[index],
  );
  // The menu scrolls: bring the button into view as a person would, then click its centre.
  await inShadowRoots(
    page,
    "nib-tone",
    function (this: ShadowRoot, arg: { className: string; index: number }) {
      const buttons = [...this.querySelectorAll(".menu button")].filter((b) => b.className.split(" ").includes(arg.className));
      buttons[arg.index]?.scrollIntoView({ block: "nearest" });
    },
    { className, index },
  );
  const button = ((await panelState(page))?.buttons ?? []).filter((b) => b.className.split(" ").includes(className))[index]!;
  await page.mouse.click(button.x, button.y);
}

export function waitForDiff(page: Page): Promise<NonNullable<PanelState["diff"]>> {
  return waitFor(
    "the rewrite's diff",
    async () => {
      const state = await panelState(page);
      if (state?.status && state.status !== "" && !state.diff && !/…|\.\.\./.test(state.status)) {
        throw new Error(`no rewrite: ${state.status}`);
      }
      return state?.diff ?? undefined;
    },
    60_000,
  );
}
