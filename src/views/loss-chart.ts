/**
 * The loss sparkline: training and test loss per epoch since the last reset,
 * no axes. The maths (history -> coordinates) is pure; the view only writes
 * two `points` attributes.
 */
import { s } from './dom.js';

/** Loss per epoch, oldest first (a view of the trainer's history). */
export interface LossHistory {
  readonly train: ArrayLike<number>;
  readonly test: ArrayLike<number>;
  readonly length: number;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Space kept free at the top, bottom and left, as in the original. @defaultValue 2 */
  margin?: number;
}

/** Coordinates packed [x0, y0, x1, y1, ...] per line. */
export interface ChartCoords {
  train: number[];
  test: number[];
}

/** Per pixel column: the smallest and largest finite value and where they sit. */
interface Columns {
  min: Float64Array;
  max: Float64Array;
  minAt: Int32Array;
  maxAt: Int32Array;
}

function scanColumns(values: ArrayLike<number>, length: number, columns: number): Columns {
  const c: Columns = {
    min: new Float64Array(columns).fill(Infinity),
    max: new Float64Array(columns).fill(-Infinity),
    minAt: new Int32Array(columns).fill(-1),
    maxAt: new Int32Array(columns).fill(-1),
  };
  const n = Math.min(length, values.length);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue; // NaN/Infinity would wreck the scale: skip
    const col = Math.floor((i * columns) / length);
    if (v < c.min[col]) { c.min[col] = v; c.minAt[col] = i; }
    if (v > c.max[col]) { c.max[col] = v; c.maxAt[col] = i; }
  }
  return c;
}

/**
 * The two lines' coordinates in a width x height box. x spreads the points
 * over the width, y runs from the smallest (bottom) to the largest (top)
 * finite value of both lines; non-finite values are left out. With more
 * points than pixel columns, each column keeps only its minimum and maximum,
 * so the output has at most 2 points per column whatever the history length.
 */
export function lossChartCoords(history: LossHistory, box: ChartBox): ChartCoords {
  const n = history.length;
  const margin = box.margin ?? 2;
  if (n <= 0) return { train: [], test: [] };
  const plotW = Math.max(1, box.width - margin);
  const columns = Math.min(n, Math.max(1, Math.floor(plotW)));
  const lines = [scanColumns(history.train, n, columns), scanColumns(history.test, n, columns)];

  let lo = Infinity;
  let hi = -Infinity;
  for (const c of lines) {
    for (let k = 0; k < columns; k++) {
      if (c.min[k] < lo) lo = c.min[k];
      if (c.max[k] > hi) hi = c.max[k];
    }
  }
  const plotH = box.height - 2 * margin;
  const xOf = (col: number) => margin + (columns === 1 ? 0 : (col / (columns - 1)) * plotW);
  // One value only (or all equal): a flat line through the middle.
  const yOf = (v: number) => (hi > lo ? margin + ((hi - v) / (hi - lo)) * plotH : box.height / 2);

  const [train, test] = lines.map((c) => {
    const out: number[] = [];
    for (let k = 0; k < columns; k++) {
      if (c.minAt[k] < 0) continue;
      const x = xOf(k);
      // Both extremes, in the order they happened, keep the line's shape.
      const first = c.minAt[k] <= c.maxAt[k] ? c.min[k] : c.max[k];
      const second = c.minAt[k] <= c.maxAt[k] ? c.max[k] : c.min[k];
      out.push(x, yOf(first));
      if (c.minAt[k] !== c.maxAt[k]) out.push(x, yOf(second));
    }
    return out;
  });
  return { train, test };
}

/** Packed coordinates as an SVG `points` attribute (2 decimals is sub-pixel). */
export function toPointsAttr(coords: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < coords.length; i += 2) {
    parts.push(`${Math.round(coords[i] * 100) / 100},${Math.round(coords[i + 1] * 100) / 100}`);
  }
  return parts.join(' ');
}

/** The chart's user units; the SVG stretches them to its CSS box. */
export const CHART_WIDTH = 200;
export const CHART_HEIGHT = 55;

export interface LossChart {
  readonly el: SVGSVGElement;
  draw(history: LossHistory): void;
}

/**
 * An SVG with two polylines. The viewBox stretches to any width (the column
 * is fluid) while `vector-effect: non-scaling-stroke` in the CSS keeps the
 * lines 1.5 px.
 */
export function createLossChart(doc: Document): LossChart {
  const train = s(doc, 'polyline', ['lossTrain'], { fill: 'none' });
  const test = s(doc, 'polyline', ['lossTest'], { fill: 'none' });
  const el = s(
    doc,
    'svg',
    ['lossChart'],
    { viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    train,
    test,
  );
  const box: ChartBox = { width: CHART_WIDTH, height: CHART_HEIGHT };
  return {
    el,
    draw(history) {
      const c = lossChartCoords(history, box);
      const tr = toPointsAttr(c.train);
      const te = toPointsAttr(c.test);
      if (train.getAttribute('points') !== tr) train.setAttribute('points', tr);
      if (test.getAttribute('points') !== te) test.setAttribute('points', te);
    },
  };
}
