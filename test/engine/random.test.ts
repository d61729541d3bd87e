import { describe, expect, it } from 'vitest';
import { drawSeed, seededRandom } from '../../src/engine/random';

describe('seededRandom', () => {
  it('reproduces the original stream for seed "0.11111"', () => {
    const r = seededRandom('0.11111');
    expect([r(), r(), r()]).toEqual([0.9530112901295553, 0.5643844180881855, 0.8621484976923932]);
  });

  it('gives the same draws for the same seed and different ones for another seed', () => {
    const a = seededRandom('hello');
    const b = seededRandom('hello');
    const c = seededRandom('hellp');
    const da = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(da);
    expect(Array.from({ length: 50 }, c)).not.toEqual(da);
  });

  it('draws stay in [0, 1), average one half and use more than 32 bits', () => {
    const r = seededRandom('0.22222');
    let sum = 0;
    let fractional = 0;
    for (let i = 0; i < 20000; i++) {
      const v = r();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      sum += v;
      // A 52-bit double times 2^52 is an integer; a 32-bit one would be too, so
      // check that low bits are used: v * 2^32 is rarely whole.
      if (!Number.isInteger(v * 2 ** 32)) fractional++;
    }
    expect(sum / 20000).toBeGreaterThan(0.49);
    expect(sum / 20000).toBeLessThan(0.51);
    expect(fractional).toBeGreaterThan(19900);
  });

  it('treats an empty seed like a key of one zero byte, as ARC4 does', () => {
    const empty = seededRandom('');
    const zero = seededRandom('\u0000');
    expect(Array.from({ length: 10 }, empty)).toEqual(Array.from({ length: 10 }, zero));
  });

  it('uses every character of a long seed (keys wrap at 256 bytes)', () => {
    const long = 'x'.repeat(300);
    const a = Array.from({ length: 5 }, seededRandom(long));
    const b = Array.from({ length: 5 }, seededRandom(long + 'y'));
    expect(a).not.toEqual(b);
  });

  it('drawSeed prints a draw with exactly five decimals', () => {
    const r = seededRandom('0.11111');
    expect(drawSeed(r)).toBe('0.95301');
    expect(drawSeed(r)).toMatch(/^0\.\d{5}$/);
  });
});
