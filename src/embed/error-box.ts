/**
 * Where a markup embed could not start, it says why in place, as text,
 * instead of leaving a blank spot; the message also goes to the console.
 */
import { h } from '../views/dom.js';

/** Says why on the console of the element's window; returns the message. */
export function logError(el: Element, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  el.ownerDocument.defaultView?.console?.error(`nn-playground: ${message}`);
  return message;
}

export function showError(el: Element, error: unknown): void {
  const message = logError(el, error);
  const host = el as HTMLElement;
  if (typeof host.attachShadow !== 'function') return;
  let root: ShadowRoot;
  try {
    root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  } catch {
    return; // a closed or foreign shadow root: the console has the message
  }
  const doc = el.ownerDocument;
  // Styled through the CSSOM (h sets style.cssText) so a strict CSP allows it;
  // `all` first, so nothing the page sets on the host element is inherited into the box.
  const style = 'all:initial;display:block;direction:ltr;text-align:left;font:14px/1.4 system-ui,sans-serif;' +
    'color:#7a1c12;background:#fdecea;border:1px solid #f5c2bb;border-radius:6px;padding:10px 12px;margin:4px 0';
  root.replaceChildren(
    h(doc, 'div', ['error'], { role: 'alert', style }, h(doc, 'strong', null, null, 'The neural network playground could not start. '), message),
  );
}
