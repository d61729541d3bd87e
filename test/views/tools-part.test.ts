// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/schema';
import { createPlayground, type Playground } from '../../src/playground/create';
import { createLifecycle } from '../../src/playground/lifecycle';
import { createPalette } from '../../src/views/colors';
import { CLASS } from '../../src/views/dom';
import { DEFAULT_LABELS } from '../../src/views/labels';
import { editPoints, nearestPoint, pointerToData, toolsPart, type DrawnPoint } from '../../src/views/parts/tools';
import { recordingActions } from './fake-context';
import type { Actions, PartContext, RenderReason, ViewState } from '../../src/views/parts/types';

describe('pointerToData', () => {
  it('maps the plot inside the 300-unit heatmap box to [-6, 6], y up', () => {
    // The plot spans 20..280 of 300 units: at 600 px wide that is 40..560 px.
    expect(pointerToData(40, 40, 600, 600)).toEqual({ x1: -6, x2: 6 });
    expect(pointerToData(560, 560, 600, 600)).toEqual({ x1: 6, x2: -6 });
    expect(pointerToData(300, 300, 600, 600)).toEqual({ x1: 0, x2: 0 });
    expect(pointerToData(170, 430, 600, 600)).toEqual({ x1: -3, x2: -3 });
  });

  it('rounds to 2 decimals, never gives -0, and is null on the axes margin or a box with no size', () => {
    const p = pointerToData(123.4, 77.7, 300, 300)!;
    expect(p.x1).toBe(Math.round(p.x1 * 100) / 100);
    expect(Object.is(pointerToData(150, 150, 300, 300)!.x1, -0)).toBe(false);
    expect(pointerToData(10, 150, 300, 300)).toBeNull();
    expect(pointerToData(150, 295, 300, 300)).toBeNull();
    expect(pointerToData(150, 150, 0, 0)).toBeNull();
  });
});

describe('nearestPoint and editPoints', () => {
  const points: DrawnPoint[] = [{ x1: 0, x2: 0, label: 1 }, { x1: 0.2, x2: 0, label: -1 }, { x1: 3, x2: 3, label: 1 }];

  it('finds the nearest point within 0.15 units (the drawn dot), else -1', () => {
    expect(nearestPoint(points, 0.15, 0)).toBe(1);
    expect(nearestPoint(points, 3.1, 3.05)).toBe(2);
    expect(nearestPoint(points, 3.2, 3.2)).toBe(-1); // 0.28 away: a click beside a dot adds
    expect(nearestPoint(points, 3.16, 3)).toBe(-1);
    expect(nearestPoint([], 0, 0)).toBe(-1);
  });

  it('a click near a point removes it; elsewhere it adds one with the label', () => {
    expect(editPoints(points, { x1: 3.1, x2: 3 }, 1)).toEqual(points.slice(0, 2));
    expect(editPoints(points, { x1: -4, x2: 1 }, -1)).toEqual([...points, { x1: -4, x2: 1, label: -1 }]);
    expect(points).toHaveLength(3); // never edits in place
  });
});

// ------------------------------------------------------------------ the part

const NONE: RenderReason = { values: false, structure: false, data: false, config: false, hover: false, playing: false, resize: false };

