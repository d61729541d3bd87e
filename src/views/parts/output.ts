/**
 * The OUTPUT column: loss readouts and sparkline, the big heatmap with axes
 * and data points, the colour legend, and the two display checkboxes.
 * The DOM is built once; renders update it in place, each piece only when
 * its reason says it changed.
 */
import { toHex } from '../colors.js';
import { CLASS, formatNumber, h, s, setAttr, setText, toggleClass } from '../dom.js';
import { createHeatmapPainter, dataToPixelX, dataToPixelY, EXTENT, inDomain } from '../heatmap.js';
import type { Labels } from '../labels.js';
import { createLossChart } from '../loss-chart.js';
import { createChartReadout } from '../chart-readout.js';
import { metricRows } from '../metrics.js';
import type { Part, PartContext, RenderReason, ViewState } from './types.js';

/** The heatmap box in SVG user units: 300 square, the plot 260 square at 20 in. */
export const BOX = 300;
export const PAD = 20;
const PLOT = BOX - 2 * PAD;
const POINT_RADIUS = 3;
/** Least time between two updates of the heatmap's text alternative while training. */
const SUMMARY_EVERY_MS = 1000;

/**
 * The values the big heatmap shows: the hovered feature's or node's map,
 * else the output's. A node index is global (inputs first), the grid's
 * node list starts after the inputs.
 */
export function heatmapSource(state: ViewState): ArrayLike<number> {
  const { hovered, grid } = state;
  const map = hovered && (hovered.kind === 'feature' ? grid.features[hovered.id] : grid.nodes[hovered.index - state.network.sizes[0]]);
  return map ?? grid.output;
}

/** The text alternative of the heatmap: what it shows and the current losses. */
export function heatmapSummary(state: ViewState, labels: Labels, withTestLoss: boolean): string {
  const what = state.hovered ? labels.heatmapNodeSummary : labels.heatmapSummary;
  const test = withTestLoss ? `, ${labels.testLoss} ${formatNumber(state.testLoss, 3)}` : '';
  return `${what} ${labels.trainingLoss} ${formatNumber(state.trainLoss, 3)}${test}, ${labels.epoch} ${state.epoch}.`;
}

/** Tick marks and labels at every integer, bottom and right, the 0 tick set apart. */
function buildAxes(doc: Document, svg: SVGSVGElement): void {
  const edge = PAD + PLOT;
  const line = (x1: number, y1: number, x2: number, y2: number) => s(doc, 'line', null, { x1, y1, x2, y2 });
  svg.append(line(PAD, edge, edge, edge), line(edge, PAD, edge, edge));
  for (let k = -EXTENT; k <= EXTENT; k++) {
    const tick = (mark: SVGLineElement, text: Record<string, string | number>) =>
      s(doc, 'g', k ? ['tick'] : ['tick', 'tickZero'], null, mark, s(doc, 'text', null, text, String(k)));
    const x = PAD + dataToPixelX(k, PLOT);
    const y = PAD + dataToPixelY(k, PLOT);
    svg.append(
      tick(line(x, edge, x, edge + 5), { x, y: edge + 15, 'text-anchor': 'middle' }),
      tick(line(edge, y, edge + 5, y), { x: edge + 7, y: y + 3 }),
    );
  }
}

function fillPoints(doc: Document, group: SVGGElement, points: ViewState['trainPoints'], color: (v: number) => string): void {
  // Clones of one prototype, built off-document and inserted at once.
  const proto = s(doc, 'circle', null, { r: POINT_RADIUS });
  const at = (px: number) => String(+(PAD + px).toFixed(2));
  const frag = doc.createDocumentFragment();
  for (const p of points) {
    if (!inDomain(p.x, p.y)) continue;
    const c = proto.cloneNode(false) as SVGCircleElement;
    c.setAttribute('cx', at(dataToPixelX(p.x, PLOT)));
    c.setAttribute('cy', at(dataToPixelY(p.y, PLOT)));
    c.setAttribute('fill', color(p.label));
    frag.appendChild(c);
  }
  group.replaceChildren(frag);
}

