// A Reddit-like composer: a Lexical editor inside a custom element's open shadow root.
import { mountLexical } from "./lexical_editor.js";

class RedditComposer extends HTMLElement {
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
    mountLexical(element, "reddit-like");
  }
}

customElements.define("reddit-composer", RedditComposer);
