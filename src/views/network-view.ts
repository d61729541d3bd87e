/**
 * The network diagram: pure layout maths (positions, link curves, widths,
 * thumbnail averages) tested in Node, and a thin painter that builds the
 * SVG links and HTML node buttons once per structure and afterwards only
 * rewrites attributes and pixels in place.
 */
import { FEATURE_IDS, type FeatureId } from '../data/features.js';
import { stepOf, type Palette } from './colors.js';
import { h, s, toggleClass, type ClassKey } from './dom.js';
import { context2d, paintValues, type PaintOptions } from './heatmap.js';
import type { Labels } from './labels.js';
import type { NetworkState, NodeRef, ViewState } from './parts/types.js';

// ---------------------------------------------------------------- layout

/** Node squares are 30 px on every width. */
export const NODE = 30;
/** Vertical distance between row centres: a node and a 25 px gap. */
export const ROW = 55;
/** Left edge of the feature column; its labels sit in the space before it. */
export const LABEL_SPACE = 50;
/** Height kept above the nodes for the per-layer +/- controls. */
export const CONTROLS_TOP = 44;
/** Closest two columns may come: the node plus room for the bias square. */
export const MIN_PITCH = 38;
/** Free space at the right edge, as the original's 3 px offset. */
const EDGE = 3;
/** Feature column to the start of the hidden-layer range (118 − 50 in the original). */
const HIDDEN_START = 68;
/** d3 "rangePoints" outer padding, as a share of one step. */
const OUTER_PADDING = 0.7;

/** The seven features in their fixed drawing order (the input order too). */
export const ALL_FEATURES: readonly FeatureId[] = FEATURE_IDS;

export interface LayoutOptions {
  /** Width available in CSS px (the layout may grow past it only when too narrow to fit). */
  width: number;
  /** Layer sizes [inputs, ...hidden, 1]; `[inputs]` alone lays out the feature column only. */
  sizes: ArrayLike<number>;
  /** Enabled features in input order. */
  inputs: readonly FeatureId[];
  /** Draw every shown feature (disabled ones too), not only the enabled ones. */
  showAllFeatures: boolean;
  /** Features not removed by an `<id>_hide` flag. @defaultValue all seven */
  shown?: readonly FeatureId[];
  /** Space above the first row. @defaultValue 0 */
  top?: number;
  /** Reserve height for at least this many rows (keeps the height steady). */
  maxRows?: number;
}

/** A node's centre in the diagram's coordinates. */
export interface Pos {
  x: number;
  y: number;
}

export interface FeatureSlot extends Pos {
  id: FeatureId;
  /** Whether this feature feeds the network. */
  enabled: boolean;
}

export interface NetworkLayout {
  /** Total size of the drawing. */
  width: number;
  height: number;
  /** Smallest distance between neighbouring columns (labels shorten below ~60). */
  pitch: number;
  /** Every feature node drawn, top to bottom. */
  features: FeatureSlot[];
  /** Node centres per network layer: [enabled inputs, ...hidden, output]; empty without a network. */
  layers: Pos[][];
}

/** Left edges of the hidden columns and of the output column, for `hidden` layers. */
function columnLefts(width: number, hidden: number): { hidden: number[]; output: number } {
  const f = LABEL_SPACE;
  let o = width - NODE - EDGE;
  const lefts: number[] = [];
  if (hidden === 0) return { hidden: lefts, output: Math.max(o, f + MIN_PITCH) };
  // The original spreads the layers like d3 rangePoints over [118, W − 30].
  const start = f + HIDDEN_START;
  const step = (o - NODE - start) / (hidden - 1 + OUTER_PADDING);
  if (step >= MIN_PITCH) {
    for (let i = 0; i < hidden; i++) lefts.push(start + step * (OUTER_PADDING / 2 + i));
    return { hidden: lefts, output: o };
  }
  // Too narrow for the original's margins: space every column evenly,
  // and grow past the width (the slot scrolls) rather than overlap.
  const pitch = Math.max(MIN_PITCH, (o - f) / (hidden + 1));
  o = Math.max(o, f + pitch * (hidden + 1));
  for (let i = 0; i < hidden; i++) lefts.push(f + pitch * (i + 1));
  return { hidden: lefts, output: o };
}

