/**
 * The loss chart's readout: a pointer over the chart (or the arrow keys once
 * it has focus) shows the epoch and both losses of the nearest history
 * point in a small tooltip. The chart itself is never redrawn for it: the
 * readout is a guide line and a box over it, updated only while shown.
 */
import type { Lifecycle } from '../playground/lifecycle.js';
import { CLASS, formatNumber, h, setAttr, setText, toggleClass } from './dom.js';
import type { Labels } from './labels.js';
import { CHART_WIDTH, type LossHistory } from './loss-chart.js';

/** The chart's history as the readout reads it: the epochs too. */
export type ReadoutHistory = LossHistory & { readonly epochs: ArrayLike<number> };

/**
 * The history index nearest to a pointer `x` CSS px from the chart's left
 * edge, the chart being `width` px wide and drawn as lossChartCoords lays
 * it out (points spread from `margin` user units to the right edge).
 * -1 when there is no history.
 */
export function chartIndexAt(x: number, width: number, length: number, margin = 2): number {
  if (length <= 0) return -1;
  const user = width > 0 ? (x / width) * CHART_WIDTH : 0;
  const f = Math.min(1, Math.max(0, (user - margin) / Math.max(1, CHART_WIDTH - margin)));
  return Math.round(f * (length - 1));
}

/** Where history point `index` of `length` sits, in CSS px from the chart's left edge (inverse of chartIndexAt). */
export function chartXOf(index: number, width: number, length: number, margin = 2): number {
  const f = length > 1 ? index / (length - 1) : 0;
  return ((margin + f * (CHART_WIDTH - margin)) / CHART_WIDTH) * width;
}

export interface ChartReadout {
  /** Wraps the chart: put this where the chart goes. */
  readonly el: HTMLElement;
  /** Follows new epochs while the readout shows; does nothing otherwise. */
  update(history: ReadoutHistory): void;
}

export function createChartReadout(doc: Document, life: Lifecycle, chart: SVGSVGElement, labels: Labels): ChartReadout {
  // The tip's rows: epoch, test loss, training loss.
  const names = [labels.epoch, labels.testLoss, labels.trainingLoss];
  const values = names.map(() => h(doc, 'span', null));
  const guide = h(doc, 'div', ['chartGuide', 'hidden'], { 'aria-hidden': 'true' });
  const tip = h(doc, 'div', ['chartTip', 'hidden'], { 'aria-hidden': 'true' }, ...names.map((name, k) => h(doc, 'div', null, null, name, ' ', values[k])));
  // A slider over the epochs for keyboards and screen readers.
  const el = h(doc, 'div', ['chartBox'], { tabindex: 0, role: 'slider', 'aria-label': labels.lossChartReadout, 'aria-valuemin': 0 }, chart, guide, tip);

  let history: ReadoutHistory = { epochs: [], train: [], test: [], length: 0 };
  /** Shown for the pointer (at a fraction of the width) or for keys (at an index; -1 follows the latest). */
  let mode: 'pointer' | 'key' | null = null;
  let width = 0;
  let pointerX = 0;
  let keyIndex = -1;

  const toggle = (shown: boolean) => {
    toggleClass(guide, 'hidden', !shown);
    toggleClass(tip, 'hidden', !shown);
  };
  /** The history index shown: under the pointer, or the key's (the latest when following). */
  const shownIndex = (n: number) => (mode === 'pointer' ? chartIndexAt(pointerX, width, n) : keyIndex < 0 ? n - 1 : Math.min(keyIndex, n - 1));

  function show(): void {
    const n = history.length;
    if (!mode || n === 0) return hide(false);
    const i = shownIndex(n);
    const e = formatNumber(history.epochs[i], 0);
    const te = formatNumber(history.test[i], 3);
    const tr = formatNumber(history.train[i], 3);
    [e, te, tr].forEach((text, k) => setText(values[k], text));
    guide.style.left = `${chartXOf(i, width, n)}px`;
    toggle(true);
    setAttr(el, 'aria-valuemax', n - 1);
    setAttr(el, 'aria-valuenow', i);
    setAttr(el, 'aria-valuetext', `${labels.epoch} ${e}: ${labels.testLoss} ${te}, ${labels.trainingLoss} ${tr}`);
  }

  function hide(leave: boolean): void {
    if (leave) mode = null;
    toggle(false);
  }

  // The width is read when the pointer comes in or focus arrives, never per frame.
  const point = (e: PointerEvent) => {
    if (mode !== 'pointer') width = el.clientWidth;
    mode = 'pointer';
    pointerX = e.offsetX;
    show();
  };
  life.listen(el, 'pointerenter', point);
  life.listen(el, 'pointermove', point);
  life.listen(el, 'pointerdown', point);
  // Leaving with focus still here hands the readout back to the keys.
  life.listen(el, 'pointerleave', () => {
    // Inside a shadow root the focused element is the root's activeElement.
    if ((el.getRootNode() as Document | ShadowRoot).activeElement === el) {
      mode = 'key';
      show();
    } else hide(true);
  });
  life.listen(el, 'focus', () => {
    width = el.clientWidth;
    mode = 'key';
    keyIndex = -1;
    show();
  });
  life.listen(el, 'blur', () => hide(true));
  life.listen(el, 'keydown', (e: KeyboardEvent) => {
    const n = history.length;
    if (n === 0) return;
    const at = shownIndex(n);
    const to: Record<string, number> = { ArrowLeft: at - 1, ArrowDown: at - 1, ArrowRight: at + 1, ArrowUp: at + 1, Home: 0, End: n - 1 };
    if (e.key === 'Escape') return hide(true);
    if (!(e.key in to)) return;
    e.preventDefault();
    mode = 'key';
    const i = Math.min(n - 1, Math.max(0, to[e.key]));
    keyIndex = i === n - 1 ? -1 : i; // at the end: keep following new epochs
    show();
  });

  return {
    el,
    update(next) {
      history = next;
      if (mode) show();
    },
  };
}

export const css = `
.${CLASS.chartBox}{position:relative;flex:0 1 50%;min-width:40px;height:55px;cursor:crosshair}
.${CLASS.chartBox}>.${CLASS.lossChart}{display:block;width:100%;height:100%;overflow:visible;pointer-events:none}
.${CLASS.chartGuide}{position:absolute;top:0;bottom:0;border-left:1px dashed var(--nnp-muted)}
.${CLASS.chartTip}{position:absolute;top:calc(100% + 4px);right:0;z-index:2;padding:3px 6px;border:1px solid var(--nnp-line);border-radius:4px;background:var(--nnp-bg);font-size:11px;white-space:nowrap;font-variant-numeric:tabular-nums;box-shadow:0 1px 4px #0003;pointer-events:none}
`;
