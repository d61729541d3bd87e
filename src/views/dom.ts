/**
 * Tiny DOM helpers and every `nnp-` class name, defined once. Views never
 * spell class strings themselves, and never write HTML: text goes in as
 * text nodes, so no user string is ever parsed.
 */

/** Every class name the widget uses. */
export const CLASS = {
  root: 'nnp-root',
  dark: 'nnp-dark',
  narrow: 'nnp-narrow',
  wide: 'nnp-wide',
  hidden: 'nnp-hidden',
  visuallyHidden: 'nnp-sr-only',
  controls: 'nnp-controls',
  controlGroup: 'nnp-control-group',
  control: 'nnp-control',
  controlLabel: 'nnp-control-label',
  button: 'nnp-button',
  iconButton: 'nnp-icon-button',
  playButton: 'nnp-play',
  playing: 'nnp-is-playing',
  epoch: 'nnp-epoch',
  epochValue: 'nnp-epoch-value',
  select: 'nnp-select',
  main: 'nnp-main',
  column: 'nnp-column',
  columnTitle: 'nnp-column-title',
  data: 'nnp-data',
  datasets: 'nnp-datasets',
  datasetButton: 'nnp-dataset',
  selected: 'nnp-selected',
  slider: 'nnp-slider',
  sliderValue: 'nnp-slider-value',
  regenerate: 'nnp-regenerate',
  network: 'nnp-network',
  networkHeader: 'nnp-network-header',
  featuresTitle: 'nnp-features-title',
  layerControls: 'nnp-layer-controls',
  layerButtons: 'nnp-layer-buttons',
  layerLabel: 'nnp-layer-label',
  diagram: 'nnp-diagram',
  links: 'nnp-links',
  link: 'nnp-link',
  linkHit: 'nnp-link-hit',
  node: 'nnp-node',
  featureNode: 'nnp-feature',
  nodeLabel: 'nnp-node-label',
  nodeDisabled: 'nnp-node-off',
  nodeHovered: 'nnp-node-hover',
  thumbnail: 'nnp-thumb',
  bias: 'nnp-bias',
  card: 'nnp-card',
  cardInput: 'nnp-card-input',
  cardHint: 'nnp-card-hint',
  output: 'nnp-output',
  losses: 'nnp-losses',
  lossValue: 'nnp-loss-value',
  lossChart: 'nnp-loss-chart',
  lossSwatch: 'nnp-loss-swatch',
  heatmap: 'nnp-heatmap',
  heatmapCanvas: 'nnp-heatmap-canvas',
  axes: 'nnp-axes',
  points: 'nnp-points',
  legend: 'nnp-legend',
  checkbox: 'nnp-checkbox',
  status: 'nnp-status',
  message: 'nnp-message',
  error: 'nnp-error',
  // output and data parts
  outputHeader: 'nnp-output-header',
  lossTrain: 'nnp-loss-train',
  lossTest: 'nnp-loss-test',
  tick: 'nnp-tick',
  tickZero: 'nnp-tick-zero',
  trainPoints: 'nnp-train-points',
  testPoints: 'nnp-test-points',
  legendBar: 'nnp-legend-bar',
  legendTicks: 'nnp-legend-ticks',
  legendCaption: 'nnp-legend-caption',
  datasetThumb: 'nnp-dataset-thumb',
  // metrics, chart readout, tools
  metric: 'nnp-metric',
  chartBox: 'nnp-chart-box',
  chartGuide: 'nnp-chart-guide',
  chartTip: 'nnp-chart-tip',
  tools: 'nnp-tools',
  toolRow: 'nnp-tool-row',
  toolButton: 'nnp-tool-button',
  swatch: 'nnp-swatch',
  swatchPositive: 'nnp-swatch-positive',
  csvPanel: 'nnp-csv-panel',
  toolsStatus: 'nnp-tools-status',
  drawing: 'nnp-drawing',
  drawFresh: 'nnp-draw-fresh',
  dropTarget: 'nnp-drop-target',
  linkBox: 'nnp-link-box',
} as const;

export type ClassKey = keyof typeof CLASS;

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
