/**
 * Where a markup embed could not start, it says why in place, as text,
 * instead of leaving a blank spot; the message also goes to the console.
 */
import { CLASS } from '../views/dom.js';

export function showError(el: Element, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const win = el.ownerDocument.defaultView;
  win?.console?.error(`nn-playground: ${message}`);
  const host = el as HTMLElement;
  if (typeof host.attachShadow !== 'function') return;
  let root: ShadowRoot;
  try {
    root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  } catch {
    return; // a closed or foreign shadow root: the console has the message
  }
  const doc = el.ownerDocument;
  const box = doc.createElement('div');
  box.className = CLASS.error;
  box.setAttribute('role', 'alert');
  // Styled through the CSSOM so a strict CSP allows it; `all` first, so
  // nothing the page sets on the host element is inherited into the box.
  Object.assign(box.style, { all: 'initial', display: 'block', direction: 'ltr', textAlign: 'left', font: '14px/1.4 system-ui, sans-serif', color: '#7a1c12', background: '#fdecea', border: '1px solid #f5c2bb', borderRadius: '6px', padding: '10px 12px', margin: '4px 0' });
  const title = doc.createElement('strong');
  title.textContent = 'The neural network playground could not start. ';
  box.append(title, doc.createTextNode(message));
  root.replaceChildren(box);
}
