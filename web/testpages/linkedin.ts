// A LinkedIn-like composer: Quill (LinkedIn's post editor is Quill-based), with its history.
import Quill from "quill";

import { exposeEditor } from "./test_editor.js";

const quill = new Quill(document.getElementById("editor-host")!, { placeholder: "What do you want to talk about?" });
quill.root.classList.add("editor");
quill.root.setAttribute("aria-label", "Text editor for creating content");
// Quill's text always ends in one "\n" of its own.
exposeEditor({ element: quill.root, read: () => quill.getText().replace(/\n$/, "") });
