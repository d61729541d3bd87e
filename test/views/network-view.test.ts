import { describe, expect, it } from 'vitest';
import { createPalette } from '../../src/views/colors';
import {
  MIN_PITCH, NODE, blockAverage, formatValue, layoutNetwork, linkEnds, linkOffset, linkPath, linkWidth,
  thumbnailPixels, type NetworkLayout,
} from '../../src/views/network-view';

/** Left edges of every column, features first, output last. */
function columnLefts(layout: NetworkLayout): number[] {
  return [layout.features[0]?.x ?? 65, ...layout.layers.slice(1).map((l) => l[0].x)].map((x) => x - NODE / 2);
}

describe('layoutNetwork', () => {
  const base = { width: 500, sizes: [2, 4, 2, 1], inputs: ['x', 'y'] as const, showAllFeatures: true };

  it('puts all seven features in the fixed order at 55k + 15 in the column centred at 65', () => {
    const layout = layoutNetwork({ ...base, inputs: ['x', 'y'] });
    expect(layout.features.map((f) => f.id)).toEqual(['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY']);
    layout.features.forEach((f, k) => expect(f).toMatchObject({ x: 65, y: 55 * k + 15 }));
    expect(layout.features.map((f) => f.enabled)).toEqual([true, true, false, false, false, false, false]);
  });

  it('spreads hidden layers like rangePoints with 0.7 outer padding between 118 and W - 30', () => {
    const layout = layoutNetwork({ ...base, inputs: ['x', 'y'] });
    const W = 500 - 30 - 3; // output column's left edge
    const step = (W - 30 - 118) / (2 - 1 + 0.7);
    expect(layout.layers[1][0].x).toBeCloseTo(118 + 0.35 * step + 15, 9);
    expect(layout.layers[2][0].x).toBeCloseTo(118 + 1.35 * step + 15, 9);
    expect(layout.layers[3]).toEqual([{ x: W + 15, y: 15 }]);
    expect(layout.layers[1].map((p) => p.y)).toEqual([15, 70, 125, 180]);
    expect(layout.width).toBe(500);
  });

  it('places a single hidden layer at the midpoint of its range', () => {
    const layout = layoutNetwork({ ...base, sizes: [2, 3, 1], inputs: ['x', 'y'] });
    expect(layout.layers[1][0].x).toBeCloseTo((118 + 437) / 2 + 15, 9);
  });

  it('links the enabled inputs to their feature slots', () => {
    const layout = layoutNetwork({ ...base, sizes: [2, 3, 1], inputs: ['y', 'sinX'] });
    expect(layout.layers[0]).toEqual([{ x: 65, y: 70 }, { x: 65, y: 55 * 5 + 15 }]);
  });

  it('draws only the enabled inputs when not showing all features', () => {
    const layout = layoutNetwork({ ...base, sizes: [2, 3, 1], inputs: ['y', 'sinX'], showAllFeatures: false });
    expect(layout.features.map((f) => [f.id, f.y])).toEqual([['y', 15], ['sinX', 70]]);
    expect(layout.height).toBe(3 * 55);
  });

  it('leaves out features hidden by a flag', () => {
    const layout = layoutNetwork({ ...base, shown: ['x', 'y', 'sinY'] });
    expect(layout.features.map((f) => f.id)).toEqual(['x', 'y', 'sinY']);
  });

  it('works with no hidden layers and no inputs', () => {
    const layout = layoutNetwork({ width: 400, sizes: [0, 1], inputs: [], showAllFeatures: false });
    expect(layout.features).toEqual([]);
    expect(layout.layers).toEqual([[], [{ x: 400 - 33 + 15, y: 15 }]]);
    expect(layout.height).toBe(55);
  });

  it('lays out only the feature column without a network', () => {
    const layout = layoutNetwork({ width: 600, sizes: [2], inputs: ['x', 'y'], showAllFeatures: true });
    expect(layout.layers).toEqual([]);
    expect(layout.features).toHaveLength(7);
    expect(layout.width).toBeLessThan(100);
  });

  it('is 55 × the longest column tall, plus the top offset', () => {
    const layout = layoutNetwork({ ...base, sizes: [2, 8, 3, 1], top: 44 });
    expect(layout.height).toBe(44 + 8 * 55);
    expect(layout.features[0].y).toBe(44 + 15);
    expect(layout.layers[1][7].y).toBe(44 + 7 * 55 + 15);
    expect(layoutNetwork({ ...base, maxRows: 9 }).height).toBe(9 * 55);
  });

  it('fits six hidden layers of eight into 360 px without overlapping columns', () => {
    const layout = layoutNetwork({ ...base, width: 360, sizes: [2, 8, 8, 8, 8, 8, 8, 1] });
    expect(layout.width).toBeLessThanOrEqual(360);
    const lefts = columnLefts(layout);
    expect(lefts).toHaveLength(8);
    for (let i = 1; i < lefts.length; i++) expect(lefts[i] - lefts[i - 1]).toBeGreaterThanOrEqual(MIN_PITCH);
    expect(layout.pitch).toBeGreaterThanOrEqual(MIN_PITCH);
  });

  it('never overlaps columns at any width from 280 to 1200 px', () => {
    for (let width = 280; width <= 1200; width += 20) {
      for (let hidden = 0; hidden <= 6; hidden++) {
        const sizes = [2, ...Array<number>(hidden).fill(8), 1];
        const layout = layoutNetwork({ ...base, width, sizes });
        const lefts = columnLefts(layout);
        for (let i = 1; i < lefts.length; i++) expect(lefts[i] - lefts[i - 1]).toBeGreaterThanOrEqual(MIN_PITCH);
        // Only a layout too wide for its width grows past it.
        if (layout.width > width) expect(lefts[1] - lefts[0]).toBeCloseTo(MIN_PITCH, 9);
      }
    }
  });
});

