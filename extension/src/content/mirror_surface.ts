// textarea and text inputs: their text cannot hold highlights, so a transparent mirror with the
// same box, font and wrapping lies over the field in a closed shadow root and draws the underlines. The
// mirror takes no pointer events; it follows scrolling, resizing and reflow.
import type { Suggestion } from "../../../wasm/engine/src/types.js";
import { COLOURS, underlineKind, UNDERLINE_KINDS } from "./kinds.js";
import type { Surface } from "./surface.js";

const COPIED = [
  "box-sizing", "width", "height", "font-family", "font-size", "font-weight", "font-style",
  "font-variant", "font-stretch", "letter-spacing", "word-spacing", "line-height", "text-transform",
  "text-indent", "text-align", "direction", "tab-size", "padding-top", "padding-right",
  "padding-bottom", "padding-left", "border-top-width", "border-right-width", "border-bottom-width",
  "border-left-width",
] as const;

const MIRROR_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; pointer-events: none; z-index: 2147483646; }
.mirror { position: absolute; overflow: hidden; color: transparent; border-style: solid;
  border-color: transparent; background: transparent; margin: 0; }
${UNDERLINE_KINDS.map(
  (k) => `.nib-${k} { text-decoration: underline wavy ${COLOURS[k]} 1.5px; text-decoration-skip-ink: none; text-underline-offset: 2px; }`,
).join("\n")}
`;

export class MirrorSurface implements Surface {
  private readonly host = document.createElement("nib-underlines");
  private readonly mirror = document.createElement("div");
  private suggestions: readonly Suggestion[] = [];
  private frame = 0;
  private readonly resize = new ResizeObserver(() => this.schedule());
  private readonly onMove = () => this.schedule();

  constructor(readonly field: HTMLTextAreaElement | HTMLInputElement) {
    const shadow = this.host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = MIRROR_CSS;
    this.mirror.className = "mirror";
    this.mirror.setAttribute("aria-hidden", "true");
    shadow.append(style, this.mirror);
    document.documentElement.append(this.host);
    this.resize.observe(field);
    window.addEventListener("scroll", this.onMove, { capture: true, passive: true });
    window.addEventListener("resize", this.onMove, { passive: true });
    field.addEventListener("input", this.onMove);
    this.layout();
  }

  text(): string {
    return this.field.value;
  }

  rects(start: number, end: number): DOMRect[] {
    this.layout();
    const range = this.mirrorRange(start, end);
    return range ? [...range.getClientRects()] : [];
  }

  selection(): { start: number; end: number } | null {
    const { selectionStart, selectionEnd } = this.field;
    return selectionStart === null || selectionEnd === null ? null : { start: selectionStart, end: selectionEnd };
  }

  select(start: number, end: number): void {
    this.field.focus({ preventScroll: true });
    this.field.setSelectionRange(start, end);
  }

  underline(suggestions: readonly Suggestion[]): void {
    this.suggestions = suggestions;
    this.layout();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    window.removeEventListener("scroll", this.onMove, { capture: true });
    window.removeEventListener("resize", this.onMove);
    this.field.removeEventListener("input", this.onMove);
    this.host.remove();
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.layout());
  }

  /** Rebuilds the mirror's text with marked spans and lays it exactly over the field. */
  private layout(): void {
    const computed = getComputedStyle(this.field);
    for (const property of COPIED) this.mirror.style.setProperty(property, computed.getPropertyValue(property));
    const textarea = this.field instanceof HTMLTextAreaElement;
    this.mirror.style.whiteSpace = textarea ? "pre-wrap" : "pre";
    this.mirror.style.overflowWrap = textarea ? "break-word" : "normal";
    const box = this.field.getBoundingClientRect();
    this.mirror.style.left = `${box.left}px`;
    this.mirror.style.top = `${box.top}px`;
    this.mirror.style.width = `${box.width}px`;
    this.mirror.style.height = `${box.height}px`;

    const text = this.field.value;
    const parts: Node[] = [];
    let at = 0;
    for (const s of [...this.suggestions].sort((a, b) => a.start - b.start)) {
      if (s.start < at || s.end > text.length || text.slice(s.start, s.end) !== s.original) continue;
      parts.push(document.createTextNode(text.slice(at, s.start)));
      const mark = document.createElement("span");
      mark.className = `nib-${underlineKind(s.kind)}`;
      mark.textContent = text.slice(s.start, s.end);
      parts.push(mark);
      at = s.end;
    }
    // A trailing space keeps a final newline's empty line, as the field shows it.
    parts.push(document.createTextNode(`${text.slice(at)} `));
    this.mirror.replaceChildren(...parts);
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  private mirrorRange(start: number, end: number): Range | null {
    let offset = 0;
    let from: [Node, number] | undefined;
    let to: [Node, number] | undefined;
    const walker = document.createTreeWalker(this.mirror, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const length = node.data.length;
      if (!from && start <= offset + length) from = [node, start - offset];
      if (!to && end <= offset + length) to = [node, end - offset];
      offset += length;
    }
    if (!from || !to) return null;
    const range = new Range();
    range.setStart(...from);
    range.setEnd(...to);
    return range;
  }
}
