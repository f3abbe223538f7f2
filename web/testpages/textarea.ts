// A plain textarea, as countless forums and comment boxes have.
import { exposeEditor } from "./test_editor.js";

const editor = document.getElementById("editor") as HTMLTextAreaElement;
exposeEditor({ element: editor, read: () => editor.value });
