/**
 * Tiny DOM helpers and every `nnp-` class name, defined once. Views never
 * spell class strings themselves, and never write HTML: text goes in as
 * text nodes, so no user string is ever parsed.
 */

/**
 * Every CLASS key. Its class name is `nnp-` + the key in kebab case
 * (controlGroup -> nnp-control-group), except for the few in RENAMED.
 */
const CLASS_KEYS = [
  'root', 'dark', 'narrow', 'wide', 'hidden', 'visuallyHidden',
  'controls', 'controlGroup', 'control', 'controlLabel', 'button', 'iconButton', 'playButton', 'playing',
  'epoch', 'epochValue', 'select', 'main', 'column', 'columnTitle',
  'data', 'datasets', 'datasetButton', 'selected', 'slider', 'sliderValue', 'regenerate',
  'network', 'networkHeader', 'featuresTitle', 'layerControls', 'layerButtons', 'layerLabel',
  'diagram', 'links', 'link', 'linkHit', 'node', 'featureNode', 'nodeLabel', 'nodeDisabled', 'nodeHovered',
  'thumbnail', 'bias', 'card', 'cardInput', 'cardHint',
  'output', 'losses', 'lossValue', 'lossChart', 'lossSwatch', 'heatmap', 'heatmapCanvas', 'axes', 'points',
  'legend', 'checkbox', 'status', 'message', 'error',
  // output and data parts
  'outputHeader', 'lossTrain', 'lossTest', 'tick', 'tickZero', 'trainPoints', 'testPoints',
  'legendBar', 'legendTicks', 'legendCaption', 'datasetThumb',
  // metrics, chart readout, tools
  'metric', 'chartBox', 'chartGuide', 'chartTip', 'tools', 'toolRow', 'toolButton', 'swatch', 'swatchPositive',
  'csvPanel', 'toolsStatus', 'drawing', 'drawFresh', 'dropTarget', 'linkBox',
] as const;

export type ClassKey = (typeof CLASS_KEYS)[number];

/** Class names that are not the key in kebab case (without the `nnp-`). */
const RENAMED: Partial<Record<ClassKey, string>> = {
  visuallyHidden: 'sr-only', playButton: 'play', playing: 'is-playing', datasetButton: 'dataset',
  featureNode: 'feature', nodeDisabled: 'node-off', nodeHovered: 'node-hover', thumbnail: 'thumb',
};

/** camelCase -> kebab-case: controlGroup -> control-group. */
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** Every class name the widget uses, by key: CLASS.controlGroup is 'nnp-control-group'. */
export const CLASS = Object.fromEntries(CLASS_KEYS.map((k) => [k, 'nnp-' + (RENAMED[k] ?? kebab(k))])) as Readonly<Record<ClassKey, string>>;

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number | boolean | null | undefined> | null;
type Child = Node | string | null | undefined | false;

/** Adds the classes, attributes and children to a new element. */
function fill<E extends Element>(el: E, classes: ClassKey[] | null, attrs: Attrs | undefined, children: Child[]): E {
  if (classes) for (const c of classes) el.classList.add(CLASS[c]);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      // Inline styles go through the CSSOM: a strict CSP blocks style attributes, not this.
      if (name === 'style') (el as Element as HTMLElement).style.cssText = String(value);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) if (child != null && child !== false) el.append(child);
  return el;
}

/** Creates an HTML element. `classes` are CLASS keys; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  classes: ClassKey[] | null,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return fill(doc.createElement(tag), classes, attrs, children);
}

/** Creates an SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  classes: ClassKey[] | null,
  attrs?: Attrs,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return fill(doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K], classes, attrs, children);
}

/** Adds or removes a CLASS key on an element. */
export function toggleClass(el: Element, key: ClassKey, on: boolean): void {
  el.classList.toggle(CLASS[key], on);
}

/** Sets text only when it changed: no layout work for a same-value write. */
export function setText(el: Node, text: string): void {
  // A lone text child is rewritten in place (no node replaced, no childList change).
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) {
    if ((only as Text).data !== text) (only as Text).data = text;
  } else if (el.textContent !== text) el.textContent = text;
}

/** Sets an attribute only when it changed. */
export function setAttr(el: Element, name: string, value: string | number): void {
  const v = String(value);
  if (el.getAttribute(name) !== v) el.setAttribute(name, v);
}

/** Finds the first element with a CLASS key under `root`. */
export function find<T extends Element = HTMLElement>(root: ParentNode, key: ClassKey): T | null {
  return root.querySelector<T & Element>(`.${CLASS[key]}`);
}

/** Formats a number for display with `digits` decimals; NaN shows as "NaN". */
export function formatNumber(v: number, digits: number): string {
  return Number.isFinite(v) ? v.toFixed(digits) : String(v);
}

/** The epoch readout: zero-padded to six digits with thousands separators, never wrapping. */
export function formatEpoch(epoch: number): string {
  const digits = String(Math.max(0, Math.floor(epoch))).padStart(6, '0');
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
