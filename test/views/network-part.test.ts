// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type PlaygroundConfig } from '../../src/config/schema';
import { FEATURE_IDS, type FeatureId } from '../../src/data/features';
import { createLifecycle } from '../../src/playground/lifecycle';
import { createPalette } from '../../src/views/colors';
import { CLASS } from '../../src/views/dom';
import { DEFAULT_LABELS } from '../../src/views/labels';
import { networkPart } from '../../src/views/parts/network';
import { recordingActions } from './fake-context';
import type { Actions, PartContext, RenderReason, ViewState } from '../../src/views/parts/types';

const NONE: RenderReason = { values: false, structure: false, data: false, config: false, hover: false, playing: false, resize: false };
const EVERY: RenderReason = { values: true, structure: true, data: true, config: true, hover: true, playing: true, resize: true };

/** A flat network like engine/network.ts lays it out, for sizes [inputs, ...hidden, 1]. */
function network(sizes: number[]) {
  const nodeStart: number[] = [];
  const weightStart: number[] = [];
  let nodes = 0;
  let weights = 0;
  sizes.forEach((n, l) => {
    nodeStart.push(nodes);
    weightStart.push(weights);
    if (l > 0) weights += n * sizes[l - 1];
    nodes += n;
  });
  const weight = new Float64Array(weights).map((_, i) => (i % 2 ? 0.5 : -0.25));
  const bias = new Float64Array(nodes).fill(0.1);
  return { sizes, nodeStart, weightStart, weight, bias };
}

function grid(nodeCount: number) {
  const cells = () => new Float64Array(100 * 100).fill(0.3);
  const features = Object.fromEntries(FEATURE_IDS.map((id) => [id, cells()])) as Record<FeatureId, Float64Array>;
  const nodes = Array.from({ length: nodeCount }, cells);
  return { density: 100, features, nodes, output: nodes[nodes.length - 1] };
}

function makeState(config: Partial<PlaygroundConfig> = {}): ViewState {
  const cfg = { ...DEFAULT_CONFIG, networkShape: [3, 2], ...config } as PlaygroundConfig;
  const inputs = FEATURE_IDS.filter((id) => cfg[id] && !(cfg as unknown as Record<string, unknown>)[`${id}_hide`]);
  const sizes = [inputs.length, ...cfg.networkShape, 1];
  const net = network(sizes);
  return {
    config: cfg, epoch: 0, trainLoss: 0.5, testLoss: 0.5, playing: false, diverged: false,
    inputs, network: net, grid: grid(net.bias.length - inputs.length),
    trainPoints: [], testPoints: [], history: { epochs: [], train: [], test: [], length: 0 },
    hovered: null, networkWidth: 600, maxLayers: 6, maxNeurons: 8,
  };
}

type Call = [string, ...unknown[]];

function setup(config: Partial<PlaygroundConfig> = {}, parts: Record<string, boolean> = {}) {
  let state = makeState(config);
  const calls: Call[] = [];
  const actions: Actions = recordingActions((name, args) => calls.push([name, ...args]));
  const slot = (): HTMLElement => document.body.appendChild(document.createElement('div'));
  const renders: ((s: ViewState, why: RenderReason) => void)[] = [];
  const life = createLifecycle();
  const ctx: PartContext = {
    doc: document,
    slots: { controls: slot(), data: slot(), network: slot(), output: slot(), root: document.body },
    state: () => state,
    actions,
    labels: { ...DEFAULT_LABELS },
    palette: createPalette(),
    life,
    isOn: (name) => parts[name] ?? !(state.config as unknown as Record<string, unknown>)[`${name}_hide`],
    onRender: (cb) => void renders.push(cb),
  };
  const dispose = networkPart.mount(ctx);
  // The playground's first frame: one render with every reason.
  for (const cb of renders) cb(state, EVERY);
  const slotEl = ctx.slots.network;
  return {
    ctx, calls, dispose, slot: slotEl, life,
    get state() { return state; },
    render(next: ViewState, why: Partial<RenderReason>) {
      state = next;
      for (const cb of renders) cb(state, { ...NONE, ...why });
    },
    all: (selector: string) => Array.from(slotEl.querySelectorAll<HTMLElement>(selector)),
    one: (selector: string) => slotEl.querySelector<HTMLElement>(selector)!,
  };
}

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const focusIn = (el: Element) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
const focusOut = (el: Element) => el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));

afterEach(() => {
  document.body.replaceChildren();
});

