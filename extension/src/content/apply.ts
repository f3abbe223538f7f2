// Applies a replacement the way a user's typing would, so the editor's own model and its undo
// stay right: select the span, let the editor see the selection, then insertText (which editors
// receive as beforeinput/input). The result is verified; a wrong result is undone, never left.
import { isTextControl } from "./fields.js";
import type { Surface } from "./surface.js";

export type ApplyResult = "applied" | "stale" | "failed";

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Editors that re-render after an input (React, Lexical) may need a few frames. */
async function settle(surface: Surface, expected: string): Promise<string> {
  let text = surface.text();
  for (let i = 0; i < 5 && text !== expected; i += 1) {
    await nextFrame();
    text = surface.text();
  }
  return text;
}

export async function applyReplacement(
  surface: Surface,
  checkedText: string,
  span: { start: number; end: number; original: string },
  replacement: string,
): Promise<ApplyResult> {
  const before = surface.text();
  if (before !== checkedText || before.slice(span.start, span.end) !== span.original) return "stale";
  const expected = before.slice(0, span.start) + replacement + before.slice(span.end);
  surface.select(span.start, span.end);
  await nextFrame();
  const inserted =
    replacement === ""
      ? document.execCommand("delete", false)
      : document.execCommand("insertText", false, replacement);
  let after = await settle(surface, expected);
  if (after === expected) return "applied";
  if (after === before && !inserted && isTextControl(surface.field)) {
    // A control that refused execCommand: set the value directly (the browser's undo will not see
    // it) and tell the page as an input event would.
    surface.field.setRangeText(replacement, span.start, span.end, "end");
    surface.field.dispatchEvent(
      new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }),
    );
    after = surface.text();
    if (after === expected) return "applied";
  }
  if (after !== before) {
    document.execCommand("undo", false);
    await settle(surface, before);
  }
  return "failed";
}
