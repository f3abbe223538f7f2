// A Reddit-like composer: a Lexical editor inside a custom element's open shadow root.
import { registerHistory, createEmptyHistoryState } from "@lexical/history";
import { registerRichText } from "@lexical/rich-text";
import { $getRoot, createEditor, type LexicalEditor } from "lexical";

import { exposeEditor } from "./test_editor.js";

class RedditComposer extends HTMLElement {
  editor: LexicalEditor | undefined;

  connectedCallback(): void {
    const shadow = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent =
      ".editor { width: 100%; box-sizing: border-box; font: 16px/1.5 system-ui, sans-serif; padding: 10px; border: 1px solid #ccc; border-radius: 8px; min-height: 110px; }";
    const element = document.createElement("div");
    element.className = "editor";
    element.contentEditable = "true";
    element.setAttribute("role", "textbox");
    element.setAttribute("aria-label", "Body text");
    shadow.append(style, element);
    const editor = createEditor({
      namespace: "reddit-like",
      onError: (error) => {
        throw error;
      },
    });
    editor.setRootElement(element);
    registerRichText(editor);
    registerHistory(editor, createEmptyHistoryState(), 300);
    this.editor = editor;
    exposeEditor({ element, read: () => editor.getEditorState().read(() => $getRoot().getTextContent()) });
  }
}

customElements.define("reddit-composer", RedditComposer);
