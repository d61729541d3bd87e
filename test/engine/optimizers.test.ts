import { describe, expect, it } from 'vitest';
import { Network, type InitName, type OptimizerName } from '../../src/engine/network';
import { seededRandom } from '../../src/engine/random';
import { createTrainer } from '../../src/trainer';

function net(optimizer: OptimizerName, init: InitName = 'uniform', sizes = [2, 3, 1]) {
  return new Network({ sizes, activation: 'tanh', outputActivation: 'linear', regularization: 'none', initZero: false, optimizer, init }, seededRandom('opt'));
}

describe('optimizers', () => {
  it('momentum keeps a velocity: v = 0.9 v + g, w -= lr v', () => {
    const n = net('momentum');
    const w0 = n.weight[0];
    n.forward([1, -1]); n.backward(0.5);
    const g1 = n.weightAcc[0];
    n.update(0.1, 0);
    expect(n.weight[0]).toBeCloseTo(w0 - 0.1 * g1, 14);
    const w1 = n.weight[0];
    n.forward([1, -1]); n.backward(0.5);
    const g2 = n.weightAcc[0];
    n.update(0.1, 0);
    expect(n.weight[0]).toBeCloseTo(w1 - 0.1 * (0.9 * g1 + g2), 14);
  });

  it('adam takes bias-corrected steps of about the learning rate at first', () => {
    const n = net('adam');
    const before = Float64Array.from(n.weight);
    n.forward([1, -1]); n.backward(0.5);
    const g = Float64Array.from(n.weightAcc);
    n.update(0.01, 0);
    for (let k = 0; k < n.weightCount; k++) {
      // First step: m̂ = g, v̂ = g², so the step is lr * g / (|g| + eps).
      const expected = g[k] === 0 ? 0 : (0.01 * g[k]) / (Math.abs(g[k]) + 1e-8);
      expect(before[k] - n.weight[k]).toBeCloseTo(expected, 12);
    }
  });

  it('sgd is the default and the original rule, untouched', () => {
    const a = net('sgd');
    const b = new Network({ sizes: [2, 3, 1], activation: 'tanh', outputActivation: 'linear', regularization: 'none', initZero: false }, seededRandom('opt'));
    for (const x of [[1, 2], [-1, 0.5], [0.3, -2]]) {
      a.forward(x); a.backward(1); b.forward(x); b.backward(1);
    }
    a.update(0.2, 0); b.update(0.2, 0);
    expect(Array.from(a.weight)).toEqual(Array.from(b.weight));
  });

  it('Adam learns the spiral (all features, 8,8,8) to test loss < 0.05 in fewer epochs than SGD', () => {
    const config = { seed: '0.33333', dataset: 'spiral', networkShape: [8, 8, 8], xSquared: true, ySquared: true, xTimesY: true, sinX: true, sinY: true } as const;
    const epochsTo = (t: ReturnType<typeof createTrainer>, limit: number) => {
      for (let e = 1; e <= limit; e++) if (t.step(1).testLoss < 0.05) return e;
      return Infinity;
    };
    const adam = epochsTo(createTrainer({ ...config, optimizer: 'adam', learningRate: 0.01 }), 300);
    expect(adam).toBeLessThanOrEqual(300);
    const sgd = epochsTo(createTrainer({ ...config }), adam);
    expect(sgd).toBeGreaterThan(adam);
  });
});

describe('initialisation', () => {
  it('xavier and he draw one number per link (the stream stays aligned) within their ranges', () => {
    for (const [init, half] of [['xavier', (i: number, o: number) => Math.sqrt(6 / (i + o))], ['he', (i: number) => Math.sqrt(6 / i)]] as const) {
      const r = seededRandom('init');
      const n = new Network({ sizes: [7, 8, 8, 1], activation: 'relu', outputActivation: 'tanh', regularization: 'none', initZero: false, init }, r);
      const ref = seededRandom('init');
      for (let k = 0; k < n.weightCount; k++) ref();
      expect(r()).toBe(ref());
      for (let l = 1; l < 4; l++) {
        const limit = half(n.sizes[l - 1], n.sizes[l]);
        for (let k = n.weightStart[l]; k < n.weightStart[l] + n.sizes[l] * n.sizes[l - 1]; k++) expect(Math.abs(n.weight[k])).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('uniform is the original r - 0.5 and the default', () => {
    const a = net('sgd', 'uniform');
    const r = seededRandom('opt');
    expect(Array.from(a.weight)).toEqual(Array.from({ length: 9 }, () => r() - 0.5));
  });
});
