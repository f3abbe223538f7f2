// A plain contenteditable comment box (the browser's own editing, no framework).
import { exposeEditor } from "./test_editor.js";

const editor = document.getElementById("editor")!;
exposeEditor({ element: editor, read: () => editor.innerText.replace(/\n$/, "") });
