/**
 * Markup embed: every [data-nn-playground] element becomes a widget. The
 * attribute holds the config in URL form; other data-* attributes set
 * options. One broken element shows its error and the others still mount.
 */
import { CLASS } from '../views/dom.js';
import { createPlayground, type Playground } from '../playground/create.js';
import { optionsFromAttributes } from './attributes.js';
import { showError } from './error-box.js';

export const MOUNT_ATTRIBUTE = 'data-nn-playground';
const SELECTOR = `[${MOUNT_ATTRIBUTE}]`;

/** The widget an element hosts, if any (set by the markup embeds). */
export interface PlaygroundHost extends HTMLElement {
  playground?: Playground | null;
}

/** `el` itself when it is an embed, then the embeds inside it. */
function embedsIn(el: ParentNode): PlaygroundHost[] {
  const inside = [...el.querySelectorAll<PlaygroundHost>(SELECTOR)];
  return (el as Element).matches?.(SELECTOR) ? [el as PlaygroundHost, ...inside] : inside;
}

function isLive(el: Element): boolean {
  return !!el.shadowRoot?.querySelector(`.${CLASS.root}`);
}

/** Mounts one element from its attributes; returns the widget, or null after showing the error. */
export function mountElement(el: Element): Playground | null {
  const host = el as PlaygroundHost;
  if (isLive(el)) return host.playground ?? null;
  try {
    const pg = createPlayground(host, optionsFromAttributes(el, 'data-', el.getAttribute(MOUNT_ATTRIBUTE)));
    host.playground = pg;
    return pg;
  } catch (error) {
    showError(el, error);
    return null;
  }
}

/** Mounts every [data-nn-playground] element under `root` not yet mounted; returns the new widgets. */
export function mountAll(root: ParentNode = document): Playground[] {
  const mounted: Playground[] = [];
  for (const el of embedsIn(root)) {
    if (isLive(el)) continue;
    const pg = mountElement(el);
    if (pg) mounted.push(pg);
  }
  return mounted;
}

/**
 * Watches `root` for [data-nn-playground] elements added later (mounted) and
 * removed (destroyed, unless they come back in the same task, as a move does).
 * Returns the function that stops watching.
 */
export function observe(root: Node = document): () => void {
  // A document's ownerDocument is null.
  const MO = (root.ownerDocument ?? (root as Document)).defaultView?.MutationObserver;
  if (!MO) return () => {};
  const observer = new MO((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => node.nodeType === 1 && mountAll(node as Element));
      record.removedNodes.forEach((node) => {
        if (node.nodeType !== 1) return;
        const hosts = embedsIn(node as Element);
        queueMicrotask(() => {
          for (const host of hosts) {
            if (host.isConnected || !host.playground) continue;
            host.playground.destroy();
            host.playground = null;
          }
        });
      });
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
