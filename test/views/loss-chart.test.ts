import { describe, expect, it } from 'vitest';
import { lossChartCoords, toPointsAttr } from '../../src/views/loss-chart';

const hist = (train: number[], test: number[]) => ({ train, test, length: train.length });
const pairs = (c: number[]) => Array.from({ length: c.length / 2 }, (_, i) => [c[2 * i], c[2 * i + 1]]);

describe('lossChartCoords', () => {
  const box = { width: 102, height: 54, margin: 2 };

  it('spreads the points over the width and the values from max (top) to min (bottom)', () => {
    const c = lossChartCoords(hist([1, 0.5, 0], [1, 1, 1]), box);
    expect(pairs(c.train)).toEqual([[2, 2], [52, 27], [102, 52]]);
    expect(pairs(c.test)).toEqual([[2, 2], [52, 2], [102, 2]]);
  });

  it('scales both lines to the range of all values', () => {
    const c = lossChartCoords(hist([0.5, 0.5], [1, 0]), box);
    expect(pairs(c.train).map((p) => p[1])).toEqual([27, 27]);
  });

  it('skips NaN and Infinity without spoiling the scale', () => {
    const c = lossChartCoords(hist([1, NaN, Infinity, 0], [NaN, NaN, NaN, NaN]), box);
    expect(pairs(c.train)).toEqual([[2, 2], [102, 52]]);
    expect(c.test).toEqual([]);
    expect(c.train.every(Number.isFinite)).toBe(true);
  });

  it('draws one point, and equal values as a flat line through the middle', () => {
    expect(pairs(lossChartCoords(hist([0.3], [0.4]), box).train)).toEqual([[2, 52]]);
    expect(pairs(lossChartCoords(hist([0.3], [NaN]), box).train)).toEqual([[2, 27]]);
    const flat = lossChartCoords(hist([0.2, 0.2, 0.2], [0.2, 0.2, 0.2]), box);
    expect(pairs(flat.train).map((p) => p[1])).toEqual([27, 27, 27]);
  });

  it('an empty history gives no points', () => {
    expect(lossChartCoords(hist([], []), box)).toEqual({ train: [], test: [] });
  });

  it('a long history keeps at most two points per pixel column, extremes included', () => {
    const n = 100_000;
    const train = Array.from({ length: n }, (_, i) => Math.sin(i / 50) + 1);
    train[77_777] = 10; // a spike must survive the thinning
    const c = lossChartCoords(hist(train, train), box);
    expect(c.train.length / 2).toBeLessThanOrEqual(2 * 100);
    expect(Math.min(...pairs(c.train).map((p) => p[1]))).toBe(2);
    const xs = pairs(c.train).map((p) => p[0]);
    expect(xs[0]).toBe(2);
    expect(xs[xs.length - 1]).toBe(102);
  });

  it('toPointsAttr writes "x,y" pairs in whole hundredths', () => {
    expect(toPointsAttr([0, 1.23456, 10, 2])).toBe('0,123 1000,200');
    expect(toPointsAttr([-0.001, 0.005])).toBe('0,1');
    expect(toPointsAttr([])).toBe('');
  });

  it('scans long histories again and again with the same result (its scratch is reused, not shared)', () => {
    const a = hist([1, 0.5, 0, 0.25], [0.5, 0.5, 0.5, 0.5]);
    const first = lossChartCoords(a, box);
    lossChartCoords(hist(Array(5000).fill(3), Array(5000).fill(-3)), box);
    expect(lossChartCoords(a, box)).toEqual(first);
  });
});

describe('loss chart view', () => {
  it('writes the points attribute of the two polylines, in hundredths under a matching viewBox', async () => {
    const { Window } = await import('happy-dom');
    const win = new Window();
    const { createLossChart } = await import('../../src/views/loss-chart');
    const chart = createLossChart(win.document as unknown as Document);
    chart.draw(hist([1, 0], [0.5, 0.5]));
    const [train, test] = Array.from(chart.el.querySelectorAll('polyline'));
    expect(chart.el.getAttribute('viewBox')).toBe('0 0 20000 5500');
    expect(train.getAttribute('points')).toBe('200,200 20000,5300');
    expect(test.getAttribute('points')).toBe('200,2750 20000,2750');
    await win.happyDOM.close();
  });

  it('a history that did not change writes nothing; a new epoch, a cut or a reset redraws', async () => {
    const { Window } = await import('happy-dom');
    const win = new Window();
    const { createLossChart } = await import('../../src/views/loss-chart');
    const chart = createLossChart(win.document as unknown as Document);
    const [train] = Array.from(chart.el.querySelectorAll('polyline'));
    const writes: string[] = [];
    const set = train.setAttribute.bind(train);
    train.setAttribute = (name: string, value: string) => (writes.push(value), set(name, value));
    const h = { train: [0.5, 0.4, 0.3], test: [0.6, 0.5, 0.4], length: 3 };
    chart.draw(h);
    chart.draw(h);
    expect(writes).toHaveLength(1);
    h.train.push(0.2);
    h.test.push(0.3);
    h.length = 4;
    chart.draw(h);
    expect(writes).toHaveLength(2);
    chart.draw({ train: [0.9], test: [0.9], length: 1 }); // a reset
    expect(writes).toHaveLength(3);
    await win.happyDOM.close();
  });
});
