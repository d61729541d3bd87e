/**
 * The colour scales every view shares: orange for negative, grey for 0,
 * blue for positive. Pure functions, tested in Node; themes change the three
 * stops and everything follows.
 */

export type Rgb = readonly [number, number, number];

export interface ColorStops {
  negative: string;
  zero: string;
  positive: string;
}

/** The original's stops: orange #f59322, grey #e8eaeb, blue #0877bd. */
export const DEFAULT_STOPS: ColorStops = { negative: '#f59322', zero: '#e8eaeb', positive: '#0877bd' };

/** Number of colours in the quantised scale used by heatmaps and points. */
export const QUANT_BINS = 31;

/**
 * Steps of the tabled continuous scale on each side of 0: `scale` holds
 * 2·SCALE_STEPS + 1 colours over [-1, 1], close enough that a tabled colour
 * is within one unit per channel of the exact one.
 */
export const SCALE_STEPS = 256;

/** Bin index 0..30 of the quantised scale for `v` (clamped); -1 for NaN. */
export function binOf(v: number): number {
  if (v !== v) return -1;
  const k = Math.floor(((v + 1) * QUANT_BINS) / 2);
  return k < 0 ? 0 : k > QUANT_BINS - 1 ? QUANT_BINS - 1 : k;
}

/** Index into `Palette.scale` for `v`: the nearest step, clamped to [-1, 1]; NaN gets the last entry (black). */
export function stepOf(v: number): number {
  if (v !== v) return 2 * SCALE_STEPS + 1;
  const k = Math.round((v + 1) * SCALE_STEPS);
  return k < 0 ? 0 : k > 2 * SCALE_STEPS ? 2 * SCALE_STEPS : k;
}

/** Parses #rgb or #rrggbb (what themes give); anything else is null. */
export function parseHex(text: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Parses a computed colour, `rgb(r, g, b)` or `rgba(...)` (alpha ignored); anything else is null. */
export function parseRgb(text: string): Rgb | null {
  const m = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})/i.exec(text.trim());
  return m ? [Math.min(255, +m[1]), Math.min(255, +m[2]), Math.min(255, +m[3])] : null;
}

/** #rgb, #rrggbb or rgb(): the forms a theme value or a computed colour takes. */
export function parseColor(text: string): Rgb | null {
  return parseHex(text) ?? parseRgb(text);
}

export function toHex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export interface Palette {
  readonly stops: { negative: Rgb; zero: Rgb; positive: Rgb };
  /** Continuous scale, clamped to [-1, 1], as #rrggbb (links, biases, thumbnails). */
  continuous(v: number): string;
  /**
   * The continuous scale tabled: `scale[stepOf(v)]` is `continuous(v)` with
   * `v` rounded to a multiple of 1/SCALE_STEPS, and `#000000` for NaN. Built
   * once, so drawing many links makes no strings.
   */
  readonly scale: readonly string[];
  /** The same table as RGB triples packed: scaleRgb[3k..3k+2] is scale[k]. */
  readonly scaleRgb: Uint8Array;
  /** Bin index 0..30 of the quantised scale; -1 for NaN. */
  bin(v: number): number;
  /** The 31 quantised colours, RGB triples packed: table[3k..3k+2]. */
  readonly table: Uint8Array;
  /** Quantised colour as #rrggbb (black for NaN). */
  quantised(v: number): string;
}

/** Builds the scales from three stops (hex strings; bad ones fall back to the defaults). */
export function createPalette(stops: Partial<ColorStops> = {}): Palette {
  const stop = (key: keyof ColorStops) => parseColor(stops[key] ?? '') ?? (parseHex(DEFAULT_STOPS[key]) as Rgb);
  const neg = stop('negative');
  const zero = stop('zero');
  const pos = stop('positive');
  // Palettes are immutable: widgets with the same theme share one (and its tables).
  const key = `${neg}|${zero}|${pos}`;
  let palette = PALETTES.get(key);
  if (!palette) {
    if (PALETTES.size >= 16) PALETTES.clear();
    PALETTES.set(key, (palette = buildPalette(neg, zero, pos)));
  }
  return palette;
}

const PALETTES = new Map<string, Palette>();

function buildPalette(neg: Rgb, zero: Rgb, pos: Rgb): Palette {
  const at = (v: number): Rgb => (v < 0 ? mix(zero, neg, Math.min(1, -v)) : mix(zero, pos, Math.min(1, v)));
  const rounded = (v: number) => at(v).map(Math.round) as unknown as Rgb;

  const table = new Uint8Array(QUANT_BINS * 3);
  const hexes: string[] = [];
  for (let k = 0; k < QUANT_BINS; k++) {
    // Colour k sits at t = k/30 on a scale with stops at t = 0, 0.5, 1.
    const c = rounded((2 * k) / (QUANT_BINS - 1) - 1);
    table.set(c, 3 * k);
    hexes.push(toHex(c));
  }
  const continuous = (v: number): string => (v !== v ? '#000000' : toHex(at(Math.max(-1, Math.min(1, v)))));
  const scale: string[] = [];
  const scaleRgb = new Uint8Array(3 * (2 * SCALE_STEPS + 2)); // the last entry (NaN) stays black
  for (let k = 0; k <= 2 * SCALE_STEPS; k++) {
    const c = rounded(k / SCALE_STEPS - 1);
    scaleRgb.set(c, 3 * k);
    scale.push(toHex(c));
  }
  scale.push('#000000');
  return {
    stops: { negative: neg, zero, positive: pos },
    continuous,
    scale,
    scaleRgb,
    bin: binOf,
    table,
    quantised: (v) => {
      const k = binOf(v);
      return k < 0 ? '#000000' : hexes[k];
    },
  };
}

/**
 * A palette whose stops are read on first use, not when it is made: the
 * widget reads its --nnp-* colours from computed style, which is cheapest
 * inside the first frame, before that frame writes anything.
 */
export function lazyPalette(readStops: () => Partial<ColorStops>): Palette {
  let inner: Palette | null = null;
  const get = (): Palette => (inner ??= createPalette(readStops()));
  return {
    get stops() {
      return get().stops;
    },
    get scale() {
      return get().scale;
    },
    get scaleRgb() {
      return get().scaleRgb;
    },
    get table() {
      return get().table;
    },
    continuous: (v) => get().continuous(v),
    bin: binOf,
    quantised: (v) => get().quantised(v),
  };
}