function mount(ctx: PartContext): () => void {
  const { doc, labels, palette } = ctx;
  // Our own child lifecycle, so the disposer drops our listeners even if the host keeps its own.
  const life = ctx.life.child();
  const hide = (el: Element, off: boolean) => toggleClass(el, 'hidden', off);

  // Readouts and sparkline: the loss of each set, and its accuracy or R² below
  // (the metric's name follows the problem type). Swatches in the chart's line
  // colours say which line is which.
  const readouts = (['test', 'train'] as const).map((set) => {
    const loss = h(doc, 'span', ['lossValue']);
    const metricName = doc.createTextNode('');
    const metric = h(doc, 'span', ['lossValue']);
    const row = h(doc, 'div', null, null,
      h(doc, 'span', ['lossSwatch', set === 'test' ? 'lossTest' : 'lossTrain'], { 'aria-hidden': 'true' }),
      set === 'test' ? labels.testLoss : labels.trainingLoss, loss);
    return { set, loss, metricName, metric, row, metricRow: h(doc, 'div', ['metric'], null, metricName, metric) };
  });
  const [test, train] = readouts;
  const losses = h(doc, 'div', ['losses'], null, test.row, train.row, test.metricRow, train.metricRow);
  const chart = createLossChart(doc);
  const readout = createChartReadout(doc, life, chart.el, labels);
  const header = h(doc, 'div', ['outputHeader'], null, losses, readout.el);

  // Heatmap: canvas under an SVG carrying axes and points.
  const painter = createHeatmapPainter(doc, palette, { classes: ['heatmapCanvas'] });
  painter.canvas.setAttribute('role', 'img');
  const trainGroup = s(doc, 'g', ['points', 'trainPoints']);
  const testGroup = s(doc, 'g', ['points', 'testPoints']);
  const svg = s(doc, 'svg', ['axes'], { viewBox: `0 0 ${BOX} ${BOX}`, 'aria-hidden': 'true', focusable: 'false' });
  buildAxes(doc, svg);
  svg.append(trainGroup, testGroup);
  const heatmap = h(doc, 'div', ['heatmap'], null, painter.canvas, svg);

  // Legend: the three stops as a gradient (set through CSSOM, which a strict CSP allows).
  const bar = h(doc, 'div', ['legendBar'], { 'aria-hidden': 'true' });
  const ticks = h(doc, 'div', ['legendTicks'], { 'aria-hidden': 'true' }, ...['-1', '0', '1'].map((v) => h(doc, 'span', null, null, v)));
  const legend = h(doc, 'div', ['legend'], null, bar, ticks, h(doc, 'div', ['legendCaption'], null, labels.legend));

  // The two display switches, each a config key.
  const checkboxes = (['showTestData', 'discretize'] as const).map((key) => {
    const input = h(doc, 'input', null, { type: 'checkbox' });
    life.listen(input, 'change', () => ctx.actions.setConfig({ [key]: input.checked }));
    return { key, input, el: h(doc, 'label', ['checkbox'], null, input, labels[key]) };
  });

  const root = h(doc, 'div', ['output'], null,
    h(doc, 'h2', ['columnTitle'], null, labels.output),
    header, heatmap, legend, ...checkboxes.map((c) => c.el));
  ctx.slots.output.appendChild(root);

  const on = { losses: true, testLoss: true, chart: true, heatmap: true };
  let pointsDirty = true;
  let pointsShowTest = false;
  let legendDrawn = false;
  let summaryAt = -Infinity;

  function render(state: ViewState, why: RenderReason): void {
    if (life.disposed) return; // onRender has no unsubscribe
    const cfg = state.config;
    if (!legendDrawn) {
      // In the first render, not at mount: the palette reads computed style.
      const { negative, zero, positive } = palette.stops;
      bar.style.backgroundImage = `linear-gradient(to right, ${toHex(negative)}, ${toHex(zero)}, ${toHex(positive)})`;
      legendDrawn = true;
    }
    if (why.config) {
      on.losses = ctx.isOn('losses');
      on.testLoss = ctx.isOn('percTrainData'); // the original hides it with the ratio slider
      on.chart = ctx.isOn('lossChart');
      on.heatmap = ctx.isOn('heatmap');
      hide(losses, !on.losses);
      hide(test.row, !on.testLoss);
      hide(test.metricRow, !on.testLoss);
      hide(readout.el, !on.chart);
      hide(header, !on.losses && !on.chart);
      hide(heatmap, !on.heatmap);
      hide(legend, !ctx.isOn('legend'));
      for (const c of checkboxes) {
        hide(c.el, !ctx.isOn(c.key));
        c.input.checked = cfg[c.key];
      }
    }
    // A config render also covers a piece that was just switched back on.
    const values = why.values || why.config;
    if (values && on.losses) {
      const m = metricRows(state.result, labels);
      for (const r of readouts) {
        setText(r.loss, formatNumber(r.set === 'test' ? state.testLoss : state.trainLoss, 3));
        setText(r.metricName, m[r.set].label);
        setText(r.metric, m[r.set].value);
      }
    }
    if (values && on.chart) {
      chart.draw(state.history);
      readout.update(state.history);
    }
    if (why.data || cfg.showTestData !== pointsShowTest) pointsDirty = true;
    if (!on.heatmap) return;
    if (values || why.hover) {
      painter.draw(heatmapSource(state), cfg.discretize);
      // The text alternative follows training at most once a second (as the live region does).
      const now = Date.now();
      if (!state.playing || why.hover || why.playing || now - summaryAt >= SUMMARY_EVERY_MS) {
        summaryAt = now;
        setAttr(painter.canvas, 'aria-label', heatmapSummary(state, labels, on.testLoss));
      }
    }
    // Points: only when the data or the test-data switch changed, never per frame.
    if (pointsDirty) {
      fillPoints(doc, trainGroup, state.trainPoints, palette.quantised);
      fillPoints(doc, testGroup, cfg.showTestData ? state.testPoints : [], palette.quantised);
      pointsShowTest = cfg.showTestData;
      pointsDirty = false;
    }
  }

  // The first render (every reason) comes with the widget's first frame.
  ctx.onRender(render);
  return () => {
    life.dispose();
    root.remove();
  };
}

