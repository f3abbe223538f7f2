// Which fields Nib checks. Respects the page's and the user's signals that a field is not prose:
// spellcheck="false", data-enable-grammarly="false", passwords, e-mail, search, read-only.
export const MAX_FIELD_LENGTH = 20_000; // longer fields (documents, code) are left alone

export type Field = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(["text", ""]);
// Inputs that hold credentials, payment or contact details, or queries: never read, never checked.
const SENSITIVE = /(e-?mail|search|user|login|pass|url|phone|tel|cc-|card|cvc|cvv|iban|account|otp|one-time|pin\b|ssn|postal|zip)/i;

function optedOut(element: Element): boolean {
  const marked = element.closest('[spellcheck="false"], [data-enable-grammarly="false"], [data-nib="off"]');
  return marked !== null;
}

/** The field a focused element belongs to, if Nib should check it. */
export function checkableField(target: Element | null): Field | null {
  if (!target) return null;
  if (target instanceof HTMLTextAreaElement) {
    return target.readOnly || target.disabled || optedOut(target) ? null : target;
  }
  if (target instanceof HTMLInputElement) {
    const type = (target.getAttribute("type") ?? "").toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type) || target.readOnly || target.disabled) return null;
    if (SENSITIVE.test(`${target.name} ${target.id} ${target.autocomplete}`)) return null;
    return optedOut(target) ? null : target;
  }
  if (target instanceof HTMLElement && target.isContentEditable) {
    // The editing host: the outermost editable element.
    let host: HTMLElement = target;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return optedOut(host) || host.getAttribute("aria-readonly") === "true" ? null : host;
  }
  return null;
}

export function isTextControl(field: Field): field is HTMLTextAreaElement | HTMLInputElement {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
}

/** The element that really has focus, looking into open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