function fakeContext(opts: { off?: string[]; setData?: (p: DrawnPoint[]) => string | null; data?: DrawnPoint[] } = {}) {
  const calls: { name: string; args: unknown[] }[] = [];
  let data: DrawnPoint[] = opts.data ?? [{ x1: 1, x2: 1, label: 1 }, { x1: -2, x2: 3, label: -1 }];
  const actions = recordingActions((name, args) => calls.push({ name, args }), {
    setData: (points: DrawnPoint[]) => {
      const error = opts.setData?.(points) ?? null;
      if (!error) data = points.length ? points : [{ x1: 0, x2: 0, label: 1 }];
      return error;
    },
    getData: () => data.slice(),
    setCsv: (text: string) => (text.includes('bad') ? 'Line 2: "bad"; expected three numbers.' : null),
    exportState: () => '{"version":1}',
    exportPng: () => 'data:image/png;base64,iVBORw0KGgo=',
    exportSvg: () => '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    link: () => 'https://example.com/#dataset=xor',
  });
  const slot = () => document.body.appendChild(document.createElement('div'));
  const output = slot();
  const heatmap = output.appendChild(document.createElement('div'));
  heatmap.className = CLASS.heatmap;
  Object.defineProperty(heatmap, 'clientWidth', { value: 300 });
  Object.defineProperty(heatmap, 'clientHeight', { value: 300 });
  const renders: ((s: ViewState, why: RenderReason) => void)[] = [];
  const off = new Set(opts.off ?? []);
  const state = { config: { ...DEFAULT_CONFIG }, playing: false } as unknown as ViewState;
  const ctx: PartContext = {
    doc: document,
    slots: { controls: slot(), data: slot(), network: slot(), output, root: slot() },
    state: () => state,
    actions,
    labels: { ...DEFAULT_LABELS },
    palette: createPalette(),
    life: createLifecycle(),
    isOn: (name) => !off.has(name),
    onRender: (cb) => void renders.push(cb),
  };
  const dispose = toolsPart.mount(ctx);
  for (const cb of renders) cb(state, { ...NONE, config: true, data: true });
  const byText = (text: string) => [...output.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
  const status = () => output.querySelector(`.${CLASS.toolsStatus}`)!.textContent;
  /** A tap at (x, y) px in the 300 px heatmap box (the plot is 20..280). */
  const tap = (x: number, y: number, init: { shiftKey?: boolean; moveBy?: number } = {}) => {
    const event = (type: string, extra: number) => {
      const e = new PointerEvent(type, { bubbles: true, pointerId: 7, button: 0, clientX: x + extra, clientY: y, shiftKey: !!init.shiftKey });
      Object.defineProperty(e, 'offsetX', { value: x });
      Object.defineProperty(e, 'offsetY', { value: y });
      heatmap.dispatchEvent(e);
    };
    event('pointerdown', 0);
    event('pointerup', init.moveBy ?? 0);
  };
  const setDataCalls = () => calls.filter((c) => c.name === 'setData').map((c) => c.args[0] as DrawnPoint[]);
  return { ctx, calls, state, heatmap, output, dispose, byText, status, tap, setDataCalls, render: (why: Partial<RenderReason>) => renders.forEach((cb) => cb(state, { ...NONE, ...why })) };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('tools part: drawing', () => {
  it('a tap while drawing adds a blue (+1) point at the pointer to the current data and calls setData', () => {
    const t = fakeContext();
    const draw = t.byText('Draw data');
    t.tap(150, 150);
    expect(t.setDataCalls()).toEqual([]); // not drawing yet
    draw.click();
    expect(draw.getAttribute('aria-pressed')).toBe('true');
    expect(t.heatmap.classList.contains(CLASS.drawing)).toBe(true);
    expect(t.calls.find((c) => c.name === 'setConfig')!.args).toEqual([{ showTestData: true }]); // every drawn point shows
    t.tap(150, 150);
    expect(t.setDataCalls()).toEqual([[{ x1: 1, x2: 1, label: 1 }, { x1: -2, x2: 3, label: -1 }, { x1: 0, x2: 0, label: 1 }]]);
    expect(t.status()).toBe('Your points: 3');
  });

  it('shift-click and the Orange toggle add −1; shift with Orange gives +1', () => {
    const t = fakeContext({ data: [] });
    t.byText('Draw data').click();
    t.tap(150, 150, { shiftKey: true });
    expect(t.setDataCalls()[0]).toEqual([{ x1: 0, x2: 0, label: -1 }]);
    const orange = t.byText('Orange (−1)');
    orange.click();
    expect(orange.getAttribute('aria-pressed')).toBe('true');
    expect(t.byText('Blue (1)').getAttribute('aria-pressed')).toBe('false');
    t.tap(85, 150); // x1 = -3
    expect(t.setDataCalls()[1].at(-1)).toEqual({ x1: -3, x2: 0, label: -1 });
    t.tap(215, 150, { shiftKey: true });
    expect(t.setDataCalls()[2].at(-1)).toEqual({ x1: 3, x2: 0, label: 1 });
  });

  it('a tap on an existing point removes it; a press that moved is not a tap; the axes margin does nothing', () => {
    const t = fakeContext();
    t.byText('Draw data').click();
    // (1, 1) sits at 150 + 1 * 260/12 px.
    const px = 150 + 260 / 12;
    t.tap(px + 2, 150 - 260 / 12);
    expect(t.setDataCalls()).toEqual([[{ x1: -2, x2: 3, label: -1 }]]);
    t.tap(100, 100, { moveBy: 30 });
    t.tap(5, 150);
    expect(t.setDataCalls()).toHaveLength(1);
  });

  it('shows the error setData returns and keeps training going after a good change', () => {
    const t = fakeContext({ setData: (p) => (p.length > 2 ? 'Invalid config "data": too many' : null) });
    t.byText('Draw data').click();
    t.tap(150, 150);
    const status = t.output.querySelector(`.${CLASS.toolsStatus}`)!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Invalid config "data": too many');
    expect(status.classList.contains(CLASS.error)).toBe(true);
    (t.state as { playing: boolean }).playing = true;
    t.byText('Clear').click();
    expect(t.calls.some((c) => c.name === 'play')).toBe(true);
    expect(status.classList.contains(CLASS.error)).toBe(false);
  });

  it('Clear goes back to the dataset; while drawing the next point starts a new drawing', () => {
    const t = fakeContext();
    const clear = t.byText('Clear');
    expect(clear.classList.contains(CLASS.hidden)).toBe(true); // the dataset: nothing to clear
    t.byText('Draw data').click();
    expect(clear.classList.contains(CLASS.hidden)).toBe(false);
    clear.click();
    expect(t.setDataCalls()).toEqual([[]]);
    expect(t.status()).toMatch(/new drawing/);
    expect(t.heatmap.classList.contains(CLASS.drawFresh)).toBe(true);
    t.tap(150, 150);
    expect(t.setDataCalls()[1]).toEqual([{ x1: 0, x2: 0, label: 1 }]);
    expect(t.heatmap.classList.contains(CLASS.drawFresh)).toBe(false);
    t.state.config = { ...t.state.config, data: '0:0:1' };
    t.render({ config: true });
    t.byText('Draw data').click();
    expect(clear.classList.contains(CLASS.hidden)).toBe(false); // your own data: Clear shows
  });
});

describe('tools part: CSV', () => {
  it('Paste CSV opens a panel; "Use these points" applies the text and closes it', () => {
    const t = fakeContext();
    const open = t.byText('Paste CSV');
    const panel = t.output.querySelector(`.${CLASS.csvPanel}`)!;
    expect(panel.classList.contains(CLASS.hidden)).toBe(true);
    open.click();
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(panel.classList.contains(CLASS.hidden)).toBe(false);
    panel.querySelector('textarea')!.value = '1,2,1\n-1,-2,-1';
    t.byText('Use these points').click();
    expect(t.calls.find((c) => c.name === 'setCsv')!.args).toEqual(['1,2,1\n-1,-2,-1']);
    expect(panel.classList.contains(CLASS.hidden)).toBe(true);
  });

  it('a bad CSV shows the message with its line and leaves the panel open', () => {
    const t = fakeContext();
    t.byText('Paste CSV').click();
    const panel = t.output.querySelector(`.${CLASS.csvPanel}`)!;
    panel.querySelector('textarea')!.value = '1,2,1\nbad';
    t.byText('Use these points').click();
    expect(t.status()).toBe('Line 2: "bad"; expected three numbers.');
    expect(panel.classList.contains(CLASS.hidden)).toBe(false);
  });

  it('a .csv file dropped on the heatmap is read and applied', async () => {
    const t = fakeContext();
    const file = new File(['x1,x2,label\n1,1,1\n'], 'points.csv', { type: 'text/csv' });
    const drop = (type: string) => {
      const e = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files: [file], dropEffect: 'none' } });
      t.heatmap.dispatchEvent(e);
      return e;
    };
    expect(drop('dragover').defaultPrevented).toBe(true);
    expect(t.heatmap.classList.contains(CLASS.dropTarget)).toBe(true);
    expect(drop('drop').defaultPrevented).toBe(true);
    expect(t.heatmap.classList.contains(CLASS.dropTarget)).toBe(false);
    await vi.waitFor(() => expect(t.calls.find((c) => c.name === 'setCsv')?.args).toEqual(['x1,x2,label\n1,1,1\n']));
  });
});

