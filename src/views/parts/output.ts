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
import type { Lifecycle } from '../../playground/lifecycle.js';
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
  if (hovered?.kind === 'feature') return grid.features[hovered.id] ?? grid.output;
  if (hovered?.kind === 'node') return grid.nodes[hovered.index - state.network.sizes[0]] ?? grid.output;
  return grid.output;
}

/** The text alternative of the heatmap: what it shows and the current losses. */
export function heatmapSummary(state: ViewState, labels: Labels, withTestLoss: boolean): string {
  const what = state.hovered ? labels.heatmapNodeSummary : labels.heatmapSummary;
  const losses = [`${labels.trainingLoss} ${formatNumber(state.trainLoss, 3)}`];
  if (withTestLoss) losses.push(`${labels.testLoss} ${formatNumber(state.testLoss, 3)}`);
  losses.push(`${labels.epoch} ${state.epoch}`);
  return `${what} ${losses.join(', ')}.`;
}

/** Tick marks and labels at every integer, bottom and right, the 0 tick set apart. */
function buildAxes(doc: Document, svg: SVGSVGElement): void {
  const edge = PAD + PLOT;
  svg.appendChild(s(doc, 'line', null, { x1: PAD, y1: edge, x2: edge, y2: edge }));
  svg.appendChild(s(doc, 'line', null, { x1: edge, y1: PAD, x2: edge, y2: edge }));
  for (let k = -EXTENT; k <= EXTENT; k++) {
    const cls = k === 0 ? (['tick', 'tickZero'] as const) : (['tick'] as const);
    const x = PAD + dataToPixelX(k, PLOT);
    const y = PAD + dataToPixelY(k, PLOT);
    svg.appendChild(
      s(doc, 'g', [...cls], undefined,
        s(doc, 'line', null, { x1: x, y1: edge, x2: x, y2: edge + 5 }),
        s(doc, 'text', null, { x, y: edge + 15, 'text-anchor': 'middle' }, String(k))),
    );
    svg.appendChild(
      s(doc, 'g', [...cls], undefined,
        s(doc, 'line', null, { x1: edge, y1: y, x2: edge + 5, y2: y }),
        s(doc, 'text', null, { x: edge + 7, y: y + 3 }, String(k))),
    );
  }
}

function fillPoints(doc: Document, group: SVGGElement, points: ViewState['trainPoints'], color: (v: number) => string): void {
  // Clones of one prototype, built off-document and inserted at once.
  const proto = s(doc, 'circle', null, { r: POINT_RADIUS });
  const frag = doc.createDocumentFragment();
  for (const p of points) {
    if (!inDomain(p.x, p.y)) continue;
    const c = proto.cloneNode(false) as SVGCircleElement;
    c.setAttribute('cx', String(+(PAD + dataToPixelX(p.x, PLOT)).toFixed(2)));
    c.setAttribute('cy', String(+(PAD + dataToPixelY(p.y, PLOT)).toFixed(2)));
    c.setAttribute('fill', color(p.label));
    frag.appendChild(c);
  }
  group.replaceChildren(frag);
}

function checkbox(doc: Document, life: Lifecycle, text: string, onChange: (checked: boolean) => void) {
  const input = h(doc, 'input', null, { type: 'checkbox' });
  const el = h(doc, 'label', ['checkbox'], undefined, input, text);
  life.listen(input, 'change', () => onChange(input.checked));
  return { el, input };
}

