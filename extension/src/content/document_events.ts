// The document-wide listeners that drive the field sessions: focus picks the field being written
// in (and its tone badge), input re-checks text controls, and the user's own (trusted) clicks,
// hovers and keys open cards, move between problems and close menus. Shared by the content script
// and the playground, which hosts the same sessions in an ordinary page.
import { deepActiveElement, isTextControl } from "./fields.js";
import type { FieldSession, SessionContext } from "./session.js";

export interface FieldRegistry {
  /** The session of the field holding `target`, made now if the field is one to check. */
  attach(target: Element): FieldSession | undefined;
  /** The session of the field holding `target`, if it has one. */
  sessionOf(target: Element): FieldSession | undefined;
  active(): FieldSession | undefined;
  activate(session: FieldSession): void;
}

function eventTarget(event: Event): Element | null {
  const target = event.composedPath()[0];
  return target instanceof Element ? target : null;
}

export function listenToDocument(context: SessionContext, fields: FieldRegistry): void {
  document.addEventListener(
    "focusin",
    (event) => {
      const target = eventTarget(event);
      if (context.tone.holds(event)) return;
      const session = target ? fields.attach(target) : undefined;
      if (session && session !== fields.active()) {
        fields.activate(session);
        context.tone.hide();
        session.showTone();
      }
    },
    true,
  );

  const placeTone = () => context.tone.place();
  window.addEventListener("scroll", placeTone, { capture: true, passive: true });
  window.addEventListener("resize", placeTone, { passive: true });

  document.addEventListener(
    "input",
    (event) => {
      const target = eventTarget(event);
      const session = target ? fields.sessionOf(target) : undefined;
      if (session && isTextControl(session.surface.field)) session.edited();
    },
    true,
  );

  document.addEventListener(
    "click",
    (event) => {
      if (!event.isTrusted) return;
      const target = eventTarget(event);
      if (context.card.holds(event) || context.tone.holds(event)) return;
      const session = target ? fields.sessionOf(target) : undefined;
      clearTimeout(hoverTimer);
      openedByHover = false;
      // After the click: the browser may still move the caret (a click inside a selection).
      setTimeout(() => {
        if (!session || !session.openAtSelection(false)) context.card.hide();
      }, 0);
    },
    true,
  );

  // Hovering an underline a moment opens its card too; moving on within the field closes a card that
  // hovering opened (one opened by click or keyboard stays until dismissed).
  const HOVER_MS = 350;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let openedByHover = false;
  document.addEventListener(
    "mousemove",
    (event) => {
      if (!event.isTrusted) return;
      clearTimeout(hoverTimer);
      if (event.buttons !== 0 || context.card.holds(event) || context.tone.holds(event)) return;
      const target = eventTarget(event);
      const session = target ? fields.sessionOf(target) : undefined;
      if (!session) return;
      const { clientX, clientY } = event;
      hoverTimer = setTimeout(() => {
        if (session.openAtPoint(clientX, clientY)) {
          openedByHover = true;
        } else if (openedByHover) {
          context.card.hide();
          openedByHover = false;
        }
      }, HOVER_MS);
    },
    { capture: true, passive: true },
  );

  const CARET_KEYS = new Set(["Home", "End", "PageUp", "PageDown", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]);
  document.addEventListener(
    "keydown",
    (event) => {
      if (!event.isTrusted) return;
      // Escape inside the card is the card's (it also gives the focus back to the field).
      if (event.key === "Escape" && context.card.isOpen && !context.card.holds(event)) {
        context.card.hide();
        return;
      }
      if (event.key === "Escape" && context.tone.menuOpen && !context.tone.holds(event)) {
        context.tone.closeMenu();
        return;
      }
      if (CARET_KEYS.has(event.key)) {
        const active = deepActiveElement();
        if (active) fields.sessionOf(active)?.caretMoved();
      }
      // Alt+Shift+N: the next problem in the focused field.
      if (event.altKey && event.shiftKey && event.code === "KeyN") {
        const active = deepActiveElement();
        const session = active ? fields.sessionOf(active) : undefined;
        if (session?.next()) event.preventDefault();
      }
    },
    true,
  );
}