describe('network part: structure', () => {
  it('draws seven feature toggles, a button per hidden and output node, links and bias squares', () => {
    const t = setup();
    expect(t.all('[data-kind="feature"]')).toHaveLength(7);
    expect(t.all('[data-kind="node"]')).toHaveLength(3 + 2 + 1);
    expect(t.all(`.${CLASS.link}`)).toHaveLength(2 * 3 + 3 * 2 + 2 * 1);
    expect(t.all(`.${CLASS.linkHit}`)).toHaveLength(14);
    expect(t.all(`.${CLASS.bias}`)).toHaveLength(6);
    expect(t.all(`canvas.${CLASS.thumbnail}`)).toHaveLength(13);
  });

  it('marks disabled features and labels features with real subscripts', () => {
    const t = setup();
    const features = t.all('[data-kind="feature"]');
    expect(features.map((f) => f.getAttribute('aria-pressed'))).toEqual(['true', 'true', 'false', 'false', 'false', 'false', 'false']);
    expect(features[2].classList.contains(CLASS.nodeDisabled)).toBe(true);
    const labels = t.all(`.${CLASS.nodeLabel}`);
    expect(labels[2].textContent).toBe('X12');
    expect(labels[2].querySelector('sub')?.textContent).toBe('1');
    expect(labels[2].querySelector('sup')?.textContent).toBe('2');
  });

  it('links only enabled inputs', () => {
    const t = setup({ xTimesY: true });
    expect(t.all(`.${CLASS.link}`)).toHaveLength(3 * 3 + 3 * 2 + 2);
  });

  it('draws no hidden layers with networkShape []', () => {
    const t = setup({ networkShape: [] });
    expect(t.all('[data-kind="node"]')).toHaveLength(1);
    expect(t.all(`.${CLASS.link}`)).toHaveLength(2);
    expect(t.one(`span.${CLASS.columnTitle}`).textContent).toBe('0 hidden layers');
  });

  it('mounts nothing when both the network and the features are off', () => {
    const t = setup({}, { network: false, features: false });
    expect(t.slot.childElementCount).toBe(0);
  });

  it('draws only the feature column when the network is off', () => {
    const t = setup({}, { network: false });
    expect(t.all('[data-kind="feature"]')).toHaveLength(7);
    expect(t.all('[data-kind="node"]')).toHaveLength(0);
    expect(t.all(`.${CLASS.link}`)).toHaveLength(0);
    expect(t.all('[data-kind="layer-add"]')).toHaveLength(0);
  });

  it('draws only enabled inputs, not toggleable, when the features part is off', () => {
    const t = setup({}, { features: false });
    const features = t.all('[data-kind="feature"]');
    expect(features).toHaveLength(2);
    expect(features[0].hasAttribute('aria-pressed')).toBe(false);
    features[0].click();
    expect(t.calls.filter((c) => c[0] === 'setConfig')).toEqual([]);
  });

  it('leaves out a feature hidden by its _hide flag', () => {
    const t = setup({ sinY_hide: true } as Partial<PlaygroundConfig>);
    expect(t.all('[data-kind="feature"]').map((f) => f.getAttribute('data-id'))).not.toContain('sinY');
  });

  it('hides the layer and neuron buttons when those controls are off', () => {
    const t = setup({}, { numHiddenLayers: false, numNeurons: false });
    expect(t.all('[data-kind="layer-add"]')).toHaveLength(0);
    expect(t.all('[data-kind="neuron-add"]')).toHaveLength(0);
    expect(t.one(`span.${CLASS.columnTitle}`).textContent).toBe('2 hidden layers');
    expect(t.one(`.${CLASS.featuresTitle}`).textContent).toBe('Features');
    expect(t.one(`.${CLASS.featuresTitle}`).getAttribute('title')).toMatch(/feed in/);
  });
});

