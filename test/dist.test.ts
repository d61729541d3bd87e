// The built ES module in plain Node: no DOM, no globals needed, same numbers.
import { describe, expect, it } from 'vitest';

describe('dist/nn-playground.mjs in plain Node', () => {
  it('imports without a DOM and without side effects, and trains like the source', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const before = Object.keys(globalThis).sort();
    // @ts-ignore: the bundle is built by `npm run build` (pretest) and has its own types
    const lib = await import('../dist/nn-playground.mjs');
    expect(Object.keys(globalThis).sort()).toEqual(before);
    const t = lib.createTrainer('#seed=0.11111&dataset=circle');
    expect(t.trainPoints[0]).toEqual({ x: -1.4976838549984064, y: -0.23144231992753625, label: 1 });
    t.step(10);
    expect(Math.abs(t.trainLoss - 0.466371576695) / 0.466371576695).toBeLessThan(1e-11);
    expect(lib.serializeConfig(lib.parseConfig('networkShape=')).includes('networkShape=&')).toBe(true);
    expect(() => lib.createTrainer({ batchSize: -1 })).toThrow(lib.ConfigError);
    // The widget entry points exist but need a DOM only when called.
    expect(typeof lib.createPlayground).toBe('function');
    expect(() => lib.defineElement()).not.toThrow();
  });
});
