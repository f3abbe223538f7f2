// A Bluesky-like composer: ProseMirror (what TipTap, Bluesky's editor, is built on).
import { baseKeymap } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { schema } from "prosemirror-schema-basic";
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";

import { exposeEditor } from "./test_editor.js";

const view = new EditorView(document.getElementById("editor-host")!, {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ "Mod-z": undo, "Mod-y": redo, "Mod-Shift-z": redo }), keymap(baseKeymap)],
  }),
  attributes: { class: "editor", role: "textbox", "aria-label": "What's up?" },
});
exposeEditor({
  element: view.dom as HTMLElement,
  read: () => view.state.doc.textBetween(0, view.state.doc.content.size, "\n"),
});
