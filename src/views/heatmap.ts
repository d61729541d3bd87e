/**
 * Heatmaps: a pure "values -> RGBA pixels" function (tested in Node) and a
 * thin painter that owns one canvas and one reused ImageData.
 */
import { binOf, QUANT_BINS, type Palette } from './colors.js';
import { h, type ClassKey } from './dom.js';

/** Half the side of the plane every heatmap and plot covers: [-6, 6]^2. */
export const EXTENT = 6;

/** The original paints heatmap pixels at 160/255, so NaN (black) reads as dark grey. */
export const HEATMAP_ALPHA = 160;

export interface PaintOptions {
  /** Every value becomes +1 (>= 0) or -1 before colouring; NaN stays NaN. */
  discretize?: boolean;
  /** Alpha of every pixel, 0..255. @defaultValue 160 */
  alpha?: number;
}

const NO_OPTIONS: PaintOptions = {};

/** Whether this platform stores typed-array words little-endian (so RGBA packs as 0xAABBGGRR). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** The 31 colours and black (NaN, last) as whole RGBA pixels, for one alpha. */
const packed = new Uint32Array(QUANT_BINS + 1);

/**
 * Writes one RGBA pixel per value into `out` through the palette's quantised
 * table; NaN becomes black with the same alpha. Writes at most
 * `out.length / 4` pixels and allocates nothing but a view. Returns whether
 * any pixel changed, so a painter can skip uploading a picture that did not.
 */
export function paintValues(
  values: ArrayLike<number>,
  palette: Palette,
  out: Uint8ClampedArray,
  opts: PaintOptions = NO_OPTIONS,
): boolean {
  const table = palette.table;
  const alpha = opts.alpha ?? HEATMAP_ALPHA;
  const discretize = opts.discretize === true;
  const n = Math.min(values.length, out.length >> 2);
  for (let k = 0; k < QUANT_BINS; k++) packed[k] = pack(table[3 * k], table[3 * k + 1], table[3 * k + 2], alpha);
  packed[QUANT_BINS] = pack(0, 0, 0, alpha);
  // One word per pixel: whole pixels compared and written (ImageData starts
  // on a word boundary; anything else is painted aside and copied).
  const aligned = out.byteOffset % 4 === 0;
  const words = aligned ? new Uint32Array(out.buffer, out.byteOffset, n) : new Uint32Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    let v = values[i];
    if (discretize && v === v) v = v >= 0 ? 1 : -1;
    const k = binOf(v);
    const px = packed[k < 0 ? QUANT_BINS : k];
    if (words[i] !== px) {
      words[i] = px;
      changed = true;
    }
  }
  if (!aligned) {
    out.set(new Uint8ClampedArray(words.buffer, 0, 4 * n));
    changed = true;
  }
  return changed;
}

function pack(r: number, g: number, b: number, a: number): number {
  return (LITTLE_ENDIAN ? (a << 24) | (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8) | a) >>> 0;
}

/** Maps a data x in [-6, 6] to 0..size (left to right). */
export function dataToPixelX(x: number, size: number): number {
  return ((x + EXTENT) / (2 * EXTENT)) * size;
}

/** Maps a data y in [-6, 6] to size..0: +y is up, as on the plot. */
export function dataToPixelY(y: number, size: number): number {
  return ((EXTENT - y) / (2 * EXTENT)) * size;
}

/** A data point's pixel position on a square of side `size`, y up. */
export function dataToPixel(x: number, y: number, size: number): [number, number] {
  return [dataToPixelX(x, size), dataToPixelY(y, size)];
}

/** Whether a point lies on the plotted plane (points outside are not drawn). */
export function inDomain(x: number, y: number): boolean {
  return x >= -EXTENT && x <= EXTENT && y >= -EXTENT && y <= EXTENT;
}

/**
 * Pixel positions of many points, packed [x0, y0, x1, y1, ...] into `out`
 * (allocated when not given); points outside the plane get NaN.
 */
export function pointsToPixels(
  points: readonly { x: number; y: number }[],
  size: number,
  out: Float64Array = new Float64Array(points.length * 2),
): Float64Array {
  for (let i = 0; i < points.length; i++) {
    const { x, y } = points[i];
    const on = inDomain(x, y);
    out[2 * i] = on ? dataToPixelX(x, size) : NaN;
    out[2 * i + 1] = on ? dataToPixelY(y, size) : NaN;
  }
  return out;
}

/**
 * Gets a canvas's 2D context, or null where there is none (happy-dom, a
 * browser out of canvas memory): callers then paint nothing.
 */
export function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}

export interface HeatmapPainter {
  readonly canvas: HTMLCanvasElement;
  /** Paints 100 × 100 values, row-major, row 0 at the top. */
  draw(values: ArrayLike<number>, discretize: boolean): void;
}

export interface PainterOptions {
  classes?: ClassKey[];
}

/** Values per side of the painted picture, one per canvas pixel (the trainer's grid density). */
const PAINTER_SIZE = 100;

/**
 * Owns one `<canvas>` (one value per pixel; CSS scales it, and the browser's
 * smoothing softens the 31 colour bands as in the original) and one ImageData,
 * uploaded only when a pixel changed. Pixels take the heatmap alpha.
 */
export function createHeatmapPainter(doc: Document, palette: Palette, opts: PainterOptions = {}): HeatmapPainter {
  const canvas = h(doc, 'canvas', opts.classes ?? null, { width: PAINTER_SIZE, height: PAINTER_SIZE });
  let ctx: CanvasRenderingContext2D | null | undefined;
  let image: ImageData | null = null;
  const paint: PaintOptions = { discretize: false };
  return {
    canvas,
    draw(values, discretize) {
      // The context is taken on first draw, so building the DOM costs nothing.
      if (ctx === undefined) {
        ctx = context2d(canvas);
        image = ctx ? ctx.createImageData(PAINTER_SIZE, PAINTER_SIZE) : null;
      }
      if (!ctx || !image) return;
      paint.discretize = discretize;
      // Colours are quantised: once training settles most frames change no pixel.
      if (paintValues(values, palette, image.data, paint)) ctx.putImageData(image, 0, 0);
    },
  };
}