/** Positions of every node of the diagram. Pure. */
export function layoutNetwork(opts: LayoutOptions): NetworkLayout {
  const top = opts.top ?? 0;
  const shown = opts.shown ?? ALL_FEATURES;
  const drawn = opts.showAllFeatures ? ALL_FEATURES.filter((id) => shown.includes(id)) : opts.inputs.slice();
  const rowY = (k: number) => top + ROW * k + NODE / 2;
  const fx = LABEL_SPACE + NODE / 2;
  const features: FeatureSlot[] = drawn.map((id, k) => ({ id, x: fx, y: rowY(k), enabled: opts.inputs.includes(id) }));

  const layerCount = opts.sizes.length;
  let rows = Math.max(1, features.length, opts.maxRows ?? 0);
  if (layerCount < 2) {
    return { width: LABEL_SPACE + NODE + EDGE, height: top + ROW * rows, pitch: Infinity, features, layers: [] };
  }

  const hiddenSizes: number[] = [];
  for (let l = 1; l < layerCount - 1; l++) hiddenSizes.push(opts.sizes[l]);
  const cols = columnLefts(opts.width, hiddenSizes.length);
  const inputs = opts.inputs.map((id, j) => features.find((f) => f.id === id) ?? { x: fx, y: rowY(j) });
  const layers: Pos[][] = [inputs.map(({ x, y }) => ({ x, y }))];
  hiddenSizes.forEach((n, l) => {
    rows = Math.max(rows, n);
    layers.push(Array.from({ length: n }, (_, i) => ({ x: cols.hidden[l] + NODE / 2, y: rowY(i) })));
  });
  layers.push([{ x: cols.output + NODE / 2, y: rowY(0) }]);

  const lefts = [LABEL_SPACE, ...cols.hidden, cols.output];
  let pitch = Infinity;
  for (let i = 1; i < lefts.length; i++) pitch = Math.min(pitch, lefts[i] - lefts[i - 1]);
  return { width: cols.output + NODE + EDGE, height: top + ROW * rows, pitch, features, layers };
}

// ---------------------------------------------------------------- links

/** Vertical spread of the j-th of n link ends arriving at one node. */
export function linkOffset(j: number, n: number): number {
  return n > 0 ? ((j - (n - 1) / 2) / n) * 12 : 0;
}

/** End points [x1, y1, x2, y2] of the link from `source` into `dest`, the j-th of n into it. */
export function linkEnds(source: Pos, dest: Pos, j: number, n: number): [number, number, number, number] {
  return [source.x + NODE / 2 + 2, source.y, dest.x - NODE / 2, dest.y + linkOffset(j, n)];
}

/**
 * Calls `fn` for every link of `net` drawn on `layout` (layer by layer, then
 * by destination node, then by source): its end points, its index into
 * NetworkState.weight, its layer, destination and source.
 */