function mount(ctx: PartContext): () => void {
  const { doc, labels, palette } = ctx;
  // Our own child lifecycle, so the disposer drops our listeners even if the host keeps its own.
  const life = ctx.life.child();

  // Readouts and sparkline.
  const testValue = h(doc, 'span', ['lossValue']);
  const trainValue = h(doc, 'span', ['lossValue']);
  // Swatches in the chart's line colours say which line is which.
  const testRow = h(doc, 'div', null, undefined, h(doc, 'span', ['lossSwatch', 'lossTest'], { 'aria-hidden': 'true' }), labels.testLoss, testValue);
  const trainRow = h(doc, 'div', null, undefined, h(doc, 'span', ['lossSwatch', 'lossTrain'], { 'aria-hidden': 'true' }), labels.trainingLoss, trainValue);
  // Accuracy or R² under the losses; the names follow the problem type.
  const metric = () => ({ name: doc.createTextNode(''), value: h(doc, 'span', ['lossValue']) });
  const testMetric = metric();
  const trainMetric = metric();
  const testMetricRow = h(doc, 'div', ['metric'], undefined, testMetric.name, testMetric.value);
  const losses = h(doc, 'div', ['losses'], undefined, testRow, trainRow, testMetricRow, h(doc, 'div', ['metric'], undefined, trainMetric.name, trainMetric.value));
  const chart = createLossChart(doc);
  const readout = createChartReadout(doc, life, chart.el, labels);
  const header = h(doc, 'div', ['outputHeader'], undefined, losses, readout.el);

  // Heatmap: canvas under an SVG carrying axes and points.
  const painter = createHeatmapPainter(doc, palette, { classes: ['heatmapCanvas'] });
  painter.canvas.setAttribute('role', 'img');
  const trainGroup = s(doc, 'g', ['points', 'trainPoints']);
  const testGroup = s(doc, 'g', ['points', 'testPoints']);
  const svg = s(doc, 'svg', ['axes'], { viewBox: `0 0 ${BOX} ${BOX}`, 'aria-hidden': 'true', focusable: 'false' });
  buildAxes(doc, svg);
  svg.append(trainGroup, testGroup);
  const heatmap = h(doc, 'div', ['heatmap'], undefined, painter.canvas, svg);

  // Legend: the three stops as a gradient (set through CSSOM, which a strict CSP allows).
  const bar = h(doc, 'div', ['legendBar'], { 'aria-hidden': 'true' });
  const ticks = h(doc, 'div', ['legendTicks'], { 'aria-hidden': 'true' },
    h(doc, 'span', null, undefined, '-1'), h(doc, 'span', null, undefined, '0'), h(doc, 'span', null, undefined, '1'));
  const legend = h(doc, 'div', ['legend'], undefined, bar, ticks, h(doc, 'div', ['legendCaption'], undefined, labels.legend));

  const showTest = checkbox(doc, life, labels.showTestData, (on) => ctx.actions.setConfig({ showTestData: on }));
  const discretize = checkbox(doc, life, labels.discretize, (on) => ctx.actions.setConfig({ discretize: on }));

  const root = h(doc, 'div', ['output'], undefined,
    h(doc, 'h2', ['columnTitle'], undefined, labels.output),
    header, heatmap, legend, showTest.el, discretize.el);
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
      toggleClass(losses, 'hidden', !on.losses);
      toggleClass(testRow, 'hidden', !on.testLoss);
      toggleClass(testMetricRow, 'hidden', !on.testLoss);
      toggleClass(readout.el, 'hidden', !on.chart);
      toggleClass(header, 'hidden', !on.losses && !on.chart);
      toggleClass(heatmap, 'hidden', !on.heatmap);
      toggleClass(legend, 'hidden', !ctx.isOn('legend'));
      toggleClass(showTest.el, 'hidden', !ctx.isOn('showTestData'));
      toggleClass(discretize.el, 'hidden', !ctx.isOn('discretize'));
      showTest.input.checked = cfg.showTestData;
      discretize.input.checked = cfg.discretize;
    }
    // A config render also covers a piece that was just switched back on.
    const values = why.values || why.config;
    if (values && on.losses) {
      setText(testValue, formatNumber(state.testLoss, 3));
      setText(trainValue, formatNumber(state.trainLoss, 3));
      const m = metricRows(state.result, labels);
      setText(testMetric.name, m.test.label);
      setText(testMetric.value, m.test.value);
      setText(trainMetric.name, m.train.label);
      setText(trainMetric.value, m.train.value);
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
.${CLASS.lossChart} { display: block; flex: 0 1 50%; min-width: 40px; height: 55px; overflow: visible; }
.${CLASS.lossTrain}, .${CLASS.lossTest} { fill: none; stroke-width: 1.5px; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
.${CLASS.lossTrain} { stroke: var(--nnp-muted); }
.${CLASS.lossTest} { stroke: var(--nnp-fg); }
.${CLASS.lossSwatch} { display: inline-block; width: 12px; height: 0; border-top: 2px solid var(--nnp-fg); vertical-align: middle; margin-right: 6px; }
.${CLASS.lossSwatch}.${CLASS.lossTrain} { border-top-color: var(--nnp-muted); }
.${CLASS.heatmap} { position: relative; width: 100%; max-width: 300px; aspect-ratio: 1; }
.${CLASS.heatmapCanvas} { position: absolute; left: ${(100 * PAD) / BOX}%; top: ${(100 * PAD) / BOX}%; width: ${(100 * PLOT) / BOX}%; height: ${(100 * PLOT) / BOX}%; }
.${CLASS.axes} { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; pointer-events: none; }
.${CLASS.axes} line { stroke: var(--nnp-muted); stroke-width: 1px; opacity: 0.5; }
.${CLASS.axes} text { fill: var(--nnp-muted); font-family: var(--nnp-font); font-size: 9px; }
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
.${CLASS.output} .${CLASS.checkbox} { display: flex; align-items: center; gap: 6px; font-size: 13px; color: var(--nnp-fg); cursor: pointer; width: fit-content; }
.${CLASS.output} .${CLASS.checkbox} input { margin: 0; accent-color: var(--nnp-accent); }
.${CLASS.output} .${CLASS.checkbox} input:focus-visible { outline: 2px solid var(--nnp-focus); outline-offset: 2px; }
`;
