// The text of a contenteditable editor as the user sees it, with a map back to DOM positions.
// Blocks (paragraphs, list items, Draft.js/Lexical/Quill/ProseMirror block wrappers) and <br>
// become "\n"; offsets are UTF-16 indices, the engine's unit.
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL",
  "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);

interface Piece {
  node: Text;
  start: number; // offset of the node's first character in the text
}

export interface TextMap {
  text: string;
  pieces: Piece[];
}

export function readEditable(root: HTMLElement): TextMap {
  const pieces: Piece[] = [];
  let text = "";
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length > 0) {
          pieces.push({ node: child as Text, start: text.length });
          text += data;
        }
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as HTMLElement;
        if (element.tagName === "BR") {
          text += "\n";
          continue;
        }
        if (element.tagName === "STYLE" || element.tagName === "SCRIPT") continue;
        const block = BLOCKS.has(element.tagName);
        if (block && text.length > 0 && !text.endsWith("\n")) text += "\n";
        walk(element);
      }
    }
  };
  walk(root);
  return { text, pieces };
}

/** The DOM position of text offset `offset`; `forEnd` prefers the end of the piece before. */
export function domPosition(map: TextMap, offset: number, forEnd: boolean): { node: Text; offset: number } | null {
  let best: Piece | undefined;
  for (const piece of map.pieces) {
    const end = piece.start + piece.node.data.length;
    const inside = forEnd ? offset > piece.start && offset <= end : offset >= piece.start && offset < end;
    if (inside) return { node: piece.node, offset: offset - piece.start };
    if (piece.start <= offset) best = piece;
  }
  if (!best) return null;
  return { node: best.node, offset: Math.min(best.node.data.length, Math.max(0, offset - best.start)) };
}

export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const from = domPosition(map, start, false);
  const to = domPosition(map, end, true);
  if (!from || !to) return null;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM position inside the editor, or null when it is not in a text piece. */
export function textOffset(map: TextMap, node: Node, offset: number): number | null {
  for (const piece of map.pieces) {
    if (piece.node === node) return piece.start + offset;
  }
  // A position between elements: the start of the first text piece after it.
  const probe = new Range();
  probe.setStart(node, offset);
  for (const piece of map.pieces) {
    if (probe.comparePoint(piece.node, 0) >= 0) return piece.start;
  }
  return map.text.length;
}
