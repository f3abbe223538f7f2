// A Facebook-like composer: Lexical (rich text, history), as facebook.com uses.
import { registerHistory, createEmptyHistoryState } from "@lexical/history";
import { registerRichText } from "@lexical/rich-text";
import { $getRoot, createEditor } from "lexical";

import { exposeEditor } from "./test_editor.js";

const element = document.getElementById("editor")!;
const editor = createEditor({
  namespace: "facebook-like",
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(element);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
exposeEditor({ element, read: () => editor.getEditorState().read(() => $getRoot().getTextContent()) });
