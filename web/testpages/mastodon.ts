// A Mastodon-like composer: a plain textarea with a live character counter.
import { exposeEditor } from "./test_editor.js";

const editor = document.getElementById("editor") as HTMLTextAreaElement;
const counter = document.getElementById("counter")!;
editor.addEventListener("input", () => (counter.textContent = String(500 - [...editor.value].length)));
exposeEditor({ element: editor, read: () => editor.value });
