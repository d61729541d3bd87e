// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type PlaygroundConfig } from '../../src/config/schema';
import { createLifecycle } from '../../src/playground/lifecycle';
import { createPalette } from '../../src/views/colors';
import { CLASS } from '../../src/views/dom';
import { DEFAULT_LABELS } from '../../src/views/labels';
import { createDataPart, css, dataPart, thumbnailImage } from '../../src/views/parts/data';
import type { RenderReason, ViewState } from '../../src/views/parts/types';
import { fakePartContext, recordingActions } from './fake-context';

const NONE: RenderReason = { values: false, structure: false, data: false, config: false, hover: false, playing: false, resize: false };

function makeState(config: Partial<PlaygroundConfig>): ViewState {
  // The data part reads only the config.
  return { config: { ...DEFAULT_CONFIG, ...config } } as ViewState;
}

function fakeContext(opts: { config?: Partial<PlaygroundConfig>; off?: string[] } = {}) {
  const calls: { name: string; args: unknown[] }[] = [];
  const fake = {
    state: makeState(opts.config ?? {}),
    calls,
    /** Applies a config patch and renders, as the playground would. */
    configure(patch: Partial<PlaygroundConfig>) {
      fake.state = makeState({ ...fake.state.config, ...patch });
      part.render(fake.state, { config: true });
    },
  };
  const part = fakePartContext({ state: () => fake.state, actions: recordingActions((name, args) => calls.push({ name, args })), off: opts.off });
  return Object.assign(fake, { ctx: part.ctx, off: part.off, renders: part.renders });
}

let puts: (ImageData & { canvas: HTMLCanvasElement })[] = [];
beforeEach(() => {
  puts = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    const canvas = this;
    const g = {
      createImageData: (width: number, height: number) => ({ width, height, data: new Uint8ClampedArray(width * height * 4) }),
      putImageData: (image: ImageData) => void puts.push(Object.assign(image, { canvas })),
    };
    return g as unknown as CanvasRenderingContext2D;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const visible = (root: ParentNode, sel: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(sel)).filter((e) => !e.classList.contains(CLASS.hidden));
const datasetButtons = (root: ParentNode) => visible(root, `.${CLASS.datasetButton}`);
const names = (buttons: HTMLElement[]) => buttons.map((b) => b.textContent);
const sliders = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLInputElement>('input[type=range]'));
const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));

