// A button for Nib's own UI (the card, the tone panel): text only, and it acts on the user's own
// clicks, never on a page's synthetic ones.
export function trustedButton(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = className;
  button.textContent = label;
  button.addEventListener("click", (event) => {
    if (event.isTrusted) onClick();
  });
  return button;
}
