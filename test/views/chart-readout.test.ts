// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createLifecycle } from '../../src/playground/lifecycle';
import { chartIndexAt, chartXOf, createChartReadout } from '../../src/views/chart-readout';
import { CLASS } from '../../src/views/dom';
import { DEFAULT_LABELS } from '../../src/views/labels';
import { createLossChart } from '../../src/views/loss-chart';

describe('chartIndexAt', () => {
  it('maps the pointer over the chart width to the nearest history index', () => {
    // The chart is 200 user units: points run from 2 to 200, here stretched to 100 px.
    expect(chartIndexAt(1, 100, 11)).toBe(0);
    expect(chartIndexAt(100, 100, 11)).toBe(10);
    expect(chartIndexAt(50.5, 100, 11)).toBe(5);
    expect(chartIndexAt(55, 100, 11)).toBe(5);
    expect(chartIndexAt(56, 100, 11)).toBe(6);
  });

  it('clamps outside the chart, and is -1 with no history and 0 with one point', () => {
    expect(chartIndexAt(-20, 100, 11)).toBe(0);
    expect(chartIndexAt(500, 100, 11)).toBe(10);
    expect(chartIndexAt(50, 100, 0)).toBe(-1);
    expect(chartIndexAt(50, 100, 1)).toBe(0);
    expect(chartIndexAt(50, 0, 5)).toBe(0);
  });

  it('chartXOf is its inverse: every index maps back to itself', () => {
    for (const n of [2, 7, 150, 5000]) {
      for (const i of [0, 1, Math.floor(n / 2), n - 1]) expect(chartIndexAt(chartXOf(i, 173, n), 173, n)).toBe(i);
    }
  });
});

describe('loss chart readout', () => {
  afterEach(() => document.body.replaceChildren());

  function setup() {
    const chart = createLossChart(document);
    const life = createLifecycle();
    const readout = createChartReadout(document, life, chart.el, { ...DEFAULT_LABELS });
    document.body.append(readout.el);
    Object.defineProperty(readout.el, 'clientWidth', { value: 100 });
    const history = { epochs: [0, 1, 2, 3, 4], train: [0.5, 0.4, 0.3, 0.2, 0.1], test: [0.6, 0.5, 0.4, 0.35, 0.3], length: 5 };
    chart.draw(history);
    readout.update(history);
    const tip = readout.el.querySelector(`.${CLASS.chartTip}`)!;
    const pointer = (type: string, x: number) => {
      const e = new PointerEvent(type, { bubbles: true });
      Object.defineProperty(e, 'offsetX', { value: x });
      readout.el.dispatchEvent(e);
    };
    return { chart, life, readout, history, tip, pointer };
  }

  it('wraps the chart and shows nothing until the pointer comes', () => {
    const { readout, chart, tip } = setup();
    expect(chart.el.parentElement).toBe(readout.el);
    expect(tip.classList.contains(CLASS.hidden)).toBe(true);
  });

  it('the pointer shows the epoch and both losses of the nearest point, and leaving hides them', () => {
    const { tip, pointer, readout } = setup();
    pointer('pointerenter', 30);
    expect(tip.classList.contains(CLASS.hidden)).toBe(false);
    expect(tip.textContent).toBe('Epoch 1Test loss 0.500Training loss 0.400');
    pointer('pointermove', 99);
    expect(tip.textContent).toBe('Epoch 4Test loss 0.300Training loss 0.100');
    const guide = readout.el.querySelector(`.${CLASS.chartGuide}`) as HTMLElement;
    expect(guide.style.left).toBe('100px');
    pointer('pointerleave', 99);
    expect(tip.classList.contains(CLASS.hidden)).toBe(true);
  });

  it('follows new epochs while shown, without redrawing the chart lines', () => {
    const { tip, pointer, readout, chart, history } = setup();
    const line = chart.el.querySelector('polyline')!;
    const drawn = line.getAttribute('points');
    pointer('pointermove', 100);
    const longer = { epochs: [...history.epochs, 5], train: [...history.train, 0.05], test: [...history.test, 0.25], length: 6 };
    readout.update(longer);
    expect(tip.textContent).toContain('Epoch 5');
    expect(line.getAttribute('points')).toBe(drawn); // only chart.draw writes the lines
  });

  it('is a focusable slider: arrow keys, Home and End move the readout', () => {
    const { tip, readout } = setup();
    const el = readout.el;
    expect(el.getAttribute('tabindex')).toBe('0');
    expect(el.getAttribute('role')).toBe('slider');
    el.dispatchEvent(new FocusEvent('focus'));
    expect(tip.textContent).toContain('Epoch 4');
    const key = (k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key('ArrowLeft');
    key('ArrowLeft');
    expect(tip.textContent).toContain('Epoch 2');
    expect(el.getAttribute('aria-valuenow')).toBe('2');
    expect(el.getAttribute('aria-valuetext')).toBe('Epoch 2: Test loss 0.400, Training loss 0.300');
    key('Home');
    expect(el.getAttribute('aria-valuenow')).toBe('0');
    key('End');
    expect(el.getAttribute('aria-valuemax')).toBe('4');
    expect(el.getAttribute('aria-valuenow')).toBe('4');
    key('Escape');
    expect(tip.classList.contains(CLASS.hidden)).toBe(true);
  });

  it('stops listening when its lifecycle is disposed', () => {
    const { tip, pointer, life } = setup();
    life.dispose();
    pointer('pointermove', 50);
    expect(tip.classList.contains(CLASS.hidden)).toBe(true);
  });
});
