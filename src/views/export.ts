/**
 * Pictures for slides and posts: the output heatmap with its points as a
 * PNG, and the network as a standalone SVG. Both are drawn from the same
 * plain view state the widget draws; no user text is parsed as markup.
 */
import { NODE, THUMB, FEATURE_TEXT, forEachLink, layoutNetwork, linkPath, linkWidth, thumbnailPixels } from './network-view.js';
import { context2d, dataToPixel, paintValues } from './heatmap.js';
import { SVG_NS, s } from './dom.js';
import type { Palette } from './colors.js';
import type { ViewState } from './parts/types.js';

export interface PngOptions {
  /** Width and height in px. @defaultValue 400 */
  size?: number;
  /** Draw the training points (and the test points when the config shows them). @defaultValue true */
  points?: boolean;
}

function canvas(doc: Document, width: number, height: number): { el: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const el = doc.createElement('canvas');
  el.width = width;
  el.height = height;
  const ctx = context2d(el);
  if (!ctx) throw new Error('Exporting a picture needs a browser with canvas support');
  return { el, ctx };
}

/** A side×side canvas whose RGBA pixels `paint` writes. */
function pixelCanvas(doc: Document, side: number, paint: (rgba: Uint8ClampedArray) => void): HTMLCanvasElement {
  const { el, ctx } = canvas(doc, side, side);
  const image = ctx.createImageData(side, side);
  paint(image.data);
  ctx.putImageData(image, 0, 0);
  return el;
}

/** The output map (100×100 values) scaled to `size`, with points, as a PNG data URL. */
export function heatmapPng(doc: Document, state: ViewState, palette: Palette, opts: PngOptions = {}): string {
  const size = Math.round(opts.size ?? 400);
  if (!(size >= 16 && size <= 4096)) throw new RangeError(`toPNG: size must be from 16 to 4096 px, not ${opts.size}`);
  // Opaque here: a picture on a slide has no page behind it.
  const small = pixelCanvas(doc, state.grid.density, (rgba) => paintValues(state.grid.output, palette, rgba, { discretize: state.config.discretize, alpha: 255 }));
  const big = canvas(doc, size, size);
  const ctx = big.ctx;
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, size, size);
  if (opts.points !== false) {
    const r = Math.max(2, size / 100);
    const draw = (points: ViewState['trainPoints'], stroke: string) => {
      for (const p of points) {
        if (Math.abs(p.x) > 6 || Math.abs(p.y) > 6) continue;
        const [x, y] = dataToPixel(p.x, p.y, size);
        ctx.beginPath();
        ctx.arc(x, y, r, 0, 2 * Math.PI);
        ctx.fillStyle = palette.quantised(p.label);
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = stroke;
        ctx.stroke();
      }
    };
    draw(state.trainPoints, 'rgba(255,255,255,0.8)');
    if (state.config.showTestData) draw(state.testPoints, 'rgba(0,0,0,0.6)');
  }
  return big.el.toDataURL('image/png');
}

/** The network (enabled inputs, hidden layers, output) as SVG markup for slides. */
export function networkSvg(doc: Document, state: ViewState, palette: Palette, width = 800): string {
  const net = state.network;
  const layout = layoutNetwork({ width, sizes: net.sizes, inputs: state.inputs, showAllFeatures: false, top: 10 });
  const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) => s(doc, tag, null, attrs, text);
  const svg = el('svg', { xmlns: SVG_NS, width: layout.width, height: layout.height + 10, viewBox: `0 0 ${layout.width} ${layout.height + 10}`, 'font-family': 'sans-serif' });
  svg.append(el('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  const links = el('g', { fill: 'none' });
  svg.append(links);
  forEachLink(layout, net, (ends, index) => {
    const w = net.weight[index];
    links.append(el('path', { d: linkPath(...ends), stroke: palette.continuous(w), 'stroke-width': linkWidth(w) }));
  });
  // Node squares with their thumbnails (where a canvas exists), and bias squares.
  const scratch = new Float64Array(THUMB * THUMB);
  const thumb = (values: ArrayLike<number>): string | null => {
    try {
      return pixelCanvas(doc, THUMB, (rgba) => thumbnailPixels(values, state.grid.density, palette, state.config.discretize, scratch, rgba)).toDataURL('image/png');
    } catch {
      return null;
    }
  };
  const nodes = el('g', {});
  svg.append(nodes);
  layout.layers.forEach((column, l) => {
    column.forEach((pos, i) => {
      const x = pos.x - NODE / 2;
      const y = pos.y - NODE / 2;
      const values = l === 0 ? state.grid.features[state.inputs[i]] : state.grid.nodes[net.nodeStart[l] + i - net.sizes[0]];
      nodes.append(el('rect', { x, y, width: NODE, height: NODE, fill: '#ffffff', stroke: '#000000', 'stroke-width': 2, rx: 3 }));
      const href = values ? thumb(values) : null;
      if (href) nodes.append(el('image', { x: x + 1, y: y + 1, width: NODE - 2, height: NODE - 2, href, preserveAspectRatio: 'none', 'image-rendering': 'optimizeSpeed' }));
      if (l === 0) {
        nodes.append(el('text', { x: x - 6, y: pos.y + 4, 'text-anchor': 'end', 'font-size': 13, fill: '#222222' }, FEATURE_TEXT[state.inputs[i]]));
      } else {
        const b = net.bias[net.nodeStart[l] + i];
        nodes.append(el('rect', { x: x - 7, y: y + NODE - 2, width: 5, height: 5, fill: palette.continuous(b) }));
      }
    });
  });
  return new (doc.defaultView as Window & typeof globalThis).XMLSerializer().serializeToString(svg);
}
