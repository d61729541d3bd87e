import { describe, expect, it } from 'vitest';
import { CLASSIFY_DATASETS, GENERATORS, REGRESS_DATASETS, shuffle, type DatasetName } from '../../src/data/datasets';
import { FEATURES } from '../../src/data/features';
import { seededRandom } from '../../src/engine/random';

/** Counts the draws a generator takes. */
function countDraws(name: DatasetName, n: number, noise: number): number {
  const r = seededRandom('count');
  let draws = 0;
  GENERATORS[name](n, noise, () => (draws++, r()));
  return draws;
}

describe('datasets', () => {
  it('make 500 classification points labelled +1 or -1, half of each for circle, gauss, spiral and moons', () => {
    for (const name of CLASSIFY_DATASETS) {
      const pts = GENERATORS[name](500, 0, seededRandom('a'));
      expect(pts).toHaveLength(500);
      for (const p of pts) expect([1, -1]).toContain(p.label);
      if (['circle', 'gauss', 'spiral', 'moons'].includes(name)) expect(pts.filter((p) => p.label === 1)).toHaveLength(250);
    }
  });

  it('circle puts +1 inside radius 2.5 and -1 in the ring 3.5..5 at zero noise', () => {
    for (const p of GENERATORS.circle(500, 0, seededRandom('c'))) {
      const d = Math.hypot(p.x, p.y);
      if (p.label === 1) expect(d).toBeLessThan(2.5);
      else { expect(d).toBeGreaterThanOrEqual(3.5 - 1e-12); expect(d).toBeLessThanOrEqual(5 + 1e-12); }
    }
  });

  it('xor keeps points 0.3 away from the axes and labels by the sign of x*y', () => {
    for (const p of GENERATORS.xor(500, 0, seededRandom('x'))) {
      expect(Math.abs(p.x)).toBeGreaterThanOrEqual(0.3);
      expect(Math.abs(p.y)).toBeGreaterThanOrEqual(0.3);
      expect(p.label).toBe(p.x * p.y >= 0 ? 1 : -1);
    }
  });

  it('noise flips labels but leaves points in place for circle, xor and the regressions', () => {
    for (const name of ['circle', 'xor', 'reg-plane', 'reg-gauss'] as const) {
      const n = name.startsWith('reg') ? 1200 : 500;
      const clean = GENERATORS[name](n, 0, seededRandom('n'));
      const noisy = GENERATORS[name](n, 0.5, seededRandom('n'));
      expect(noisy.map((p) => [p.x, p.y])).toEqual(clean.map((p) => [p.x, p.y]));
      expect(noisy.map((p) => p.label)).not.toEqual(clean.map((p) => p.label));
    }
  });

  it('noise moves gauss and spiral points, and never flips their labels', () => {
    for (const name of ['gauss', 'spiral'] as const) {
      const clean = GENERATORS[name](500, 0, seededRandom('m'));
      const noisy = GENERATORS[name](500, 0.5, seededRandom('m'));
      expect(noisy.map((p) => p.label)).toEqual(clean.map((p) => p.label));
      expect(noisy.map((p) => p.x)).not.toEqual(clean.map((p) => p.x));
    }
  });

  it('spiral points lie on two arms of radius 5*i/250 at zero noise', () => {
    const pts = GENERATORS.spiral(500, 0, seededRandom('s'));
    pts.forEach((p, k) => expect(Math.hypot(p.x, p.y)).toBeCloseTo(((k % 250) / 250) * 5, 12));
  });

  it('reg-plane labels are (x+y)/10 at zero noise', () => {
    for (const p of GENERATORS['reg-plane'](1200, 0, seededRandom('p'))) expect(p.label).toBeCloseTo((p.x + p.y) / 10, 14);
  });

  it('reg-gauss labels are the strongest bump: 1 at a centre, 0 beyond distance 2', () => {
    const pts = GENERATORS['reg-gauss'](1200, 0, seededRandom('g'));
    for (const p of pts) {
      expect(Math.abs(p.label)).toBeLessThanOrEqual(1);
      const centres = [[-4, 2.5], [0, 2.5], [4, 2.5], [-4, -2.5], [0, -2.5], [4, -2.5]];
      const nearest = Math.min(...centres.map(([cx, cy]) => Math.hypot(p.x - cx, p.y - cy)));
      expect(Math.abs(p.label)).toBeCloseTo(Math.max(0, 1 - nearest / 2), 12);
    }
  });

  it('draw counts never depend on the noise level (noise does not shift the stream)', () => {
    for (const name of [...CLASSIFY_DATASETS.filter((n) => n !== 'gauss'), ...REGRESS_DATASETS]) {
      const n = name.startsWith('reg') ? 1200 : 500;
      expect(countDraws(name, n, 0)).toBe(countDraws(name, n, 0.3));
    }
    expect(countDraws('circle', 500, 0)).toBe(2000);
    expect(countDraws('spiral', 500, 0)).toBe(1000);
  });

  it('shuffle is Fisher-Yates from the end with one draw per item', () => {
    const items = [0, 1, 2, 3, 4];
    const draws = [0.5, 0.99, 0, 0.6, 0.1];
    let k = 0;
    shuffle(items, () => draws[k++]);
    // k=5: j=2 swap 4,2 -> [0,1,4,3,2]; k=4: j=3 swap 3,3; k=3: j=0 swap 2,0 -> [4,1,0,3,2]; k=2: j=1 swap 1,1; k=1: j=0
    expect(items).toEqual([4, 1, 0, 3, 2]);
    expect(k).toBe(5);
  });
});

