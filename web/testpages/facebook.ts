// A Facebook-like composer: Lexical (rich text, history), as facebook.com uses.
import { mountLexical } from "./lexical_editor.js";

mountLexical(document.getElementById("editor")!, "facebook-like");
