import { describe, expect, it } from 'vitest';
import { createPalette, lazyPalette, parseHex, SCALE_STEPS, stepOf } from '../../src/views/colors';

const REFERENCE = `#f59322 #f4992f #f39f3d #f2a44a #f2aa58 #f1b065 #f0b672 #efbc80 #eec18d
  #edc79b #eccda8 #ebd3b5 #ebd9c3 #eaded0 #e9e4de #e8eaeb #d9e2e8 #cadbe5
  #bbd3e2 #accbdf #9dc4dc #8ebcd9 #7fb4d6 #71add2 #62a5cf #539dcc #4496c9
  #358ec6 #2686c3 #177fc0 #0877bd`.split(/\s+/);

describe('palette', () => {
  const p = createPalette();

  it('the quantised scale has the original 31 colours', () => {
    expect(Array.from({ length: 31 }, (_, k) => p.quantised(-1 + (2 * k + 1) / 31))).toEqual(REFERENCE);
  });

  it('maps a value to bin floor((v+1)*31/2), clamped, and NaN to black', () => {
    expect(p.bin(-1)).toBe(0);
    expect(p.bin(1)).toBe(30);
    expect(p.bin(0)).toBe(15);
    expect(p.bin(0.0322)).toBe(15);
    expect(p.bin(0.033)).toBe(16);
    expect(p.bin(-7)).toBe(0);
    expect(p.bin(7)).toBe(30);
    expect(p.bin(NaN)).toBe(-1);
    expect(p.quantised(NaN)).toBe('#000000');
  });

  it('the continuous scale interpolates the three stops and clamps outside [-1, 1]', () => {
    expect(p.continuous(0.5)).toBe('#78b1d4');
    expect(p.continuous(-0.5)).toBe('#efbf87');
    expect(p.continuous(0)).toBe('#e8eaeb');
    expect(p.continuous(3)).toBe('#0877bd');
    expect(p.continuous(-3)).toBe('#f59322');
  });

  it('themes replace the stops, and a bad stop falls back to the default', () => {
    const t = createPalette({ negative: '#ff0000', zero: '#000', positive: 'javascript:alert(1)' });
    expect(t.continuous(-1)).toBe('#ff0000');
    expect(t.continuous(0)).toBe('#000000');
    expect(t.continuous(1)).toBe('#0877bd');
    expect(parseHex('red')).toBeNull();
  });

  it('the tabled scale equals the continuous scale at every step, and is within one unit between steps', () => {
    expect(p.scale).toHaveLength(2 * SCALE_STEPS + 2);
    for (let k = 0; k <= 2 * SCALE_STEPS; k++) {
      const v = k / SCALE_STEPS - 1;
      expect(stepOf(v)).toBe(k);
      expect(p.scale[k]).toBe(p.continuous(v));
      expect(Array.from(p.scaleRgb.subarray(3 * k, 3 * k + 3))).toEqual(parseHex(p.scale[k]));
    }
    for (let i = 0; i <= 2000; i++) {
      const v = -1.2 + (2.4 * i) / 2000;
      const tabled = parseHex(p.scale[stepOf(v)])!;
      const exact = parseHex(p.continuous(v))!;
      tabled.forEach((c, j) => expect(Math.abs(c - exact[j])).toBeLessThanOrEqual(1));
    }
  });

  it('the tabled scale clamps like the continuous one and keeps NaN black', () => {
    expect(p.scale[stepOf(7)]).toBe('#0877bd');
    expect(p.scale[stepOf(-7)]).toBe('#f59322');
    expect(p.scale[stepOf(NaN)]).toBe('#000000');
    expect(p.scale[stepOf(Infinity)]).toBe('#0877bd');
  });

  it('a lazy palette reads its stops on first use, once', () => {
    let reads = 0;
    const lazy = lazyPalette(() => (reads++, { positive: '#ff0000' }));
    expect(reads).toBe(0);
    expect(lazy.bin(0.5)).toBe(p.bin(0.5)); // bins need no colours
    expect(reads).toBe(0);
    expect(lazy.continuous(1)).toBe('#ff0000');
    expect(lazy.scale[stepOf(1)]).toBe('#ff0000');
    expect(lazy.quantised(-1)).toBe('#f59322');
    expect(reads).toBe(1);
  });
});


describe('theme colours in any form', () => {
  it('parseColor reads #rgb, #rrggbb and rgb()/rgba() as computed styles give them', async () => {
    const { parseColor } = await import('../../src/views/colors');
    expect(parseColor('#0f0')).toEqual([0, 255, 0]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30]);
    expect(parseColor('rgb(1 2 3)')).toEqual([1, 2, 3]);
    expect(parseColor('teal')).toBeNull();
    expect(createPalette({ positive: 'rgb(0, 128, 128)' }).continuous(1)).toBe('#008080');
  });
});
