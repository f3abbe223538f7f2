// contenteditable editors (Lexical, Draft.js, ProseMirror, Quill, plain): underlines are CSS
// highlights over live Ranges, so the editor's DOM is never touched.
import type { Suggestion } from "../../../wasm/engine/src/types.js";
import { highlightCss, highlightName, underlineKind, UNDERLINE_KINDS, type UnderlineKind } from "./kinds.js";
import type { Surface } from "./surface.js";
import { rangeOf, readEditable, textOffset } from "./text_map.js";

// Every editable surface's ranges, by kind: the highlight registry is one per document.
const live = new Map<EditableSurface, Map<UnderlineKind, Range[]>>();

function publish(): void {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  for (const kind of UNDERLINE_KINDS) {
    const ranges = [...live.values()].flatMap((byKind) => byKind.get(kind) ?? []);
    if (ranges.length === 0) CSS.highlights.delete(highlightName(kind));
    else CSS.highlights.set(highlightName(kind), new Highlight(...ranges));
  }
}

const styled = new WeakSet<Node>();

function ensureStyles(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const style = document.createElement("style");
  style.dataset["nib"] = "highlights";
  style.textContent = highlightCss();
  (root instanceof Document ? root.documentElement : root).append(style);
}

export class EditableSurface implements Surface {
  constructor(readonly field: HTMLElement) {
    const root = field.getRootNode();
    ensureStyles(root instanceof ShadowRoot ? root : document);
  }

  text(): string {
    return readEditable(this.field).text;
  }

  rects(start: number, end: number): DOMRect[] {
    const range = rangeOf(readEditable(this.field), start, end);
    return range ? [...range.getClientRects()] : [];
  }

  private domSelection(): Selection | null {
    const root = this.field.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
    return root instanceof ShadowRoot && root.getSelection ? root.getSelection() : document.getSelection();
  }

  selection(): { start: number; end: number } | null {
    const selection = this.domSelection();
    const { anchorNode, focusNode } = selection ?? {};
    if (!selection || !anchorNode || !focusNode) return null;
    if (!this.field.contains(anchorNode) || !this.field.contains(focusNode)) return null;
    const map = readEditable(this.field);
    const anchor = textOffset(map, anchorNode, selection.anchorOffset);
    const focus = textOffset(map, focusNode, selection.focusOffset);
    if (anchor === null || focus === null) return null;
    return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
  }

  select(start: number, end: number): void {
    this.field.focus({ preventScroll: true });
    const range = rangeOf(readEditable(this.field), start, end);
    const selection = this.domSelection();
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  underline(suggestions: readonly Suggestion[]): void {
    const map = readEditable(this.field);
    const byKind = new Map<UnderlineKind, Range[]>();
    for (const s of suggestions) {
      const range = rangeOf(map, s.start, s.end);
      if (!range) continue;
      const kind = underlineKind(s.kind);
      byKind.set(kind, [...(byKind.get(kind) ?? []), range]);
    }
    live.set(this, byKind);
    publish();
  }

  destroy(): void {
    live.delete(this);
    publish();
  }
}