describe('tools part: export and link', () => {
  it('the export buttons download the state, PNG and SVG through a temporary link, revoking blob URLs', () => {
    vi.useFakeTimers();
    const t = fakeContext();
    const saved: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.getAttribute('href')!, download: this.getAttribute('download')! });
    });
    const blobs: Blob[] = [];
    const create = vi.spyOn(window.URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), `blob:test/${blobs.length}`));
    const revoke = vi.spyOn(window.URL, 'revokeObjectURL').mockImplementation(() => {});
    t.byText('Download state').click();
    t.byText('Save PNG').click();
    t.byText('Save SVG').click();
    expect(create).toHaveBeenCalledTimes(2);
    expect(saved).toEqual([
      { href: 'blob:test/1', download: 'nn-playground-state.json' },
      { href: 'data:image/png;base64,iVBORw0KGgo=', download: 'nn-playground.png' },
      { href: 'blob:test/2', download: 'nn-playground.svg' },
    ]);
    expect(blobs.map((b) => b.type)).toEqual(['application/json', 'image/svg+xml']);
    expect(t.output.querySelector('a')).toBeNull(); // the link is gone again
    vi.advanceTimersByTime(60_000);
    expect(revoke.mock.calls.map((c) => c[0])).toEqual(['blob:test/1', 'blob:test/2']);
    vi.useRealTimers();
  });

  it('an export that throws shows its message', () => {
    const t = fakeContext();
    (t.ctx.actions as { exportPng: () => string }).exportPng = () => {
      throw new Error('Exporting a picture needs a browser with canvas support');
    };
    t.byText('Save PNG').click();
    expect(t.status()).toMatch(/canvas support/);
  });

  it('Copy link writes the link to the clipboard and says so', async () => {
    const t = fakeContext();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    t.byText('Copy link').click();
    await vi.waitFor(() => expect(t.status()).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith('https://example.com/#dataset=xor');
  });

  it('without a clipboard, or when it refuses, shows the link selected to copy by hand', async () => {
    for (const clipboard of [undefined, { writeText: () => Promise.reject(new Error('denied')) }]) {
      const t = fakeContext();
      Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
      t.byText('Copy link').click();
      const box = t.output.querySelector(`.${CLASS.linkBox}`)!;
      await vi.waitFor(() => expect(box.classList.contains(CLASS.hidden)).toBe(false));
      const input = box.querySelector('input')!;
      expect(input.value).toBe('https://example.com/#dataset=xor');
      expect(input.readOnly).toBe(true);
      expect(box.textContent).toContain('Ctrl+C');
      expect(t.ctx.doc.activeElement === input || input.getRootNode() !== document).toBe(true);
      t.dispose();
      document.body.replaceChildren();
    }
  });
});

