/**
 * The widget's one stylesheet, adopted once per shadow root. Everything is
 * scoped to the shadow tree; the host page styles only the host box.
 * Themes set the --nnp-* custom properties.
 */
import { CLASS } from './dom.js';
import { css as controlsCss } from './parts/controls.js';
import { css as dataCss } from './parts/data.js';
import { css as networkCss } from './parts/network.js';
import { css as outputCss } from './parts/output.js';
import { css as toolsCss } from './parts/tools.js';
import { css as readoutCss } from './chart-readout.js';

const base = `
/* Light defaults live on :host, so a page theming the host element
   (nn-playground { --nnp-accent: teal }) wins over them. The dark theme
   reads --nnp-dark-* from the page, with its own defaults. */
:host {
  all: initial; display: block; contain: content; direction: ltr; text-align: left;
  --nnp-negative: #f59322; --nnp-zero: #e8eaeb; --nnp-positive: #0877bd;
  --nnp-fg: #222; --nnp-muted: #666; --nnp-bg: #fff; --nnp-panel: #f7f7f7; --nnp-line: #d6d6d6;
  --nnp-hover: #eef3f6; --nnp-accent: #183d4e; --nnp-focus: #0b6bcb;
  --nnp-font: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
}
:host([hidden]) { display: none; }
/* The page wins over :host (and over its all: initial) for anything it sets
   on the host element, and inherited text properties (letter-spacing,
   text-transform, white-space, font-style, ...) would flow in from there.
   The root resets them all; custom properties (the theme) still inherit. */
.${CLASS.root} {
  all: initial; display: block; direction: ltr; unicode-bidi: isolate; text-align: left;
  box-sizing: border-box; font-family: var(--nnp-font); font-size: 14px; line-height: 1.4;
  color: var(--nnp-fg); background: var(--nnp-bg); min-width: 0; width: 100%; position: relative;
  color-scheme: light;
}
.${CLASS.root}.${CLASS.dark} {
  --nnp-fg: var(--nnp-dark-fg, #e8e8e8); --nnp-muted: var(--nnp-dark-muted, #a6a6a6); --nnp-bg: var(--nnp-dark-bg, #16191c);
  --nnp-panel: var(--nnp-dark-panel, #1f2428); --nnp-line: var(--nnp-dark-line, #3a4148); --nnp-hover: var(--nnp-dark-hover, #2a3238);
  --nnp-accent: var(--nnp-dark-accent, #2f7a9c); --nnp-focus: var(--nnp-dark-focus, #6cb6ff); --nnp-zero: var(--nnp-dark-zero, #3b4148);
  color-scheme: dark; /* native checkboxes, sliders, menus and scrollbars follow the theme */
}
.${CLASS.root} *, .${CLASS.root} *::before, .${CLASS.root} *::after { box-sizing: inherit; }
.${CLASS.root} button, .${CLASS.root} input, .${CLASS.root} select { font: inherit; }
.${CLASS.root} :focus-visible { outline: 2px solid var(--nnp-focus); outline-offset: 2px; }
.${CLASS.root} button:disabled { opacity: 0.4; cursor: default; }
/* Flex, not a fixed grid: a hidden column leaves no hole and the network takes what is left. */
.${CLASS.main} { display: flex; gap: 16px; padding: 12px; align-items: flex-start; }
.${CLASS.main} > .${CLASS.data} { flex: 0 0 140px; }
.${CLASS.main} > .${CLASS.network} { flex: 1 1 0; }
.${CLASS.main} > .${CLASS.output} { flex: 0 1 300px; min-width: 230px; }
.${CLASS.root}.${CLASS.narrow} .${CLASS.main} { flex-direction: column; align-items: stretch; }
/* The output alone (a "just the picture" embed) sits in the middle. */
.${CLASS.root} .${CLASS.main}:not(:has(> .${CLASS.data}:not(.${CLASS.hidden}), > .${CLASS.network}:not(.${CLASS.hidden}))) { justify-content: center; }
.${CLASS.root} .${CLASS.main}:not(:has(> .${CLASS.data}:not(.${CLASS.hidden}), > .${CLASS.network}:not(.${CLASS.hidden}))) > .${CLASS.output} { align-self: center; width: min(100%, 300px); }
.${CLASS.root}.${CLASS.narrow} .${CLASS.main} > * { flex: 0 0 auto; min-width: 0; width: 100%; }
.${CLASS.column} { min-width: 0; }
.${CLASS.columnTitle} { margin: 0 0 8px; font-size: 0.8em; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--nnp-muted); }
.${CLASS.hidden} { display: none !important; }
.${CLASS.visuallyHidden} { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.${CLASS.message} { margin: 0 12px 12px; padding: 10px 12px; border-radius: 6px; background: #fdecea; color: #7a1c12; border: 1px solid #f5c2bb; }
.${CLASS.root}.${CLASS.dark} .${CLASS.message} { background: #3b1f1c; color: #ffd7d2; border-color: #6b3630; }
`;

export const STYLESHEET = base + controlsCss + dataCss + networkCss + outputCss + readoutCss + toolsCss;

/** One constructed sheet per document, shared by every widget in it: parsed once, not per widget. */
const SHEETS = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adopts the stylesheet into a shadow root: the document's shared
 * constructable sheet where possible, a <style> otherwise.
 */
export function adoptStyles(root: ShadowRoot, nonce?: string): () => void {
  const doc = root.ownerDocument;
  const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root && typeof Sheet.prototype.replaceSync === 'function') {
    try {
      let sheet = SHEETS.get(doc);
      if (!sheet) {
        sheet = new Sheet();
        sheet.replaceSync(STYLESHEET);
        SHEETS.set(doc, sheet);
      }
      const shared = sheet;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
      return () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== shared);
      };
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = doc.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = STYLESHEET;
  root.prepend(style);
  return () => style.remove();
}