export const outputPart: Part = { name: 'output', mount };

export const css = `
.${CLASS.output} { display: flex; flex-direction: column; gap: 10px; min-width: 0; }
.${CLASS.output} > .${CLASS.columnTitle} { margin: 0; }
.${CLASS.outputHeader} { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; width: 100%; max-width: 300px; }
.${CLASS.losses} { flex: 0 0 auto; font-size: 12px; line-height: 1.6; color: var(--nnp-muted); white-space: nowrap; }
.${CLASS.metric} { padding-left: 18px; }
.${CLASS.lossValue} { margin-left: 0.4em; color: var(--nnp-fg); font-variant-numeric: tabular-nums; }
.${CLASS.lossTrain}, .${CLASS.lossTest} { fill: none; stroke-width: 1.5px; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
.${CLASS.lossTrain} { stroke: var(--nnp-muted); }
.${CLASS.lossTest} { stroke: var(--nnp-fg); }
.${CLASS.lossSwatch} { display: inline-block; width: 12px; height: 0; border-top: 2px solid var(--nnp-fg); vertical-align: middle; margin-right: 6px; }
.${CLASS.lossSwatch}.${CLASS.lossTrain} { border-top-color: var(--nnp-muted); }
.${CLASS.heatmap} { position: relative; width: 100%; max-width: 300px; aspect-ratio: 1; }
.${CLASS.heatmapCanvas} { position: absolute; left: ${(100 * PAD) / BOX}%; top: ${(100 * PAD) / BOX}%; width: ${(100 * PLOT) / BOX}%; height: ${(100 * PLOT) / BOX}%; }
.${CLASS.axes} { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; pointer-events: none; }
.${CLASS.axes} line { stroke: var(--nnp-muted); stroke-width: 1px; opacity: 0.5; }
.${CLASS.axes} text { fill: var(--nnp-muted); font-size: 9px; } /* the root's font */
.${CLASS.tickZero} line { stroke: var(--nnp-fg); opacity: 1; }
.${CLASS.tickZero} text { fill: var(--nnp-fg); }
.${CLASS.points} circle { fill-opacity: 0.9; stroke-width: 1px; }
.${CLASS.trainPoints} circle { stroke: #fff; stroke-opacity: 0.8; }
.${CLASS.testPoints} circle { stroke: #000; stroke-opacity: 0.6; }
.${CLASS.legend} { padding-left: 8px; font-size: 11px; color: var(--nnp-muted); }
.${CLASS.legendBar} { width: 144px; height: 10px; }
.${CLASS.legendTicks} { position: relative; width: 144px; height: 1.4em; color: var(--nnp-fg); }
.${CLASS.legendTicks} > span { position: absolute; top: 2px; transform: translateX(-50%); }
.${CLASS.legendTicks} > span:nth-child(1) { left: 0; }
.${CLASS.legendTicks} > span:nth-child(2) { left: 50%; }
.${CLASS.legendTicks} > span:nth-child(3) { left: 100%; }
.${CLASS.legendCaption} { max-width: 300px; margin-top: 2px; }
.${CLASS.output} .${CLASS.checkbox} { display: flex; align-items: center; gap: 6px; font-size: 13px; cursor: pointer; width: fit-content; }
.${CLASS.output} .${CLASS.checkbox} input { margin: 0; accent-color: var(--nnp-accent); }
`;
