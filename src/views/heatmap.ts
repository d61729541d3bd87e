/**
 * Heatmaps: a pure "values -> RGBA pixels" function (tested in Node) and a
 * thin painter that owns one canvas and one reused ImageData.
 */
import type { Palette } from './colors.js';
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

/**
 * Writes one RGBA pixel per value into `out` through the palette's quantised
 * table; NaN becomes black with the same alpha. Writes at most
 * `out.length / 4` pixels and allocates nothing.
 */
export function paintValues(
  values: ArrayLike<number>,
  palette: Palette,
  out: Uint8ClampedArray,
  opts: PaintOptions = NO_OPTIONS,
): void {
  const table = palette.table;
  const alpha = opts.alpha ?? HEATMAP_ALPHA;
  const discretize = opts.discretize === true;
  const n = Math.min(values.length, out.length >> 2);
  for (let i = 0, o = 0; i < n; i++, o += 4) {
    let v = values[i];
    if (discretize && v === v) v = v >= 0 ? 1 : -1;
    const k = palette.bin(v);
    if (k < 0) {
      out[o] = 0;
      out[o + 1] = 0;
      out[o + 2] = 0;
    } else {
      const t = 3 * k;
      out[o] = table[t];
      out[o + 1] = table[t + 1];
      out[o + 2] = table[t + 2];
    }
    out[o + 3] = alpha;
  }
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
  /** Paints `size * size` values, row-major, row 0 at the top. */
  draw(values: ArrayLike<number>, discretize: boolean): void;
}

export interface PainterOptions {
  /** Values per side, one per canvas pixel. @defaultValue 100 */
  size?: number;
  classes?: ClassKey[];
  alpha?: number;
}

/**
 * Owns one `<canvas>` (one value per pixel; CSS scales it, and the browser's
 * smoothing softens the 31 colour bands as in the original) and one ImageData.
 */
export function createHeatmapPainter(doc: Document, palette: Palette, opts: PainterOptions = {}): HeatmapPainter {
  const size = opts.size ?? 100;
  const canvas = h(doc, 'canvas', opts.classes ?? null, { width: size, height: size });
  let ctx: CanvasRenderingContext2D | null | undefined;
  let image: ImageData | null = null;
  const paint: PaintOptions = { discretize: false, alpha: opts.alpha ?? HEATMAP_ALPHA };
  return {
    canvas,
    draw(values, discretize) {
      // The context is taken on first draw, so building the DOM costs nothing.
      if (ctx === undefined) {
        ctx = context2d(canvas);
        image = ctx ? ctx.createImageData(size, size) : null;
      }
      if (!ctx || !image) return;
      paint.discretize = discretize;
      paintValues(values, palette, image.data, paint);
      ctx.putImageData(image, 0, 0);
    },
  };
}