describe('features', () => {
  it('are the seven inputs in the original order with their formulas', () => {
    expect(FEATURES.map((f) => f.id)).toEqual(['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY']);
    expect(FEATURES.map((f) => f.fn(2, -3))).toEqual([2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)]);
  });
});

describe('our classification datasets', () => {
  it('moons: two half circles, half +1, noise moves points but keeps labels', () => {
    const clean = GENERATORS.moons(500, 0, seededRandom('m'));
    expect(clean.filter((p) => p.label === 1)).toHaveLength(250);
    for (const p of clean) {
      // Upper moon: (3cos t - 1.5, 3 sin t - 0.75); lower moon mirrored.
      const [cx, cy] = p.label === 1 ? [-1.5, -0.75] : [1.5, 0.75];
      expect(Math.hypot(p.x - cx, p.y - cy)).toBeCloseTo(3, 9);
    }
    const noisy = GENERATORS.moons(500, 0.5, seededRandom('m'));
    expect(noisy.map((p) => p.label)).toEqual(clean.map((p) => p.label));
    expect(noisy.map((p) => p.x)).not.toEqual(clean.map((p) => p.x));
  });

  it('checkerboard: 4x4 squares of 3, alternating labels; noise flips labels only', () => {
    const pts = GENERATORS.checkerboard(500, 0, seededRandom('c'));
    for (const p of pts) expect(p.label).toBe((Math.floor((p.x + 6) / 3) + Math.floor((p.y + 6) / 3)) % 2 === 0 ? 1 : -1);
    const noisy = GENERATORS.checkerboard(500, 0.5, seededRandom('c'));
    expect(noisy.map((p) => [p.x, p.y])).toEqual(pts.map((p) => [p.x, p.y]));
    expect(noisy.map((p) => p.label)).not.toEqual(pts.map((p) => p.label));
  });

  it('rings: +1 inside 1.5, -1 from 2.5 to 3.5, +1 from 4.5 to 5.5', () => {
    for (const p of GENERATORS.rings(600, 0, seededRandom('r'))) {
      const r = Math.hypot(p.x, p.y);
      expect(p.label).toBe(r < 2 ? 1 : r < 4 ? -1 : 1);
      expect(r < 1.5 + 1e-9 || (r >= 2.5 - 1e-9 && r <= 3.5 + 1e-9) || (r >= 4.5 - 1e-9 && r <= 5.5 + 1e-9)).toBe(true);
    }
  });

  it('are seeded: the same seed gives the same points', () => {
    for (const name of ['moons', 'checkerboard', 'rings'] as const) {
      expect(GENERATORS[name](500, 0.2, seededRandom('s'))).toEqual(GENERATORS[name](500, 0.2, seededRandom('s')));
    }
  });
});