describe('data part', () => {
  it('shows the seven classification data sets (the original four, then ours), the selected one pressed', () => {
    const t = fakeContext({ config: { dataset: 'xor' } });
    dataPart.mount(t.ctx);
    const root = t.ctx.slots.data;
    expect(root.querySelector(`.${CLASS.columnTitle}`)!.textContent).toBe('Data');
    const buttons = datasetButtons(root);
    expect(names(buttons)).toEqual(['Circle', 'Exclusive or', 'Gaussian', 'Spiral', 'Two moons', 'Checkerboard', 'Three rings']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false', 'false', 'false', 'false', 'false']);
    expect(buttons[1].classList.contains(CLASS.selected)).toBe(true);
    expect(root.querySelector('legend')!.textContent).toBe(DEFAULT_LABELS.whichDataset);
  });

  it('shows only the two regression data sets for regression, and switches back', () => {
    const t = fakeContext({ config: { problem: 'regression', regDataset: 'reg-gauss' } });
    dataPart.mount(t.ctx);
    const root = t.ctx.slots.data;
    expect(names(datasetButtons(root))).toEqual(['Plane', 'Multi gaussian']);
    expect(datasetButtons(root)[1].getAttribute('aria-pressed')).toBe('true');
    t.configure({ problem: 'classification' });
    expect(datasetButtons(root)).toHaveLength(7);
  });

  it('a click on a thumbnail asks for that data set', () => {
    const t = fakeContext();
    dataPart.mount(t.ctx);
    datasetButtons(t.ctx.slots.data)[3].click();
    expect(t.calls).toEqual([{ name: 'setConfig', args: [{ dataset: 'spiral' }] }]);
    t.configure({ problem: 'regression' });
    datasetButtons(t.ctx.slots.data)[1].click();
    expect(t.calls[1]).toEqual({ name: 'setConfig', args: [{ regDataset: 'reg-gauss' }] });
  });

  it('paints the thumbnails shown just after the first render, from the given points, the right way up', async () => {
    const t = fakeContext();
    const circle = [{ x: 0, y: 3, label: 1 }];
    const sample = vi.fn((name: string) => (name === 'circle' ? circle : []));
    createDataPart(sample).mount(t.ctx);
    const canvases = Array.from(t.ctx.slots.data.querySelectorAll('canvas'));
    expect(sample).not.toHaveBeenCalled(); // mounting paints nothing
    t.configure({});
    expect(sample).not.toHaveBeenCalled(); // nor the first frame
    await new Promise((ok) => setTimeout(ok, 0));
    expect(sample.mock.calls.map((c) => c[0])).toEqual(['circle', 'xor', 'gauss', 'spiral', 'moons', 'checkerboard', 'rings']);
    // y = 3 is in the upper half: pixel row (6 - 3) / 12 * 100 = 25, as a 4 px square centred there.
    const opaque = (image: ImageData) =>
      Array.from({ length: image.width * image.height }, (_, i) => i).filter((i) => image.data[4 * i + 3] === 255);
    const px = (x: number, y: number) => y * 100 + x;
    const square = [23, 24, 25, 26].flatMap((y) => [48, 49, 50, 51].map((x) => px(x, y)));
    const mine = puts.filter((p) => canvases.includes(p.canvas));
    expect(mine.map((p) => canvases.indexOf(p.canvas))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(opaque(mine[0])).toEqual(square);
    expect(Array.from(mine[0].data.subarray(4 * px(48, 23), 4 * px(48, 23) + 4))).toEqual([0x08, 0x77, 0xbd, 255]);
    t.configure({});
    await new Promise((ok) => setTimeout(ok, 0));
    expect(sample).toHaveBeenCalledTimes(7); // painted once
    t.configure({ problem: 'regression' });
    await new Promise((ok) => setTimeout(ok, 0));
    expect(sample.mock.calls.slice(7).map((c) => c[0])).toEqual(['reg-plane', 'reg-gauss']);
  });

  it('thumbnailImage paints each point as a 4 px square in its label colour, clipped at the edges', () => {
    const out = thumbnailImage([{ x: -6, y: 6, label: -1 }, { x: 0, y: 0, label: 0 }], createPalette(), 100, new Uint8ClampedArray(100 * 100 * 4).fill(9));
    const at = (x: number, y: number) => Array.from(out.subarray(4 * (y * 100 + x), 4 * (y * 100 + x) + 4));
    expect(at(0, 0)).toEqual([0xf5, 0x93, 0x22, 255]); // the corner point, clipped to 2×2
    expect(at(1, 1)).toEqual([0xf5, 0x93, 0x22, 255]);
    expect(at(2, 2)).toEqual([0, 0, 0, 0]); // the ground is cleared
    expect(at(48, 48)).toEqual([0xe8, 0xea, 0xeb, 255]);
    expect(at(51, 51)).toEqual([0xe8, 0xea, 0xeb, 255]);
    expect(at(52, 52)).toEqual([0, 0, 0, 0]);
  });

  it('sliders show the config with their labels and ranges', () => {
    const t = fakeContext({ config: { percTrainData: 70, noise: 15, batchSize: 12 } });
    dataPart.mount(t.ctx);
    const root = t.ctx.slots.data;
    const [ratio, noise, batch] = sliders(root);
    expect([ratio.value, noise.value, batch.value]).toEqual(['70', '15', '12']);
    expect([ratio.min, ratio.max, ratio.step]).toEqual(['10', '90', '10']);
    expect([noise.min, noise.max, noise.step]).toEqual(['0', '50', '5']);
    expect([batch.min, batch.max, batch.step]).toEqual(['1', '30', '1']);
    expect(ratio.closest('label')!.textContent).toBe('Ratio of training to test data: 70%');
    expect(noise.closest('label')!.textContent).toBe('Noise: 15');
    expect(batch.closest('label')!.textContent).toBe('Batch size: 12');
    expect(ratio.getAttribute('aria-valuetext')).toBe('70%');
  });

  it('dragging updates only the text; the change applies the value as a number', () => {
    const t = fakeContext();
    dataPart.mount(t.ctx);
    const [, noise] = sliders(t.ctx.slots.data);
    noise.value = '25';
    fire(noise, 'input');
    expect(noise.closest('label')!.textContent).toBe('Noise: 25');
    expect(t.calls).toEqual([]);
    fire(noise, 'change');
    expect(t.calls).toEqual([{ name: 'setConfig', args: [{ noise: 25 }] }]);
  });

  it('a config render does not reset a slider the user is dragging, nor move focus', () => {
    const t = fakeContext();
    dataPart.mount(t.ctx);
    const [ratio] = sliders(t.ctx.slots.data);
    ratio.focus();
    ratio.value = '80';
    fire(ratio, 'input');
    t.configure({ learningRate: 0.1 });
    expect(ratio.value).toBe('80');
    expect(document.activeElement).toBe(ratio);
    fire(ratio, 'change');
    t.configure({ percTrainData: 80 });
    expect(ratio.closest('label')!.textContent).toContain('80%');
  });

  it('follows config changes from elsewhere', () => {
    const t = fakeContext();
    dataPart.mount(t.ctx);
    t.configure({ batchSize: 3, noise: 40 });
    const [, noise, batch] = sliders(t.ctx.slots.data);
    expect([noise.value, batch.value]).toEqual(['40', '3']);
    expect(batch.closest('label')!.textContent).toBe('Batch size: 3');
  });

  it('widens a slider for a value outside its range, and narrows it again', () => {
    const t = fakeContext({ config: { batchSize: 100, percTrainData: 5 } });
    dataPart.mount(t.ctx);
    const [ratio, , batch] = sliders(t.ctx.slots.data);
    expect([batch.max, batch.value]).toEqual(['100', '100']);
    expect([ratio.min, ratio.value]).toEqual(['5', '5']);
    expect(batch.closest('label')!.textContent).toBe('Batch size: 100');
    t.configure({ batchSize: 10 });
    expect([batch.max, batch.value]).toEqual(['30', '10']);
  });

  it('takes a finer step for a value off the slider grid, so it shows exactly', () => {
    const t = fakeContext({ config: { noise: 12 } });
    dataPart.mount(t.ctx);
    const [, noise] = sliders(t.ctx.slots.data);
    expect([noise.step, noise.value]).toEqual(['1', '12']);
    t.configure({ noise: 20 });
    expect(noise.step).toBe('5');
  });

  it('Regenerate asks for new data', () => {
    const t = fakeContext();
    dataPart.mount(t.ctx);
    const button = t.ctx.slots.data.querySelector<HTMLButtonElement>(`.${CLASS.regenerate}`)!;
    expect(button.textContent).toBe('Regenerate');
    button.click();
    expect(t.calls).toEqual([{ name: 'regenerate', args: [] }]);
  });

  it('hides the picker, each slider and Regenerate by isOn', () => {
    const t = fakeContext({ off: ['dataset', 'noise', 'regenerate'] });
    dataPart.mount(t.ctx);
    const root = t.ctx.slots.data;
    expect(root.querySelector(`.${CLASS.datasets}`)!.classList.contains(CLASS.hidden)).toBe(true);
    expect(visible(root, `.${CLASS.control}`).map((e) => e.textContent)).toEqual([
      'Ratio of training to test data: 50%',
      'Batch size: 10',
    ]);
    expect(root.querySelector(`.${CLASS.regenerate}`)!.classList.contains(CLASS.hidden)).toBe(true);
    t.off.delete('noise');
    t.configure({});
    expect(visible(root, `.${CLASS.control}`)).toHaveLength(3);
  });

  it('the disposer removes its DOM and its listeners', () => {
    const t = fakeContext();
    const dispose = dataPart.mount(t.ctx);
    const button = t.ctx.slots.data.querySelector<HTMLButtonElement>(`.${CLASS.regenerate}`)!;
    const [ratio] = sliders(t.ctx.slots.data);
    dispose();
    expect(t.ctx.slots.data.childElementCount).toBe(0);
    t.ctx.slots.data.append(button, ratio);
    button.click();
    fire(ratio, 'change');
    expect(t.calls).toEqual([]);
    expect(() => t.configure({ noise: 10 })).not.toThrow();
    expect(ratio.value).toBe('50');
  });

  it('works without a 2D context', () => {
    vi.restoreAllMocks();
    const t = fakeContext();
    expect(() => createDataPart(() => [{ x: 0, y: 0, label: 1 }]).mount(t.ctx)).not.toThrow();
  });

  it('exports its CSS with the class names filled in', () => {
    expect(css).toContain(`.${CLASS.datasetButton} {`);
    expect(css).not.toContain('undefined');
  });
});
