// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type PlaygroundConfig } from '../../src/config/schema';
import { FEATURE_IDS, type FeatureId } from '../../src/data/features';
import { createLifecycle } from '../../src/playground/lifecycle';
import { createPalette } from '../../src/views/colors';
import { CLASS } from '../../src/views/dom';
import { DEFAULT_LABELS } from '../../src/views/labels';
import { css, heatmapSource, heatmapSummary, outputPart } from '../../src/views/parts/output';
import type { RenderReason, ViewState } from '../../src/views/parts/types';
import { EVERY_REASON, fakePartContext, recordingActions } from './fake-context';

const N = 100 * 100;
const filled = (v: number) => new Float64Array(N).fill(v);

function makeState(config: Partial<PlaygroundConfig> = {}): ViewState {
  const features = Object.fromEntries(FEATURE_IDS.map((id, k) => [id, filled(k / 10)])) as Record<FeatureId, Float64Array>;
  const output = filled(1);
  const nodes = [filled(-1), filled(-0.5), filled(0.5), filled(0.25), filled(0.75), filled(-0.75), output];
  return {
    config: { ...DEFAULT_CONFIG, ...config },
    epoch: 42,
    trainLoss: 0.12345,
    testLoss: 0.13,
    result: { epoch: 42, trainLoss: 0.12345, testLoss: 0.13, trainAccuracy: 0.9, testAccuracy: 0.984 },
    playing: false,
    diverged: false,
    inputs: ['x', 'y'],
    network: { sizes: [2, 4, 2, 1], nodeStart: [0, 2, 6, 8], weightStart: [], bias: [], weight: [] },
    grid: { density: 100, features, nodes, output },
    trainPoints: [{ x: 1, y: 1, label: 1 }, { x: -2, y: 3, label: -1 }, { x: 9, y: 0, label: 1 }],
    testPoints: [{ x: 0, y: 0, label: -1 }],
    history: { epochs: [0, 1, 2], train: [0.5, 0.3, 0.2], test: [0.6, 0.4, 0.3], length: 3 },
    hovered: null,
    networkWidth: 0,
    maxLayers: 6,
    maxNeurons: 8,
  };
}

const NONE: RenderReason = { values: false, structure: false, data: false, config: false, hover: false, playing: false, resize: false };
const EVERY: RenderReason = { values: true, structure: true, data: true, config: true, hover: true, playing: true, resize: true };

function fakeContext(opts: { config?: Partial<PlaygroundConfig>; off?: string[] } = {}) {
  const calls: { name: string; args: unknown[] }[] = [];
  const part = fakePartContext({ state: () => fake.state, actions: recordingActions((name, args) => calls.push({ name, args })), off: opts.off });
  const fake = {
    state: makeState(opts.config),
    calls,
    ctx: part.ctx,
    life: part.ctx.life,
    render(why: Partial<RenderReason>) {
      part.render(fake.state, why);
    },
    /** Mounts the part and renders once with every reason, as the playground's first frame does. */
    mount() {
      const dispose = outputPart.mount(fake.ctx);
      fake.render(EVERY_REASON);
      return dispose;
    },
  };
  return fake;
}