export function forEachLink(
  layout: NetworkLayout,
  net: NetworkState,
  fn: (ends: [number, number, number, number], index: number, layer: number, node: number, source: number) => void,
): void {
  for (let l = 1; l < layout.layers.length; l++) {
    const from = layout.layers[l - 1];
    layout.layers[l].forEach((dest, i) => {
      from.forEach((src, j) => fn(linkEnds(src, dest, j, from.length), net.weightStart[l] + i * net.sizes[l - 1] + j, l, i, j));
    });
  }
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** A cubic Bézier between two points, both control points at the horizontal midpoint. */
export function linkPath(x1: number, y1: number, x2: number, y2: number): string {
  const mx = r2((x1 + x2) / 2);
  return `M${r2(x1)},${r2(y1)} C${mx},${r2(y1)} ${mx},${r2(y2)} ${r2(x2)},${r2(y2)}`;
}

/** Stroke width for a weight: |w| from 0 to 5 maps to 1..10 px, clamped. */
export function linkWidth(w: number): number {
  const a = Math.abs(w);
  return a === a ? 1 + (9 * Math.min(a, 5)) / 5 : 1;
}

/** A weight or bias for reading: two significant digits, never exponent form for ordinary values. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const p = v.toPrecision(2);
  return p.includes('e') && Math.abs(v) >= 1 ? String(Number(p)) : p;
}

// ---------------------------------------------------------------- thumbnails

/**
 * Averages a density×density grid (row-major) into side×side cells written
 * to `out`. Cell edges fall at floor(c·density/side), so any density works.
 * Allocates nothing.
 */
export function blockAverage(values: ArrayLike<number>, density: number, side: number, out: Float64Array): Float64Array {
  const edge = (c: number) => Math.floor((c * density) / side);
  for (let cr = 0; cr < side; cr++) {
    const r0 = edge(cr);
    const r1 = edge(cr + 1);
    for (let cc = 0; cc < side; cc++) {
      const c0 = edge(cc);
      const c1 = edge(cc + 1);
      let sum = 0;
      for (let r = r0; r < r1; r++) {
        const row = r * density;
        for (let c = c0; c < c1; c++) sum += values[row + c];
      }
      out[cr * side + cc] = sum / ((r1 - r0) * (c1 - c0));
    }
  }
  return out;
}

/** Thumbnails: 10×10 cells, opaque. */
export const THUMB = 10;

const OPAQUE: PaintOptions = { alpha: 255 };
const OPAQUE_DISCRETE: PaintOptions = { alpha: 255, discretize: true };

/**
 * Block-averages a node's grid and writes it as RGBA through the quantised
 * palette. Returns whether any pixel changed.
 */
export function thumbnailPixels(
  values: ArrayLike<number>,
  density: number,
  palette: Palette,
  discretize: boolean,
  scratch: Float64Array,
  rgba: Uint8ClampedArray,
): boolean {
  blockAverage(values, density, THUMB, scratch);
  return paintValues(scratch, palette, rgba, discretize ? OPAQUE_DISCRETE : OPAQUE);
}

// ---------------------------------------------------------------- labels

/** Plain-text labels with Unicode sub/superscripts, for aria-labels. */
export const FEATURE_TEXT: Record<FeatureId, string> = {
  x: 'X₁',
  y: 'X₂',
  xSquared: 'X₁²',
  ySquared: 'X₂²',
  xTimesY: 'X₁X₂',
  sinX: 'sin(X₁)',
  sinY: 'sin(X₂)',
};

/**
 * A feature label built from elements and text nodes (no HTML strings): the
 * plain text with each Unicode sub/superscript digit as a real <sub>/<sup>
 * (NFKC turns '₁' and '²' back into '1' and '2').
 */
export function featureLabel(doc: Document, id: FeatureId): DocumentFragment {
  const frag = doc.createDocumentFragment();
  // Split with a capture group: odd indices are the script digits.
  FEATURE_TEXT[id].split(/([₁₂²])/).forEach((part, k) => {
    if (k % 2) frag.append(h(doc, part === '²' ? 'sup' : 'sub', null, null, part.normalize('NFKC')));
    else if (part) frag.append(part);
  });
  return frag;
}

// ---------------------------------------------------------------- painter

/** What a link or bias square stands for; `index` points into the flat arrays. */
export interface LinkItem {
  path: SVGPathElement;
  hit: SVGPathElement;
  layer: number;
  node: number;
  source: number;
  /** Index into NetworkState.weight. */
  index: number;
  /** Midpoint of the curve, where the card opens. */
  at: Pos;
}
export interface BiasItem {
  rect: SVGRectElement;
  layer: number;
  node: number;
  /** Global node index, into NetworkState.bias. */
  index: number;
  at: Pos;
}
export interface NodeItem {
  button: HTMLButtonElement;
  canvas: HTMLCanvasElement;
  ref: NodeRef;
  /** Index into grid.nodes (hidden and output nodes), or -1 for a feature. */
  gridIndex: number;
  ctx?: CanvasRenderingContext2D | null;
  image?: ImageData | null;
}

export interface Diagram {
  root: HTMLElement;
  layout: NetworkLayout;
  linkGroup: SVGGElement | null;
  links: LinkItem[];
  biases: BiasItem[];
  nodes: NodeItem[];
  features: NodeItem[];
  /** What updateDiagram last wrote, so it writes only what changed (-1: nothing yet). */
  drawn: DrawnValues;
}

/** Per link and bias: the colour step and the width (in 1/100 px) last written. */
interface DrawnValues {
  palette: Palette | null;
  linkColor: Int32Array;
  linkWidth: Int32Array;
  biasColor: Int32Array;
  dashOffset: number;
}

export interface BuildOptions {
  layout: NetworkLayout;
  network: NetworkState | null;
  inputs: readonly FeatureId[];
  /** Feature buttons toggle (aria-pressed) rather than only show. */
  toggleable: boolean;
  /** Node names: "node 3", "output node". */
  labels: Pick<Labels, 'node' | 'outputNode'>;
}

/** A node's button around its thumbnail canvas, centred on `at`; `data` become data-* attributes. */
function nodeItem(doc: Document, classes: ClassKey[], label: string, at: Pos, data: Record<string, string | number>, ref: NodeRef, gridIndex: number): NodeItem {
  const canvas = h(doc, 'canvas', ['thumbnail'], { width: THUMB, height: THUMB, 'aria-hidden': 'true' });
  const attrs: Record<string, string | number> = { type: 'button', 'aria-label': label };
  for (const [k, v] of Object.entries(data)) attrs[`data-${k}`] = v;
  attrs.style = `left:${at.x - NODE / 2}px;top:${at.y - NODE / 2}px`;
  return { button: h(doc, 'button', classes, attrs, canvas), canvas, ref, gridIndex };
}

/** Plain name of a network node (layer 0 = a feature) for aria-labels. */
export function sourceName(opts: BuildOptions, layer: number, i: number): string {
  const net = opts.network;
  if (layer === 0) return FEATURE_TEXT[opts.inputs[i]];
  if (!net) return '';
  const global = net.nodeStart[layer] + i;
  return layer === net.sizes.length - 1 ? opts.labels.outputNode : `${opts.labels.node} ${global - net.sizes[0] + 1}`;
}

/**
 * Builds the diagram's DOM into a fresh element: the feature labels, a
 * button per node and the SVG (links, hit paths, bias squares). Listeners
 * are not attached here; the part delegates events from its container.
 */
export function buildDiagram(doc: Document, opts: BuildOptions): Diagram {
  const { layout, network: net } = opts;
  const root = h(doc, 'div', ['diagram'], { style: `width:${layout.width}px;height:${layout.height}px` });
  const links: LinkItem[] = [];
  const biases: BiasItem[] = [];
  const nodes: NodeItem[] = [];
  const features: NodeItem[] = [];
  let linkGroup: SVGGElement | null = null;

  for (const f of layout.features) {
    const label = h(doc, 'span', ['nodeLabel'], { 'aria-hidden': 'true', style: `top:${f.y - 9}px;width:${f.x - NODE / 2 - 6}px` }, featureLabel(doc, f.id));
    const item = nodeItem(doc, ['node', 'featureNode'], FEATURE_TEXT[f.id], f, { kind: 'feature', id: f.id, key: `feature-${f.id}` }, { kind: 'feature', id: f.id }, -1);
    if (opts.toggleable) item.button.setAttribute('aria-pressed', String(f.enabled));
    toggleClass(item.button, 'nodeDisabled', !f.enabled);
    root.append(label, item.button);
    features.push(item);
  }

  if (net && layout.layers.length) {
    const svg = s(doc, 'svg', ['links'], { width: layout.width, height: layout.height });
    const paths = s(doc, 'g', null, { fill: 'none', 'stroke-dasharray': '9 1', 'aria-hidden': 'true' });
    const hits = s(doc, 'g', null, { fill: 'none' });
    const squares = s(doc, 'g', null);
    forEachLink(layout, net, (ends, index, layer, node, source) => {
      const [x1, y1, x2, y2] = ends;
      const dPath = linkPath(...ends);
      const path = s(doc, 'path', ['link'], { d: dPath });
      const hit = s(doc, 'path', ['linkHit'], { d: dPath, tabindex: 0, role: 'button', 'data-kind': 'link', 'data-i': links.length });
      paths.append(path);
      hits.append(hit);
      links.push({ path, hit, layer, node, source, index, at: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 } });
    });
    for (let l = 1; l < layout.layers.length; l++) {
      layout.layers[l].forEach((p, i) => {
        const index = net.nodeStart[l] + i;
        // 5×5 at the node's bottom-left outside corner (−7, +28 from its top-left).
        const rect = s(doc, 'rect', ['bias'], {
          x: p.x - NODE / 2 - 7, y: p.y - NODE / 2 + 28, width: 5, height: 5,
          tabindex: 0, role: 'button', 'data-kind': 'bias', 'data-i': biases.length,
        });
        squares.append(rect);
        biases.push({ rect, layer: l, node: i, index, at: { x: p.x - NODE / 2 - 4, y: p.y + NODE / 2 } });
        const item = nodeItem(doc, ['node'], sourceName(opts, l, i), p, { kind: 'node', i: nodes.length, key: `node-${index}` }, { kind: 'node', index }, index - net.sizes[0]);
        root.append(item.button);
        nodes.push(item);
      });
    }
    svg.append(paths, hits, squares);
    // Last in the DOM so Tab reaches the nodes before the many links; CSS keeps it underneath.
    root.append(svg);
    linkGroup = paths;
  }
  const none = (n: number) => new Int32Array(n).fill(-1);
  const drawn: DrawnValues = { palette: null, linkColor: none(links.length), linkWidth: none(links.length), biasColor: none(biases.length), dashOffset: NaN };
  return { root, layout, linkGroup, links, biases, nodes, features, drawn };
}