describe('network part: actions', () => {
  it('clicking a feature toggles it through setConfig', () => {
    const t = setup();
    t.one('[data-id="xSquared"]').click();
    t.one('[data-id="x"]').click();
    expect(t.calls).toContainEqual(['setConfig', { xSquared: true }]);
    expect(t.calls).toContainEqual(['setConfig', { x: false }]);
  });

  it('the layer buttons add a layer of 2 and drop the last one', () => {
    const t = setup();
    t.one('[data-kind="layer-add"]').click();
    t.one('[data-kind="layer-remove"]').click();
    expect(t.calls.filter((c) => c[0] === 'setConfig')).toEqual([
      ['setConfig', { networkShape: [3, 2, 2] }],
      ['setConfig', { networkShape: [3] }],
    ]);
  });

  it('the neuron buttons change one layer', () => {
    const t = setup();
    const plus = t.all('[data-kind="neuron-add"]');
    const minus = t.all('[data-kind="neuron-remove"]');
    expect(plus).toHaveLength(2);
    plus[0].click();
    minus[1].click();
    expect(t.calls.filter((c) => c[0] === 'setConfig')).toEqual([
      ['setConfig', { networkShape: [4, 2] }],
      ['setConfig', { networkShape: [3, 1] }],
    ]);
    expect(t.one(`.${CLASS.layerLabel}`).textContent).toBe('3 neurons');
  });

  it('disables the buttons at the limits', () => {
    const full = setup({ networkShape: [8, 1, 1, 1, 1, 1] });
    expect((full.one('[data-kind="layer-add"]') as HTMLButtonElement).disabled).toBe(true);
    expect((full.one('[data-kind="layer-remove"]') as HTMLButtonElement).disabled).toBe(false);
    expect((full.all('[data-kind="neuron-add"]')[0] as HTMLButtonElement).disabled).toBe(true);
    expect((full.all('[data-kind="neuron-remove"]')[1] as HTMLButtonElement).disabled).toBe(true);
    const empty = setup({ networkShape: [] });
    expect((empty.one('[data-kind="layer-remove"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('focusing a hidden node hovers it, leaving it clears the hover', () => {
    const t = setup();
    const node = t.all('[data-kind="node"]')[1];
    focusIn(node);
    focusOut(node);
    expect(t.calls).toEqual([['hover', { kind: 'node', index: 3 }], ['hover', null]]);
  });

  it('hovering a feature hovers that feature', () => {
    const t = setup();
    t.one('[data-id="y"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    expect(t.calls).toEqual([['hover', { kind: 'feature', id: 'y' }]]);
  });

  it('marks the hovered node', () => {
    const t = setup();
    t.render({ ...t.state, hovered: { kind: 'node', index: 4 } }, { hover: true });
    const nodes = t.all('[data-kind="node"]');
    expect(nodes.map((n) => n.classList.contains(CLASS.nodeHovered))).toEqual([false, false, true, false, false, false]);
  });
});

describe('network part: weight card', () => {
  it('opens on focus with the weight, and its label names the link', () => {
    const t = setup();
    const hit = t.all(`.${CLASS.linkHit}`)[0];
    expect(hit.getAttribute('aria-label')).toBe('Weight from X₁ to node 1: -0.25');
    focusIn(hit);
    expect(t.one(`.${CLASS.card}`).textContent).toContain('Weight is -0.25.');
  });

  it('a click turns it into a number input; Enter sets that weight', () => {
    const t = setup();
    // Link 11: layer 2, node 1, from source 2 (the third neuron of layer 1).
    const hit = t.all(`.${CLASS.linkHit}`)[11];
    expect(hit.getAttribute('aria-label')).toMatch(/^Weight from node 3 to node 5: /);
    hit.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const input = t.one(`.${CLASS.cardInput}`) as HTMLInputElement;
    expect(input.type).toBe('number');
    input.value = '1.5';
    key(input, 'Enter');
    expect(t.calls.filter((c) => c[0] === 'setWeight')).toEqual([['setWeight', 2, 1, 2, 1.5]]);
    expect(t.slot.querySelector(`.${CLASS.cardInput}`)).toBeNull();
  });

  it('Enter on a focused link edits too; Escape and blur commit nothing', () => {
    const t = setup();
    const hit = t.all(`.${CLASS.linkHit}`)[0];
    key(hit, 'Enter');
    let input = t.one(`.${CLASS.cardInput}`) as HTMLInputElement;
    input.value = '3';
    key(input, 'Escape');
    expect(t.slot.querySelector(`.${CLASS.cardInput}`)).toBeNull();
    key(hit, ' ');
    input = t.one(`.${CLASS.cardInput}`) as HTMLInputElement;
    input.value = '3';
    focusOut(input);
    expect(t.slot.querySelector(`.${CLASS.cardInput}`)).toBeNull();
    expect(t.calls.filter((c) => c[0] === 'setWeight' || c[0] === 'setBias')).toEqual([]);
  });

  it('Enter on the unchanged prefill keeps the exact weight', () => {
    const t = setup();
    t.all(`.${CLASS.linkHit}`)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const input = t.one(`.${CLASS.cardInput}`) as HTMLInputElement;
    expect(input.value).toBe('-0.25');
    key(input, 'Enter');
    expect(t.calls.filter((c) => c[0] === 'setWeight')).toEqual([]);
    expect(t.slot.querySelector(`.${CLASS.cardInput}`)).toBeNull();
  });

  it('a bias square edits the bias, the output bias included', () => {
    const t = setup();
    const biases = t.all(`.${CLASS.bias}`);
    expect(biases[5].getAttribute('aria-label')).toBe('Bias of output node: 0.10');
    biases[5].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const input = t.one(`.${CLASS.cardInput}`) as HTMLInputElement;
    input.value = '-0.7';
    key(input, 'Enter');
    expect(t.calls.filter((c) => c[0] === 'setBias')).toEqual([['setBias', 3, 0, -0.7]]);
  });

  it('a tap on a link shows the card; a second tap edits', () => {
    const t = setup();
    const hit = t.all(`.${CLASS.linkHit}`)[0];
    hit.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    hit.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(t.one(`.${CLASS.card}`).textContent).toContain('Weight is');
    expect(t.slot.querySelector(`.${CLASS.cardInput}`)).toBeNull();
    hit.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(t.slot.querySelector(`.${CLASS.cardInput}`)).not.toBeNull();
  });

  it('the open card follows the weight live while training', () => {
    const t = setup();
    focusIn(t.all(`.${CLASS.linkHit}`)[0]);
    const next = makeState();
    next.network.weight[0] = 0.87;
    t.render({ ...next, epoch: 3 }, { values: true });
    expect(t.one(`.${CLASS.card}`).textContent).toContain('Weight is 0.87.');
  });
});

describe('network part: updates and teardown', () => {
  it('a values-only render keeps every element and restyles links in place', () => {
    const t = setup();
    const before = t.all(`.${CLASS.link}`);
    const nodes = t.all('[data-kind="node"]');
    const colour = before[0].getAttribute('stroke');
    const next = makeState();
    next.network.weight[0] = 2;
    t.render({ ...next, epoch: 30 }, { values: true });
    const after = t.all(`.${CLASS.link}`);
    expect(after.every((el, i) => el === before[i])).toBe(true);
    expect(t.all('[data-kind="node"]').every((el, i) => el === nodes[i])).toBe(true);
    expect(after[0].getAttribute('stroke')).not.toBe(colour);
    expect(after[0].getAttribute('stroke')).toBe('#0877bd');
    expect(after[0].getAttribute('stroke-width')).toBe('4.6');
    expect(after[0].parentElement?.getAttribute('stroke-dashoffset')).toBe('-10');
  });

  it('a values-only render writes only the link attributes whose colour step or width changed', () => {
    const t = setup();
    const svg = t.one(`svg.${CLASS.links}`);
    const observer = new MutationObserver(() => {});
    observer.observe(svg, { attributes: true, subtree: true });
    const next = makeState();
    next.network.weight[1] += 1e-5; // far below one colour step and 1/100 px
    next.network.weight[2] = 3;
    next.network.bias[3] = -1;
    t.render({ ...next, epoch: 0 }, { values: true });
    const writes = observer.takeRecords().map((r) => `${(r.target as Element).getAttribute('class') ?? ''} ${r.attributeName}`);
    expect(writes.sort()).toEqual([`${CLASS.bias} fill`, `${CLASS.link} stroke`, `${CLASS.link} stroke-width`]);
    t.render({ ...next, epoch: 0 }, { values: true });
    expect(observer.takeRecords()).toHaveLength(0);
    observer.disconnect();
  });

  it('keeps keyboard focus on the same control across a rebuild', () => {
    const t = setup();
    t.all('[data-kind="neuron-add"]')[1].focus();
    t.render(makeState({ networkShape: [3, 3] }), { structure: true, config: true });
    const again = t.all('[data-kind="neuron-add"]')[1];
    expect(again.isConnected).toBe(true);
    expect(document.activeElement).toBe(again);
    expect(t.one(`.${CLASS.layerLabel}`).textContent).toBe('3 neurons');
  });

  it('a structure render rebuilds for the new shape', () => {
    const t = setup();
    t.render(makeState({ networkShape: [4, 4, 4] }), { structure: true, config: true });
    expect(t.all('[data-kind="node"]')).toHaveLength(13);
    expect(t.one(`span.${CLASS.columnTitle}`).textContent).toBe('3 hidden layers');
  });

  it('dispose removes the DOM and every listener', () => {
    const t = setup();
    const feature = t.one('[data-id="x"]');
    const box = t.slot.firstElementChild!;
    t.dispose();
    expect(t.slot.childElementCount).toBe(0);
    t.slot.append(box); // even put back, it no longer reacts
    feature.click();
    focusIn(t.all('[data-kind="node"]')[0]);
    t.render(makeState(), { values: true, structure: true });
    expect(t.calls).toEqual([]);
    expect(t.life.disposed).toBe(false);
  });
});
