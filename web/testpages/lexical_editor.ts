// A Lexical rich-text editor with history on an element, as the Facebook- and Reddit-like pages use.
import { registerHistory, createEmptyHistoryState } from "@lexical/history";
import { registerRichText } from "@lexical/rich-text";
import { $getRoot, createEditor } from "lexical";

import { exposeEditor } from "./test_editor.js";

export function mountLexical(element: HTMLElement, namespace: string): void {
  const editor = createEditor({
    namespace,
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(element);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  exposeEditor({ element, read: () => editor.getEditorState().read(() => $getRoot().getTextContent()) });
}
