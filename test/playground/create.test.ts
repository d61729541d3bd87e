// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlayground, type Playground } from '../../src/playground/create';
import { ConfigError } from '../../src/config/schema';
import { createTrainer } from '../../src/trainer';
import { CLASS } from '../../src/views/dom';

const frame = () => new Promise((r) => setTimeout(r, 40));
let live: Playground[] = [];
function make(options: Parameters<typeof createPlayground>[1] = {}, host?: HTMLElement): { pg: Playground; el: HTMLElement } {
  const el = host ?? document.createElement('div');
  if (!el.isConnected) document.body.append(el);
  const pg = createPlayground(el, { config: { seed: '0.11111' }, ...options });
  live.push(pg);
  return { pg, el };
}
afterEach(() => {
  live.forEach((p) => p.destroy());
  live = [];
  document.body.replaceChildren();
});

const q = (el: HTMLElement, key: keyof typeof CLASS) => el.shadowRoot!.querySelectorAll(`.${CLASS[key]}`);

describe('createPlayground', () => {
  it('builds its UI in an open shadow root: controls, data, network and output', () => {
    const { el } = make();
    expect(el.shadowRoot).not.toBeNull();
    for (const key of ['root', 'controls', 'data', 'network', 'output'] as const) expect(q(el, key).length).toBeGreaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('select').length).toBe(8); // seven config menus and the speed
  });

  it('accepts a selector, and names it when nothing matches', () => {
    const el = document.createElement('div');
    el.id = 'host';
    document.body.append(el);
    live.push(createPlayground('#host'));
    expect(el.shadowRoot!.querySelector(`.${CLASS.root}`)).not.toBeNull();
    expect(() => createPlayground('#nope')).toThrow(/#nope/);
  });

  it('refuses to mount twice on one element, and allows a new widget after destroy', () => {
    const { pg, el } = make();
    expect(() => createPlayground(el)).toThrow(/already hosts/);
    pg.destroy();
    const again = createPlayground(el, { config: { seed: 'x' } });
    live.push(again);
    expect(again.config.seed).toBe('x');
  });

  it('trains like a lone trainer with the same config, bit for bit', () => {
    const { pg } = make({ config: '#seed=0.11111&dataset=xor&networkShape=3,3' });
    const t = createTrainer('#seed=0.11111&dataset=xor&networkShape=3,3');
    pg.step(25);
    t.step(25);
    expect(pg.getWeights()).toEqual(t.getWeights());
    expect(pg.trainLoss).toBe(t.trainLoss);
    expect(pg.predict(1, -2)).toBe(t.predict(1, -2));
  });

  it('fires step then loss per epoch, on() returns an unsubscribe, and mirrors events on the element', () => {
    const { pg, el } = make();
    const seen: string[] = [];
    const off = pg.on('step', (e) => seen.push(`step ${e.epoch}`));
    pg.on('loss', (e) => seen.push(`loss ${e.epoch}`));
    const dom: CustomEvent[] = [];
    el.addEventListener('nnp:step', (e) => dom.push(e as CustomEvent));
    pg.step(2);
    expect(seen).toEqual(['step 1', 'loss 1', 'step 2', 'loss 2']);
    expect(dom.map((e) => e.detail.epoch)).toEqual([1, 2]);
    expect(dom[0].bubbles).toBe(true);
    expect(dom[0].composed).toBe(true);
    off();
    pg.step(1);
    expect(seen.filter((s) => s.startsWith('step'))).toHaveLength(2);
  });

  it('onStep and onLoss options are the same events', () => {
    const onStep = vi.fn();
    const onLoss = vi.fn();
    const { pg } = make({ onStep, onLoss });
    pg.step(3);
    expect(onStep).toHaveBeenCalledTimes(3);
    expect(onLoss).toHaveBeenCalledTimes(3);
    expect(onStep.mock.calls[2][0]).toMatchObject({ epoch: 3, trainLoss: pg.trainLoss, testLoss: pg.testLoss });
    // Classification carries accuracy on both sets.
    expect(onStep.mock.calls[2][0].testAccuracy).toBeGreaterThanOrEqual(0);
    expect(onStep.mock.calls[2][0].trainAccuracy).toBeLessThanOrEqual(1);
  });

  it('setConfig({learningRate}) keeps the current weights and fires configchange from the api', () => {
    const { pg } = make();
    pg.step(5);
    const w = pg.getWeights();
    const changes: unknown[] = [];
    pg.on('configchange', (e) => changes.push(e));
    const resets = vi.fn();
    pg.on('reset', resets);
    pg.setConfig({ learningRate: 0.1 });
    expect(pg.getWeights()).toEqual(w);
    expect(pg.epoch).toBe(5);
    expect(resets).not.toHaveBeenCalled();
    expect(changes).toEqual([{ config: pg.config, changed: ['learningRate'], source: 'api' }]);
  });

  it('setConfig({activation}) pauses, rebuilds and fires configchange, reset, loss in that order', () => {
    const { pg } = make();
    pg.step(5);
    pg.play();
    const order: string[] = [];
    for (const type of ['configchange', 'reset', 'loss', 'pause'] as const) pg.on(type, () => order.push(type));
    pg.setConfig({ activation: 'relu' });
    expect(order).toEqual(['pause', 'configchange', 'reset', 'loss']);
    expect(pg.epoch).toBe(0);
    expect(pg.playing).toBe(false);
  });

  it('a ConfigError from setConfig leaves the widget unchanged', () => {
    const { pg, el } = make();
    pg.step(3);
    const before = { config: pg.config, w: pg.getWeights(), html: el.shadowRoot!.innerHTML };
    expect(() => pg.setConfig({ networkShape: [1000] })).toThrow(ConfigError);
    expect(() => pg.setConfig('#activation=softmax')).toThrow(/activation/);
    expect(pg.config).toEqual(before.config);
    expect(pg.getWeights()).toEqual(before.w);
    expect(el.shadowRoot!.innerHTML).toBe(before.html);
  });

  it('bad options throw ConfigError naming the option and build nothing', () => {
    const el = document.createElement('div');
    document.body.append(el);
    expect(() => createPlayground(el, { theme: 'purple' as 'dark' })).toThrow(/options\.theme/);
    expect(() => createPlayground(el, { parts: { heatmapp: false } as never })).toThrow(/options\.parts\.heatmapp/);
    expect(() => createPlayground(el, { epochsPerFrame: 0 })).toThrow(/options\.epochsPerFrame/);
    expect(() => createPlayground(el, { config: { batchSize: 0 } })).toThrow(/batchSize/);
    expect(el.shadowRoot).toBeNull();
  });

  it('play() trains on animation frames and pause() stops', async () => {
    const { pg } = make();
    const events: string[] = [];
    pg.on('play', () => events.push('play'));
    pg.on('pause', (e) => events.push(`pause:${e.reason}`));
    pg.play();
    expect(pg.playing).toBe(true);
    await frame();
    await frame();
    pg.pause();
    const epoch = pg.epoch;
    expect(epoch).toBeGreaterThan(0);
    await frame();
    expect(pg.epoch).toBe(epoch);
    expect(events).toEqual(['play', 'pause:user']);
  });

  it('createPlayground builds the controls at once and draws the network, chart and points in its first frame', async () => {
    const { el } = make();
    const shadow = el.shadowRoot!;
    expect(shadow.querySelectorAll('select').length).toBe(8);
    expect(shadow.querySelectorAll(`.${CLASS.link}`)).toHaveLength(0);
    expect(shadow.querySelectorAll(`.${CLASS.trainPoints} circle`)).toHaveLength(0);
    await frame();
    expect(shadow.querySelectorAll(`.${CLASS.link}`)).toHaveLength(2 * 4 + 4 * 2 + 2);
    expect(shadow.querySelectorAll(`.${CLASS.trainPoints} circle`).length).toBeGreaterThan(0);
    expect(shadow.querySelector(`polyline.${CLASS.lossTrain}`)!.getAttribute('points')).not.toBeNull();
  });

  it('widgets in one document share one parsed stylesheet', () => {
    const a = make().el.shadowRoot!;
    const b = make().el.shadowRoot!;
    if (!('adoptedStyleSheets' in a) || a.adoptedStyleSheets.length === 0) return; // <style> fallback
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(b.adoptedStyleSheets[0]).toBe(a.adoptedStyleSheets[0]);
  });

  it('reset() returns to the state the URL reproduces', () => {
    const { pg } = make({ config: { seed: 'r' } });
    const w = pg.getWeights();
    pg.step(10);
    pg.reset();
    expect(pg.epoch).toBe(0);
    expect(pg.getWeights()).toEqual(w);
  });

  it('toUrl() writes the original format and a new widget from it matches', () => {
    const { pg } = make({ config: { seed: 'u', networkShape: [3], activation: 'relu' } });
    const url = pg.toUrl();
    expect(url.startsWith('#activation=relu&')).toBe(true);
    const { pg: other } = make({ config: url });
    expect(other.getWeights()).toEqual(pg.getWeights());
  });

  it('getState/setState restore a run into another widget', () => {
    const { pg } = make({ config: { seed: 'st', dataset: 'gauss' } });
    pg.step(7);
    const state = JSON.parse(JSON.stringify(pg.getState()));
    const { pg: other } = make({ config: { seed: 'other' } });
    other.setState(state);
    expect(other.epoch).toBe(7);
    expect(other.getWeights()).toEqual(pg.getWeights());
    expect(other.config).toEqual(pg.config);
  });

  it('diverge fires once, pauses, shows a plain message, and reset recovers', () => {
    const { pg, el } = make({ config: { seed: 'd', problem: 'regression', learningRate: 10, activation: 'relu', networkShape: [8, 8, 8, 8, 8, 8] } });
    const diverge = vi.fn();
    pg.on('diverge', diverge);
    pg.play();
    pg.step(50);
    expect(diverge).toHaveBeenCalledTimes(1);
    expect(pg.playing).toBe(false);
    expect(Number.isFinite(pg.trainLoss)).toBe(false);
    const message = el.shadowRoot!.querySelector(`.${CLASS.message}`)!;
    expect(message.classList.contains(CLASS.hidden)).toBe(false);
    expect(message.textContent).toMatch(/lower the learning rate/i);
    pg.setConfig({ learningRate: 0.01 });
    pg.reset();
    expect(Number.isFinite(pg.trainLoss)).toBe(true);
    expect(message.classList.contains(CLASS.hidden)).toBe(true);
  });

  it('every part can be turned off and the widget still trains and fires events', () => {
    const parts = { controls: false, data: false, features: false, network: false, output: false } as const;
    const { pg, el } = make({ parts });
    expect(el.shadowRoot!.querySelectorAll('button, select, input, canvas').length).toBe(0);
    const step = vi.fn();
    pg.on('step', step);
    pg.step(2);
    expect(step).toHaveBeenCalledTimes(2);
  });

  it('single controls can be turned off by parts and by the config _hide flags', () => {
    const { el } = make({ parts: { learningRate: false }, config: { seed: 'h', activation_hide: true } });
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).not.toContain('Learning rate');
    expect(labels).not.toContain('Activation');
    expect(labels).toContain('Regularization');
  });

  it('a UI select goes through setConfig: configchange has source ui and the config follows', async () => {
    const { pg, el } = make();
    await frame();
    const changes: { source: string; changed: string[] }[] = [];
    pg.on('configchange', (e) => changes.push(e));
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#nnp-activation')!;
    expect(select.value).toBe('tanh');
    select.value = 'relu';
    select.dispatchEvent(new Event('change'));
    expect(pg.config.activation).toBe('relu');
    expect(changes[0]).toMatchObject({ source: 'ui', changed: ['activation'] });
    pg.setConfig({ activation: 'sigmoid' });
    await frame();
    expect(select.value).toBe('sigmoid');
  });

  it('a menu shows each value from outside its list in turn (0.5, then 0.7), and drops it when back on the list', async () => {
    const { pg, el } = make();
    await frame();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#nnp-learningRate')!;
    const shown = () => [select.value, select.options[select.selectedIndex]?.textContent];
    pg.setConfig({ learningRate: 0.5 });
    await frame();
    expect(shown()).toEqual(['0.5', '0.5']);
    pg.setConfig({ learningRate: 0.7 });
    await frame();
    expect(shown()).toEqual(['0.7', '0.7']);
    expect([...select.options].map((o) => o.value)).not.toContain('0.5');
    pg.setConfig({ learningRate: 0.3 });
    await frame();
    expect(shown()).toEqual(['0.3', '0.3']);
    expect([...select.options].map((o) => o.value)).not.toContain('0.7');
  });

  it('two UI clicks in one frame both count (the UI reads the live config)', async () => {
    const { pg, el } = make();
    await frame();
    const add = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('aria-label')?.startsWith('Add a neuron to layer') && b.getAttribute('aria-label')!.endsWith('1'))!;
    expect(add).toBeTruthy();
    add.click();
    add.click();
    expect(pg.config.networkShape).toEqual([6, 2]);
  });

  it('the play button toggles playing, and its label says what it does', async () => {
    const { pg, el } = make();
    await frame();
    const play = el.shadowRoot!.querySelector<HTMLButtonElement>(`.${CLASS.playButton}`)!;
    expect(play.getAttribute('aria-label')).toBe('Play');
    play.click();
    expect(pg.playing).toBe(true);
    await frame();
    expect(play.getAttribute('aria-label')).toBe('Pause');
    play.click();
    expect(pg.playing).toBe(false);
  });

  it('labels replace visible strings and are inserted as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = make({ labels: { learningRate: evil } });
    await frame();
    const label = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent === evil);
    expect(label).toBeTruthy();
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('destroy() is idempotent and leaves the element as it was', async () => {
    const el = document.createElement('div');
    el.className = 'host';
    el.append('fallback text');
    document.body.append(el);
    const pg = createPlayground(el);
    pg.play();
    const onStep = vi.fn();
    pg.on('step', onStep);
    pg.destroy();
    pg.destroy();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
    expect(el.className).toBe('host');
    expect(el.textContent).toBe('fallback text');
    expect(pg.playing).toBe(false);
    await frame();
    await frame();
    expect(onStep).not.toHaveBeenCalled();
  });

  it('two widgets on one page are independent', () => {
    const { pg: a } = make({ config: { seed: 'same' } });
    const { pg: b } = make({ config: { seed: 'same' } });
    a.step(10);
    expect(b.epoch).toBe(0);
    b.step(10);
    expect(b.getWeights()).toEqual(a.getWeights());
    a.setConfig({ activation: 'relu' });
    expect(b.config.activation).toBe('tanh');
  });

  it('stopAt pauses by itself at the epoch, with reason "stop"', async () => {
    const { pg } = make({ stopAt: { epoch: 3 }, epochsPerFrame: 2 });
    const pauses: string[] = [];
    pg.on('pause', (e) => pauses.push(e.reason));
    pg.play();
    for (let i = 0; i < 6 && pg.playing; i++) await frame();
    expect(pg.playing).toBe(false);
    expect(pg.epoch).toBe(3);
    expect(pauses).toEqual(['stop']);
    expect(() => make({ stopAt: { epoch: 0 } })).toThrow(/options\.stopAt\.epoch/);
  });

  it('setData/getData use your own points, fire configchange with "data", and survive reset', () => {
    const { pg } = make();
    const changes: string[][] = [];
    pg.on('configchange', (e) => changes.push(e.changed));
    const points = [{ x1: 1, x2: 1, label: 1 }, { x1: -1, x2: -1, label: -1 }, { x1: 2, x2: 2, label: 1 }, { x1: -2, x2: -2, label: -1 }];
    pg.setData(points);
    expect(changes[0]).toContain('data');
    expect(pg.getData()).toHaveLength(4);
    pg.reset();
    expect(pg.getData()).toHaveLength(4);
    expect(() => pg.setData([{ x1: 0, x2: 99, label: 1 }])).toThrow(/data\[0\]\.x2/);
    pg.setData([]);
    expect(pg.getData()).toHaveLength(500);
  });

  it('toSVG returns the network as standalone SVG; toPNG needs a canvas', () => {
    const { pg } = make();
    expect(pg.toSVG()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(() => pg.toPNG()).toThrow(/canvas/);
  });

  it('syncUrl reads the hash at start and mirrors later changes into it', () => {
    window.history.replaceState(null, '', '#seed=0.11111&dataset=xor&networkShape=2');
    const { pg } = make({ syncUrl: true, config: undefined });
    expect(pg.config.dataset).toBe('xor');
    expect(pg.config.networkShape).toEqual([2]);
    pg.setConfig({ activation: 'relu' });
    expect(window.location.hash).toBe(pg.toUrl());
    window.history.replaceState(null, '', '#');
  });
});