const scratch = new Float64Array(THUMB * THUMB);

function paintNode(item: NodeItem, values: ArrayLike<number> | undefined, density: number, palette: Palette, discretize: boolean): void {
  if (!values) return;
  // The context is taken on first paint; without one (happy-dom) nothing is painted.
  if (item.ctx === undefined) {
    item.ctx = context2d(item.canvas);
    item.image = item.ctx ? item.ctx.createImageData(THUMB, THUMB) : null;
  }
  if (!item.ctx || !item.image) return;
  // 31 quantised colours on 10×10 cells: most frames change no pixel of most thumbnails.
  if (thumbnailPixels(values, density, palette, discretize, scratch, item.image.data)) item.ctx.putImageData(item.image, 0, 0);
}

/** Feature thumbnails: only on a rebuild, resize or discretize change (they never train). */
export function paintFeatures(d: Diagram, state: ViewState, palette: Palette): void {
  const grid = state.grid;
  for (const f of d.features) {
    if (f.ref.kind === 'feature') paintNode(f, grid.features[f.ref.id], grid.density, palette, state.config.discretize);
  }
}

/**
 * Per-frame update, all in place: link colours (from the palette's table)
 * and widths, bias fills, the dash offset and node thumbnails. Each value is
 * written only when it differs from what was last written.
 */
