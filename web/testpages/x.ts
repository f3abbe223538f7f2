// An X-like composer: Draft.js on React, as x.com uses.
import { Editor, EditorState } from "draft-js";
import { createElement, useState } from "react";
import { createRoot } from "react-dom/client";

import { exposeEditor } from "./test_editor.js";

let current = EditorState.createEmpty();

function Composer() {
  const [state, setState] = useState(current);
  current = state;
  return createElement(Editor, {
    editorState: state,
    onChange: (next: EditorState) => {
      current = next;
      setState(next);
    },
    placeholder: "What is happening?!",
    ariaLabel: "Post text",
    // As x.com does; Draft.js's default is spellcheck="false", which Nib respects as an opt-out.
    spellCheck: true,
  });
}

const host = document.getElementById("editor-host")!;
host.className = "editor";
createRoot(host).render(createElement(Composer));
const waitForEditor = new MutationObserver(() => {
  const element = host.querySelector<HTMLElement>("[contenteditable=true]");
  if (!element) return;
  waitForEditor.disconnect();
  exposeEditor({ element, read: () => current.getCurrentContent().getPlainText() });
});
waitForEditor.observe(host, { childList: true, subtree: true });