describe('tools part: parts', () => {
  it('each tool can be switched off; all off (or no output) mounts nothing', () => {
    const t = fakeContext({ off: ['drawData', 'export'] });
    const texts = [...t.output.querySelectorAll('button')].filter((b) => !b.closest(`.${CLASS.hidden}`)).map((b) => b.textContent);
    expect(texts).toEqual(['Paste CSV', 'Copy link']);
    expect(fakeContext({ off: ['heatmap'] }).byText('Draw data')?.isConnected).toBeFalsy(); // nothing to draw on
    for (const off of [['drawData', 'csv', 'export', 'copyLink'], ['output']]) {
      const u = fakeContext({ off });
      expect(u.output.querySelector(`.${CLASS.tools}`)).toBeNull();
    }
  });

  it('dispose removes the tools, their listeners and the drawing state of the heatmap', () => {
    const t = fakeContext();
    t.byText('Draw data').click();
    t.dispose();
    expect(t.output.querySelector(`.${CLASS.tools}`)).toBeNull();
    expect(t.heatmap.classList.contains(CLASS.drawing)).toBe(false);
    t.tap(150, 150);
    expect(t.setDataCalls()).toEqual([]);
  });
});

describe('tools in a playground', () => {
  let pg: Playground | null = null;
  afterEach(() => pg?.destroy());
  const make = (config = {}) => {
    const el = document.body.appendChild(document.createElement('div'));
    pg = createPlayground(el, { config: { seed: '0.5', ...config } });
    const shadow = el.shadowRoot!;
    const byText = (text: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
    const status = () => shadow.querySelector(`.${CLASS.toolsStatus}`)!.textContent;
    return { pg, shadow, byText, status };
  };

  it('pasted CSV becomes the data; a bad line is named and changes nothing', () => {
    const w = make();
    w.byText('Paste CSV').click();
    const area = w.shadow.querySelector('textarea')!;
    area.value = 'x1,x2,label\n1,2,1\n\n-1,-2,-1\n3,3,1\n-3,-3,-1\n';
    w.byText('Use these points').click();
    expect(w.status()).toBe('Your points: 4');
    expect(w.pg.getData().map((p) => p.x1).sort()).toEqual([-1, -3, 1, 3]);
    const before = w.pg.config.data;
    for (const [text, message] of [
      ['1,2,1\n1,2', 'Line 2: "1,2"; expected three numbers "x1,x2,label" (an optional header line first).'],
      ['a,b,c\n\n1,2,1\n7,0,1', 'Line 4: 7, 0, 1; expected x1 and x2 from -6 to 6.'],
      ['1,2,1\n1,2,0.5', 'Line 2: 1, 2, 0.5; expected a label of 1 or -1 for classification.'],
      ['', 'Expected at least one "x1,x2,label" line.'],
    ]) {
      w.byText('Paste CSV').click();
      area.value = text;
      w.byText('Use these points').click();
      expect(w.status()).toBe(message);
      expect(w.pg.config.data).toBe(before);
      w.byText('Paste CSV').click();
    }
  });

  it('regression takes any label from CSV', () => {
    const w = make({ problem: 'regression' });
    w.byText('Paste CSV').click();
    w.shadow.querySelector('textarea')!.value = '1,2,0.25\n-1,-2,-3';
    w.byText('Use these points').click();
    expect(w.pg.getData().map((p) => p.label).sort()).toEqual([-3, 0.25]);
  });

  it('a drawing of a single point (an empty training set) is not reported as divergence', () => {
    const w = make();
    const diverge = vi.fn();
    w.pg.on('diverge', diverge);
    w.pg.setData([{ x1: 1, x2: 1, label: 1 }]);
    w.pg.step(2);
    expect(diverge).not.toHaveBeenCalled();
    expect(w.shadow.querySelector(`.${CLASS.message}`)!.classList.contains(CLASS.hidden)).toBe(true);
  });

  it('the optimizer and init menus set the config', async () => {
    const w = make();
    await new Promise((r) => setTimeout(r, 40)); // the first frame fills the menus
    const optimizer = w.shadow.querySelector('#nnp-optimizer') as HTMLSelectElement;
    const init = w.shadow.querySelector('#nnp-init') as HTMLSelectElement;
    expect([...optimizer.options].map((o) => o.value)).toEqual(['sgd', 'momentum', 'adam']);
    expect([...init.options].map((o) => o.value)).toEqual(['uniform', 'xavier', 'he']);
    optimizer.value = 'adam';
    optimizer.dispatchEvent(new Event('change'));
    init.value = 'he';
    init.dispatchEvent(new Event('change'));
    expect([w.pg.config.optimizer, w.pg.config.init]).toEqual(['adam', 'he']);
  });
});