export function updateDiagram(d: Diagram, state: ViewState, palette: Palette): void {
  const net = state.network;
  const weight = net.weight;
  const drawn = d.drawn;
  if (drawn.palette !== palette) {
    drawn.palette = palette;
    drawn.linkColor.fill(-1);
    drawn.biasColor.fill(-1);
  }
  const scale = palette.scale;
  const { linkColor, linkWidth: widths, biasColor } = drawn;
  const links = d.links;
  for (let i = 0; i < links.length; i++) {
    const w = weight[links[i].index];
    const k = stepOf(w);
    if (k !== linkColor[i]) {
      linkColor[i] = k;
      links[i].path.setAttribute('stroke', scale[k]);
    }
    // The width in whole 1/100 px: what is written, and compared to skip a write.
    const px = Math.round(linkWidth(w) * 100);
    if (px !== widths[i]) {
      widths[i] = px;
      links[i].path.setAttribute('stroke-width', String(px / 100));
    }
  }
  // Dash offset inherits from the group: one write moves every dash.
  const offset = r2(-state.epoch / 3);
  if (d.linkGroup && offset !== drawn.dashOffset) {
    drawn.dashOffset = offset;
    d.linkGroup.setAttribute('stroke-dashoffset', String(offset));
  }
  const biases = d.biases;
  const bias = net.bias;
  for (let i = 0; i < biases.length; i++) {
    const k = stepOf(bias[biases[i].index]);
    if (k !== biasColor[i]) {
      biasColor[i] = k;
      biases[i].rect.setAttribute('fill', scale[k]);
    }
  }
  const grid = state.grid;
  for (const n of d.nodes) paintNode(n, grid.nodes[n.gridIndex], grid.density, palette, state.config.discretize);
}

/** A feature's id or a node's global index: with the kind, what a NodeRef points at. */
const refKey = (r: NodeRef) => (r.kind === 'feature' ? r.id : r.index);

/** Whether two refs point at the same feature or node. */
export function sameRef(a: NodeRef | null, b: NodeRef): boolean {
  return !!a && a.kind === b.kind && refKey(a) === refKey(b);
}

/** Marks the hovered node (the one the big heatmap shows). */
export function updateHover(d: Diagram, hovered: NodeRef | null): void {
  for (const n of [...d.features, ...d.nodes]) toggleClass(n.button, 'nodeHovered', sameRef(hovered, n.ref));
}