/** A recording 2D context: happy-dom has none. */
let puts: Uint8ClampedArray[] = [];
beforeEach(() => {
  puts = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function () {
    return {
      createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: (img: ImageData) => void puts.push(img.data.slice()),
      clearRect() {},
      fillRect() {},
    } as unknown as CanvasRenderingContext2D;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const q = (root: ParentNode, cls: keyof typeof CLASS) => root.querySelector(`.${CLASS[cls]}`) as HTMLElement;
const firstPixel = () => Array.from(puts[puts.length - 1].subarray(0, 4));

describe('output part', () => {
  it('mounts into the output slot with its title and removes itself on dispose', () => {
    const t = fakeContext();
    const dispose = t.mount();
    const root = q(t.ctx.slots.output, 'output');
    expect(root).toBeTruthy();
    expect(q(root, 'columnTitle').textContent).toBe('Output');
    const box = root.querySelector('input') as HTMLInputElement;
    dispose();
    expect(t.ctx.slots.output.childElementCount).toBe(0);
    t.ctx.slots.output.appendChild(box); // even reattached, it no longer reacts
    box.click();
    expect(t.calls).toEqual([]);
    const painted = puts.length;
    t.render({ values: true, data: true, config: true });
    expect(puts).toHaveLength(painted);
  });

  it('shows test and training loss with 3 decimals, NaN as "NaN"', () => {
    const t = fakeContext();
    t.mount();
    const values = () => Array.from(t.ctx.slots.output.querySelectorAll(`.${CLASS.lossValue}`)).slice(0, 2).map((e) => e.textContent);
    expect(values()).toEqual(['0.130', '0.123']);
    t.state.trainLoss = NaN;
    t.state.testLoss = Infinity;
    t.render({ values: true });
    expect(values()).toEqual(['Infinity', 'NaN']);
    expect(t.ctx.slots.output.querySelector(`.${CLASS.losses}`)!.textContent).toContain('Test loss');
  });

  it('shows test and training accuracy beside the losses, and R² for regression', () => {
    const t = fakeContext();
    t.mount();
    const rows = () => Array.from(t.ctx.slots.output.querySelectorAll(`.${CLASS.metric}`)).map((e) => e.textContent);
    expect(rows()).toEqual(['Test accuracy98.4 %', 'Training accuracy90.0 %']);
    t.state.config = { ...t.state.config, problem: 'regression' };
    t.state.result = { epoch: 42, trainLoss: 0.1, testLoss: 0.2, trainR2: 0.951, testR2: 0.9712 };
    t.render({ values: true, config: true });
    expect(rows()).toEqual(['Test R²0.97', 'Training R²0.95']);
    const value = t.ctx.slots.output.querySelector(`.${CLASS.metric} .${CLASS.lossValue}`)!;
    t.state.result = { epoch: 43, trainLoss: 0.1, testLoss: 0.2, trainR2: NaN, testR2: NaN };
    t.render({ values: true });
    expect(value.textContent).toBe('–');
  });

  it('hides the test metric with the test loss when percTrainData is hidden', () => {
    const t = fakeContext({ off: ['percTrainData'] });
    t.mount();
    const metrics = t.ctx.slots.output.querySelectorAll(`.${CLASS.metric}`);
    expect(metrics[0].classList.contains(CLASS.hidden)).toBe(true);
    expect(metrics[1].classList.contains(CLASS.hidden)).toBe(false);
  });

  it('hides the test loss readout when percTrainData is hidden, as the original does', () => {
    const t = fakeContext({ off: ['percTrainData'] });
    t.mount();
    const rows = q(t.ctx.slots.output, 'losses').children;
    expect(rows[0].classList.contains(CLASS.hidden)).toBe(true);
    expect(rows[1].classList.contains(CLASS.hidden)).toBe(false);
    expect(q(t.ctx.slots.output, 'heatmapCanvas').getAttribute('aria-label')).not.toContain('Test loss');
  });

  it('hides readouts, chart, heatmap and legend by isOn', () => {
    const t = fakeContext({ off: ['losses', 'lossChart', 'heatmap', 'legend', 'showTestData', 'discretize'] });
    t.mount();
    const root = t.ctx.slots.output;
    for (const cls of ['outputHeader', 'heatmap', 'legend'] as const) expect(q(root, cls).classList.contains(CLASS.hidden)).toBe(true);
    for (const box of root.querySelectorAll(`.${CLASS.checkbox}`)) expect(box.classList.contains(CLASS.hidden)).toBe(true);
    expect(puts).toHaveLength(0);
  });

  it('the checkboxes follow the config and call setConfig', () => {
    const t = fakeContext({ config: { discretize: true } });
    t.mount();
    const [showTest, discretize] = Array.from(t.ctx.slots.output.querySelectorAll('input[type=checkbox]')) as HTMLInputElement[];
    expect(showTest.parentElement!.textContent).toBe('Show test data');
    expect(showTest.checked).toBe(false);
    expect(discretize.checked).toBe(true);
    showTest.click();
    expect(t.calls).toEqual([{ name: 'setConfig', args: [{ showTestData: true }] }]);
    discretize.click();
    expect(t.calls[1]).toEqual({ name: 'setConfig', args: [{ discretize: false }] });
    t.state = makeState({ showTestData: false, discretize: true });
    t.render({ config: true });
    expect(showTest.checked).toBe(false);
  });

  it('draws training points in range, test points only with showTestData, and not per frame', () => {
    const t = fakeContext();
    t.mount();
    const root = t.ctx.slots.output;
    const train = q(root, 'trainPoints');
    const test = q(root, 'testPoints');
    expect(train.querySelectorAll('circle')).toHaveLength(2); // (9, 0) is off the plane
    expect(test.querySelectorAll('circle')).toHaveLength(0);
    const c = train.querySelector('circle')!;
    expect([c.getAttribute('cx'), c.getAttribute('cy'), c.getAttribute('r')]).toEqual(['171.67', '128.33', '3']);
    expect(c.getAttribute('fill')).toBe('#0877bd');

    t.render({ values: true });
    expect(train.querySelector('circle')).toBe(c); // a frame does not rebuild them

    t.state = makeState({ showTestData: true });
    t.render({ config: true });
    expect(test.querySelectorAll('circle')).toHaveLength(1);
    expect(test.querySelector('circle')!.getAttribute('fill')).toBe('#f59322');

    t.state.trainPoints = [{ x: 0, y: 0, label: 0 }];
    t.render({ data: true });
    expect(train.querySelectorAll('circle')).toHaveLength(1);
    expect(train.querySelector('circle')!.getAttribute('fill')).toBe('#e8eaeb');
  });

  it('paints the output map, discretized when asked', () => {
    const t = fakeContext();
    t.state.grid.output.fill(0.5);
    t.mount();
    expect(puts).toHaveLength(1);
    expect(firstPixel()).toEqual([0x71, 0xad, 0xd2, 160]); // bin 23
    t.state = { ...t.state, config: { ...t.state.config, discretize: true } };
    t.render({ config: true });
    expect(firstPixel()).toEqual([0x08, 0x77, 0xbd, 160]);
  });

  it('a hovered node or feature switches the heatmap source', () => {
    const t = fakeContext();
    t.mount();
    expect(firstPixel()).toEqual([0x08, 0x77, 0xbd, 160]); // output = +1
    t.state.hovered = { kind: 'node', index: 2 }; // first hidden node: values -1
    t.render({ hover: true });
    expect(firstPixel()).toEqual([0xf5, 0x93, 0x22, 160]);
    t.state.hovered = null;
    t.render({ hover: true });
    expect(firstPixel()).toEqual([0x08, 0x77, 0xbd, 160]);
  });

  it('the canvas is an image whose label summarises the losses and epoch', () => {
    const t = fakeContext();
    t.mount();
    const canvas = q(t.ctx.slots.output, 'heatmapCanvas');
    expect(canvas.tagName).toBe('CANVAS');
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe(
      `${DEFAULT_LABELS.heatmapSummary} Training loss 0.123, Test loss 0.130, Epoch 42.`,
    );
    t.state.epoch = 43;
    t.render({ values: true });
    expect(canvas.getAttribute('aria-label')).toContain('Epoch 43');
  });

  it('draws the loss chart from the history', () => {
    const t = fakeContext();
    t.mount();
    const lines = t.ctx.slots.output.querySelectorAll('polyline');
    expect(lines).toHaveLength(2);
    expect(lines[0].getAttribute('points')!.split(' ')).toHaveLength(3);
  });

  it('builds axes with a tick at every integer on both sides, the 0 tick marked', () => {
    const t = fakeContext();
    t.mount();
    const axes = q(t.ctx.slots.output, 'axes');
    expect(axes.getAttribute('viewBox')).toBe('0 0 300 300');
    expect(axes.querySelectorAll(`.${CLASS.tick}`)).toHaveLength(26);
    expect(axes.querySelectorAll(`.${CLASS.tickZero}`)).toHaveLength(2);
  });

  it('survives a canvas without a 2D context', () => {
    vi.restoreAllMocks();
    const t = fakeContext();
    expect(() => t.mount()).not.toThrow();
    expect(() => t.render({ values: true })).not.toThrow();
  });

  it('puts user text in as text, never as markup', () => {
    const t = fakeContext();
    t.ctx.labels.output = '<img src=x onerror=alert(1)>';
    t.mount();
    expect(t.ctx.slots.output.querySelector('img')).toBeNull();
    expect(q(t.ctx.slots.output, 'columnTitle').textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('exports its CSS with the class names filled in', () => {
    expect(css).toContain(`.${CLASS.heatmap} {`);
    expect(css).not.toContain('undefined');
  });
});

describe('heatmapSource', () => {
  it('is the output map unless a feature or node is hovered', () => {
    const s = makeState();
    expect(heatmapSource(s)).toBe(s.grid.output);
    s.hovered = { kind: 'feature', id: 'xSquared' };
    expect(heatmapSource(s)).toBe(s.grid.features.xSquared);
    s.hovered = { kind: 'node', index: 5 }; // global index: 2 inputs, so grid node 3
    expect(heatmapSource(s)).toBe(s.grid.nodes[3]);
    s.hovered = { kind: 'node', index: 99 };
    expect(heatmapSource(s)).toBe(s.grid.output);
  });

  it('heatmapSummary says what is shown', () => {
    const s = makeState();
    s.hovered = { kind: 'node', index: 2 };
    expect(heatmapSummary(s, DEFAULT_LABELS, false)).toBe(`${DEFAULT_LABELS.heatmapNodeSummary} Training loss 0.123, Epoch 42.`);
  });
});
