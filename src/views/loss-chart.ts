/**
 * The loss sparkline: training and test loss per epoch since the last reset,
 * no axes. The maths (history -> coordinates) is pure; the view only writes
 * two `points` attributes, and only when the history changed.
 *
 * Why not append one point per epoch under a transform: the x scale spreads
 * the points over the width, so every new epoch moves them all; a changing
 * SVG transform (or viewBox) costs Chromium a compositing update per frame
 * that is dearer than rewriting at most 2 × 198 integer pairs.
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

/** Scratch columns for the two lines, grown when needed (the scan runs every frame). */
const SCRATCH: Columns[] = [];

function columnsFor(k: number, columns: number): Columns {
  let c = SCRATCH[k];
  if (!c || c.min.length < columns) {
    const size = Math.max(columns, 256);
    c = SCRATCH[k] = { min: new Float64Array(size), max: new Float64Array(size), minAt: new Int32Array(size), maxAt: new Int32Array(size) };
  }
  c.min.fill(Infinity, 0, columns);
  c.max.fill(-Infinity, 0, columns);
  c.minAt.fill(-1, 0, columns);
  c.maxAt.fill(-1, 0, columns);
  return c;
}

function scanColumns(k: number, values: ArrayLike<number>, length: number, columns: number): Columns {
  const c = columnsFor(k, columns);
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
  const lines = [scanColumns(0, history.train, n, columns), scanColumns(1, history.test, n, columns)];

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
      const minFirst = c.minAt[k] <= c.maxAt[k];
      out.push(x, yOf(minFirst ? c.min[k] : c.max[k]));
      if (c.minAt[k] !== c.maxAt[k]) out.push(x, yOf(minFirst ? c.max[k] : c.min[k]));
    }
    return out;
  });
  return { train, test };
}

/** Drawing units per user unit of the chart: points are written as whole hundredths. */
export const CHART_SCALE = 100;

/**
 * Packed coordinates as an SVG `points` attribute, in whole hundredths of a
 * user unit (the view's viewBox is scaled to match): integers are exact to
 * 1/100 and much cheaper to turn into text than decimals.
 */
export function toPointsAttr(coords: readonly number[]): string {
  let out = '';
  for (let i = 0; i + 1 < coords.length; i += 2) {
    const pair = Math.round(coords[i] * CHART_SCALE) + ',' + Math.round(coords[i + 1] * CHART_SCALE);
    out = i === 0 ? pair : out + ' ' + pair;
  }
  return out;
}

/** The chart's user units; the SVG stretches them to its CSS box. */
export const CHART_WIDTH = 200;
export const CHART_HEIGHT = 55;

export interface LossChart {
  readonly el: SVGSVGElement;
  /** Redraws from `history`; a history that did not change since the last draw writes nothing. */
  draw(history: LossHistory): void;
}

/**
 * An SVG with two polylines. The viewBox stretches to any width (the column
 * is fluid) while `vector-effect: non-scaling-stroke` in the CSS keeps the
 * lines 1.5 px.
 */
export function createLossChart(doc: Document): LossChart {
  // Unfilled lines: the output part's CSS sets fill, stroke and width.
  const train = s(doc, 'polyline', ['lossTrain']);
  const test = s(doc, 'polyline', ['lossTest']);
  const el = s(
    doc,
    'svg',
    ['lossChart'],
    {
      viewBox: `0 0 ${CHART_WIDTH * CHART_SCALE} ${CHART_HEIGHT * CHART_SCALE}`,
      preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false',
    },
    train,
    test,
  );
  const box: ChartBox = { width: CHART_WIDTH, height: CHART_HEIGHT };
  // What was drawn: the length and the last values (a new epoch, a cut or a reset changes one of them).
  let drawnLength = -1;
  let lastTrain = NaN;
  let lastTest = NaN;
  let firstTrain = NaN;
  let trainText = '';
  let testText = '';
  const same = (a: number, b: number) => a === b || (a !== a && b !== b);
  return {
    el,
    draw(history) {
      const n = history.length;
      if (n === drawnLength && n > 0 && same(history.train[n - 1], lastTrain) && same(history.test[n - 1], lastTest) && same(history.train[0], firstTrain)) return;
      drawnLength = n;
      lastTrain = history.train[n - 1];
      lastTest = history.test[n - 1];
      firstTrain = history.train[0];
      const c = lossChartCoords(history, box);
      const tr = toPointsAttr(c.train);
      const te = toPointsAttr(c.test);
      if (tr !== trainText) train.setAttribute('points', (trainText = tr));
      if (te !== testText) test.setAttribute('points', (testText = te));
    },
  };
}
