import { describe, expect, it } from 'vitest';
import { createPalette } from '../../src/views/colors';
import { dataToPixel, inDomain, paintValues, pointsToPixels, HEATMAP_ALPHA } from '../../src/views/heatmap';

const palette = createPalette();
const rgb = (out: Uint8ClampedArray, i: number) => Array.from(out.subarray(4 * i, 4 * i + 4));

describe('paintValues', () => {
  it('writes the quantised colour of each value with alpha 160 by default', () => {
    const out = new Uint8ClampedArray(3 * 4);
    paintValues([-1, 0, 1], palette, out);
    expect(rgb(out, 0)).toEqual([0xf5, 0x93, 0x22, HEATMAP_ALPHA]);
    expect(rgb(out, 1)).toEqual([0xe8, 0xea, 0xeb, 160]);
    expect(rgb(out, 2)).toEqual([0x08, 0x77, 0xbd, 160]);
  });

  it('uses the same bins as the palette for values in between', () => {
    const values = [-0.7, -0.03, 0.04, 0.5, 3];
    const out = new Uint8ClampedArray(values.length * 4);
    paintValues(values, palette, out);
    values.forEach((v, i) => {
      const hex = '#' + rgb(out, i).slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('');
      expect(hex).toBe(palette.quantised(v));
    });
  });

  it('paints NaN black with the same alpha, so it reads as dark grey', () => {
    const out = new Uint8ClampedArray(4);
    paintValues([NaN], palette, out);
    expect(rgb(out, 0)).toEqual([0, 0, 0, 160]);
  });

  it('says whether any pixel changed, so an unchanged picture is not uploaded again', () => {
    const out = new Uint8ClampedArray(3 * 4);
    expect(paintValues([-1, 0, 1], palette, out)).toBe(true);
    expect(paintValues([-0.99, 0.01, 0.99], palette, out)).toBe(false); // same bins
    expect(paintValues([-0.99, 0.2, 0.99], palette, out)).toBe(true);
    expect(rgb(out, 1)).toEqual([...palette.table.subarray(3 * palette.bin(0.2), 3 * palette.bin(0.2) + 3), 160]);
    expect(paintValues([-0.99, 0.2, 0.99], palette, out, { alpha: 255 })).toBe(true);
  });

  it('takes a custom alpha', () => {
    const out = new Uint8ClampedArray(4);
    paintValues([0], palette, out, { alpha: 255 });
    expect(out[3]).toBe(255);
  });

  it('discretize turns values >= 0 into the blue end and < 0 into the orange end; NaN stays black', () => {
    const out = new Uint8ClampedArray(4 * 4);
    paintValues([0, 0.01, -0.01, NaN], palette, out, { discretize: true });
    expect(rgb(out, 0)).toEqual([0x08, 0x77, 0xbd, 160]);
    expect(rgb(out, 1)).toEqual([0x08, 0x77, 0xbd, 160]);
    expect(rgb(out, 2)).toEqual([0xf5, 0x93, 0x22, 160]);
    expect(rgb(out, 3)).toEqual([0, 0, 0, 160]);
  });

  it('never writes past the end of the pixel buffer', () => {
    const out = new Uint8ClampedArray(8);
    expect(() => paintValues([1, 1, 1, 1], palette, out)).not.toThrow();
    expect(out.length).toBe(8);
  });

  it('reads typed arrays', () => {
    const out = new Uint8ClampedArray(8);
    paintValues(new Float64Array([1, -1]), palette, out);
    expect(rgb(out, 1)).toEqual([0xf5, 0x93, 0x22, 160]);
  });
});

describe('dataToPixel', () => {
  it('maps the corners of [-6, 6]^2 with +y up', () => {
    expect(dataToPixel(-6, 6, 100)).toEqual([0, 0]);
    expect(dataToPixel(6, 6, 100)).toEqual([100, 0]);
    expect(dataToPixel(-6, -6, 100)).toEqual([0, 100]);
    expect(dataToPixel(6, -6, 100)).toEqual([100, 100]);
    expect(dataToPixel(0, 0, 260)).toEqual([130, 130]);
  });

  it('pointsToPixels packs x, y and gives NaN for points off the plane', () => {
    const px = pointsToPixels([{ x: 0, y: 3 }, { x: 7, y: 0 }], 120);
    expect(Array.from(px.subarray(0, 2))).toEqual([60, 30]);
    expect(px[2]).toBeNaN();
    expect(px[3]).toBeNaN();
    expect(inDomain(6, -6)).toBe(true);
    expect(inDomain(-6.01, 0)).toBe(false);
  });
});