describe('links', () => {
  it('spreads the ends arriving at one node by ((j - (n-1)/2)/n) * 12', () => {
    expect(linkOffset(0, 1)).toBe(0);
    expect([0, 1].map((j) => linkOffset(j, 2))).toEqual([-3, 3]);
    expect([0, 1, 2].map((j) => linkOffset(j, 3))).toEqual([-4, 0, 4]);
  });

  it('runs from the source centre + 17 to the destination centre - 15', () => {
    expect(linkEnds({ x: 65, y: 15 }, { x: 200, y: 70 }, 1, 2)).toEqual([82, 15, 185, 73]);
  });

  it('is a cubic with both control points at the horizontal midpoint', () => {
    expect(linkPath(82, 15, 185, 73)).toBe('M82,15 C133.5,15 133.5,73 185,73');
  });

  it('is 1 to 10 px wide for |w| from 0 to 5, clamped', () => {
    expect(linkWidth(0)).toBe(1);
    expect(linkWidth(-2.5)).toBe(5.5);
    expect(linkWidth(5)).toBe(10);
    expect(linkWidth(-40)).toBe(10);
    expect(linkWidth(NaN)).toBe(1);
  });

  it('formats values with two significant digits', () => {
    expect(formatValue(0.1)).toBe('0.10');
    expect(formatValue(0.2345)).toBe('0.23');
    expect(formatValue(-1.26)).toBe('-1.3');
    expect(formatValue(123)).toBe('120');
    expect(formatValue(NaN)).toBe('NaN');
  });
});

describe('thumbnails', () => {
  it('averages blocks: a 4×4 grid into 2×2 by hand', () => {
    // prettier-ignore
    const values = Float64Array.from([
      1, 2, 3, 4,
      5, 6, 7, 8,
      9, 10, 11, 12,
      13, 14, 15, 16,
    ]);
    const out = new Float64Array(4);
    expect(Array.from(blockAverage(values, 4, 2, out))).toEqual([
      (1 + 2 + 5 + 6) / 4, (3 + 4 + 7 + 8) / 4,
      (9 + 10 + 13 + 14) / 4, (11 + 12 + 15 + 16) / 4,
    ]);
  });

  it('averages a 100×100 grid into 10×10 cells of 10×10 samples, row 0 on top', () => {
    const values = new Float64Array(100 * 100);
    for (let r = 0; r < 100; r++) for (let c = 0; c < 100; c++) values[r * 100 + c] = r + 1000 * c;
    const out = blockAverage(values, 100, 10, new Float64Array(100));
    expect(out[0]).toBeCloseTo(4.5 + 4500, 9);
    expect(out[3 * 10 + 7]).toBeCloseTo(34.5 + 74500, 9);
  });

  it('paints the averages through the quantised palette, discretized on request, NaN black', () => {
    const palette = createPalette();
    const values = new Float64Array(100 * 100).fill(0.2);
    values.fill(NaN, 0, 10); // one sample of the first cell
    const rgba = new Uint8ClampedArray(400);
    thumbnailPixels(values, 100, palette, false, new Float64Array(100), rgba);
    expect(Array.from(rgba.subarray(0, 4))).toEqual([0, 0, 0, 255]);
    const k = palette.bin(0.2) * 3;
    expect(Array.from(rgba.subarray(4, 8))).toEqual([palette.table[k], palette.table[k + 1], palette.table[k + 2], 255]);
    thumbnailPixels(values, 100, palette, true, new Float64Array(100), rgba);
    expect(Array.from(rgba.subarray(4, 7))).toEqual(Array.from(palette.table.subarray(90, 93)));
  });
});
