import { describe, expect, it } from 'vitest';
import { createTrainer } from '../src/trainer';
import { ConfigError, DEFAULT_CONFIG } from '../src/config/schema';
import { serializeConfig } from '../src/config/url';

function rel(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

const GOLDEN = {
  circle: {
    point: [-1.4976838549984064, -0.23144231992753625, 1],
    weights: [0.0370239, -0.232348],
    losses: { 0: [0.517992571403, 0.520793720102], 1: [0.508238155861, 0.510718088788], 10: [0.466371576695, 0.466758275697], 100: [0.0086896161326, 0.0113361262096] },
  },
  'reg-plane': {
    point: [1.3257363964191304, 3.673264546176707, 0.4999000942595839],
    weights: [0.366589, -0.0283544],
    losses: { 0: [0.155272811184, 0.174081377695], 1: [0.0526720070716, 0.0642291184127], 10: [0.00457892644017, 0.00641486050835], 100: [0.000471662510465, 0.000660893745371] },
  },
} as const;

describe('trainer golden values (seed 0.11111, original engine)', () => {
  for (const [dataset, g] of Object.entries(GOLDEN)) {
    it(`${dataset}: first training point, initial weights and losses at epochs 0, 1, 10, 100 match the original to 1e-12`, () => {
      const url = dataset === 'circle' ? '#seed=0.11111&dataset=circle' : '#seed=0.11111&problem=regression&regDataset=reg-plane';
      const t = createTrainer(url);
      const p = t.trainPoints[0];
      expect([p.x, p.y, p.label]).toEqual(g.point);
      const w = t.getWeights().layers[0].weights[0];
      expect(w[0]).toBeCloseTo(g.weights[0], 6);
      expect(w[1]).toBeCloseTo(g.weights[1], 6);
      for (const [epoch, [train, test]] of Object.entries(g.losses)) {
        t.step(Number(epoch) - t.epoch);
        expect(t.epoch).toBe(Number(epoch));
        // Golden values are printed with 12 significant digits.
        expect(rel(t.trainLoss, train)).toBeLessThan(1e-11);
        expect(rel(t.testLoss, test)).toBeLessThan(1e-11);
      }
    });
  }

  it('reg-plane and reg-gauss share points and initial weights; only labels differ', () => {
    const a = createTrainer('seed=0.11111&problem=regression&regDataset=reg-plane');
    const b = createTrainer('seed=0.11111&problem=regression&regDataset=reg-gauss');
    expect(a.trainPoints.map((p) => [p.x, p.y])).toEqual(b.trainPoints.map((p) => [p.x, p.y]));
    expect(a.getWeights()).toEqual(b.getWeights());
    expect(a.trainPoints.map((p) => p.label)).not.toEqual(b.trainPoints.map((p) => p.label));
  });
});

// Original min-max of test loss over five seeds (reference figures, section a).
const BANDS: Record<string, Record<number, [number, number]>> = {
  circle: { 100: [0.0081, 0.017], 300: [0.0019, 0.0052] },
  xor: { 100: [0.017, 0.053], 300: [0.0058, 0.032] },
  gauss: { 100: [0.00049, 0.00057], 300: [0.00016, 0.00018] },
  spiral: { 100: [0.474, 0.491], 300: [0.473, 0.495] },
  'reg-plane': { 100: [0.00038, 0.00066], 300: [0.00012, 0.00023] },
  'reg-gauss': { 100: [0.019, 0.024], 300: [0.017, 0.022] },
};
const SEEDS = ['0.11111', '0.22222', '0.33333', '0.44444', '0.55555'];

describe('learning bands', () => {
  for (const [dataset, bands] of Object.entries(BANDS)) {
    it(`${dataset}: median test loss over five seeds at epochs 100 and 300 lies in the original's range`, () => {
      const reg = dataset.startsWith('reg');
      const trainers = SEEDS.map((seed) => createTrainer(reg ? { seed, problem: 'regression', regDataset: dataset as 'reg-plane' } : { seed, dataset: dataset as 'circle' }));
      for (const epoch of [100, 300]) {
        const losses = trainers.map((t) => (t.step(epoch - t.epoch), t.testLoss)).sort((a, b) => a - b);
        const median = losses[2];
        const [lo, hi] = bands[epoch];
        expect(median).toBeGreaterThanOrEqual(lo * 0.999);
        expect(median).toBeLessThanOrEqual(hi * 1.001);
      }
    });
  }
});

describe('trainer', () => {
  it('a fresh trainer without a seed draws one with five decimals and the same config reproduces it', () => {
    const t = createTrainer();
    expect(t.config.seed).toMatch(/^0\.\d{5}$/);
    const again = createTrainer(serializeConfig(t.config));
    expect(again.getWeights()).toEqual(t.getWeights());
    expect(again.trainPoints).toEqual(t.trainPoints);
  });

  it('reset() returns to exactly what the URL reproduces (fixes the original quirk 1)', () => {
    const t = createTrainer({ seed: 'abc' });
    const initial = t.getWeights();
    t.step(20);
    t.reset();
    expect(t.epoch).toBe(0);
    expect(t.getWeights()).toEqual(initial);
    t.reset();
    expect(t.getWeights()).toEqual(initial);
  });

  it('regenerate() draws a new seed, new data, and keeps the network and epoch (quirk 3 kept)', () => {
    const t = createTrainer({ seed: '0.11111' });
    t.step(5);
    const w = t.getWeights();
    const points = t.trainPoints;
    t.regenerate();
    expect(t.config.seed).toBe('0.' + t.config.seed.slice(2)); // five decimals
    expect(t.config.seed).not.toBe('0.11111');
    expect(t.getWeights()).toEqual(w);
    expect(t.epoch).toBe(5);
    expect(t.trainPoints).not.toEqual(points);
    // The new seed alone reproduces the new data.
    expect(createTrainer({ seed: t.config.seed }).trainPoints).toEqual(t.trainPoints);
  });

  it('setConfig({learningRate}) keeps the current weights and epoch', () => {
    const t = createTrainer({ seed: 's' });
    t.step(3);
    const w = t.getWeights();
    const change = t.setConfig({ learningRate: 0.1 });
    expect(change).toEqual({ changed: ['learningRate'], effect: 'live' });
    expect(t.getWeights()).toEqual(w);
    expect(t.epoch).toBe(3);
  });

  it('setConfig({regularizationRate}) applies live too (our change 5)', () => {
    const t = createTrainer({ seed: 's', regularization: 'L2' });
    t.step(3);
    expect(t.setConfig({ regularizationRate: 0.01 }).effect).toBe('live');
    expect(t.epoch).toBe(3);
  });

  it('setConfig({activation}) rebuilds the network from the seed; data stays', () => {
    const t = createTrainer({ seed: 's' });
    const points = t.trainPoints;
    t.step(3);
    expect(t.setConfig({ activation: 'relu' }).effect).toBe('reset');
    expect(t.epoch).toBe(0);
    expect(t.trainPoints).toEqual(points);
    expect(t.getWeights()).toEqual(createTrainer({ seed: 's', activation: 'relu' }).getWeights());
  });

  it('setConfig({dataset}) draws a new seed and makes new data', () => {
    const t = createTrainer({ seed: 's' });
    const change = t.setConfig({ dataset: 'xor' });
    expect(change.effect).toBe('regenerate');
    expect(change.changed).toContain('seed');
    expect(t.config.seed).not.toBe('s');
    expect(t.trainPoints).toEqual(createTrainer({ seed: t.config.seed, dataset: 'xor' }).trainPoints);
  });

  it('setConfig with an explicit seed uses that seed', () => {
    const t = createTrainer({ seed: 's' });
    t.setConfig({ dataset: 'xor', seed: 'mine' });
    expect(t.config.seed).toBe('mine');
  });

  it('setConfig keeps a seed named in the patch even when it equals the current one', () => {
    const t = createTrainer({ seed: 'abc' });
    t.setConfig({ dataset: 'xor', seed: 'abc' });
    expect(t.config.seed).toBe('abc');
    t.setConfig('dataset=gauss&seed=abc');
    expect(t.config.seed).toBe('abc');
    expect(t.trainPoints).toEqual(createTrainer({ seed: 'abc', dataset: 'gauss' }).trainPoints);
  });

  it('setConfig accepts the URL form as a patch', () => {
    const t = createTrainer({ seed: 's' });
    t.setConfig('#networkShape=3&activation=relu');
    expect(t.config.networkShape).toEqual([3]);
    expect(t.config.activation).toBe('relu');
    expect(t.config.seed).toBe('s');
  });

  it('a bad setConfig throws ConfigError naming the field and changes nothing', () => {
    const t = createTrainer({ seed: 's' });
    t.step(2);
    const before = { cfg: t.config, w: t.getWeights(), e: t.epoch };
    expect(() => t.setConfig({ batchSize: -1 })).toThrow(ConfigError);
    expect(() => t.setConfig({ batchSize: -1 })).toThrow(/batchSize/);
    expect(() => t.setConfig({ learningRate: 0.03, activation: 'softmax' as 'relu' })).toThrow(/activation/);
    expect(t.config).toEqual(before.cfg);
    expect(t.getWeights()).toEqual(before.w);
    expect(t.epoch).toBe(before.e);
  });

  it('left-over points of an epoch spill into the next epoch (quirk 2 kept)', () => {
    // 250 training points, batch 30: 8 updates, 10 points carried over.
    const t = createTrainer({ seed: 'q', batchSize: 30 });
    t.step(1);
    expect(t.network.pending).toBe(10);
    // Next epoch: the first update (after 30 more points) averages all 40, then 7 more; 10 left again.
    const net = t.network;
    let firstUpdateCount = 0;
    const update = net.update.bind(net);
    net.update = (lr, rr) => {
      if (firstUpdateCount === 0) firstUpdateCount = net.pending;
      update(lr, rr);
    };
    t.step(1);
    expect(firstUpdateCount).toBe(40);
    expect(t.network.pending).toBe(10);
  });

  it('feature flags and their _hide flags pick the inputs', () => {
    const t = createTrainer({ seed: 's', xSquared: true, sinY: true, y_hide: true });
    expect(t.inputs).toEqual(['x', 'xSquared', 'sinY']);
    expect(t.getWeights().inputs).toEqual(['x', 'xSquared', 'sinY']);
  });

  it('predict() equals the output the loss is computed from', () => {
    const t = createTrainer({ seed: 's' });
    t.step(10);
    const p = t.trainPoints[0];
    const out = t.predict(p.x, p.y);
    expect(out).toBeGreaterThan(-1);
    expect(out).toBeLessThan(1);
    const mse = t.trainPoints.reduce((s, q) => s + 0.5 * (t.predict(q.x, q.y) - q.label) ** 2, 0) / t.trainPoints.length;
    expect(mse).toBeCloseTo(t.trainLoss, 14);
  });

  it('getWeights/setWeights round-trip through JSON and set exactly those values', () => {
    const a = createTrainer({ seed: 'a' });
    a.step(30);
    const b = createTrainer({ seed: 'a' });
    b.setWeights(JSON.parse(JSON.stringify(a.getWeights())));
    expect(b.getWeights()).toEqual(a.getWeights());
    expect(b.trainLoss).toBe(a.trainLoss);
    expect(b.predict(1, 2)).toBe(a.predict(1, 2));
  });

  it('setWeights rejects a wrong shape or a non-finite value with a ConfigError and changes nothing', () => {
    const t = createTrainer({ seed: 'a' });
    const w = t.getWeights();
    const bad1 = { ...w, inputs: ['x'] };
    const bad2 = JSON.parse(JSON.stringify(w));
    bad2.layers[1].weights[0][1] = NaN;
    const bad3 = JSON.parse(JSON.stringify(w));
    bad3.layers.pop();
    for (const bad of [bad1, bad2, bad3, null]) expect(() => t.setWeights(bad as never)).toThrow(ConfigError);
    expect(() => t.setWeights(bad2)).toThrow(/weights\.layers\[1\]\.weights\[0\]\[1\]/);
    expect(t.getWeights()).toEqual(w);
  });

  it('getState/setState restore config, weights and epoch in another trainer', () => {
    const a = createTrainer({ seed: 'st', dataset: 'xor', networkShape: [3] });
    a.step(12);
    const state = JSON.parse(JSON.stringify(a.getState()));
    const b = createTrainer();
    b.setState(state);
    expect(b.epoch).toBe(12);
    expect(b.config).toEqual(a.config);
    expect(b.getWeights()).toEqual(a.getWeights());
    expect(b.testLoss).toBe(a.testLoss);
    a.step(5);
    b.step(5);
    expect(b.getWeights()).toEqual(a.getWeights());
  });

  it('gridOutputs() covers [-6, 6]² with row 0 at the top and matches predict()', () => {
    const t = createTrainer({ seed: 'g', networkShape: [5, 3] });
    t.step(20);
    const g = t.gridOutputs();
    expect(g.density).toBe(100);
    expect(g.nodes).toHaveLength(5 + 3 + 1);
    expect(g.output).toBe(g.nodes[8]);
    // column i: x = -6 + 12 i/99; row j: y = 6 - 12 j/99
    for (const [i, j] of [[0, 0], [99, 0], [0, 99], [50, 37], [99, 99]]) {
      const x = -6 + (12 * i) / 99;
      const y = 6 - (12 * j) / 99;
      expect(Math.abs(g.output[j * 100 + i] - t.predict(x, y))).toBeLessThan(1e-5);
      expect(g.features.x[j * 100 + i]).toBeCloseTo(x, 12);
      expect(g.features.y[j * 100 + i]).toBeCloseTo(y, 12);
    }
    expect(t.gridOutputs()).toBe(g); // buffers are reused
  });

  it('step rejects a negative or fractional epoch count', () => {
    const t = createTrainer({ seed: 'g' });
    expect(() => t.step(-1)).toThrow(ConfigError);
    expect(() => t.step(1.5)).toThrow(ConfigError);
  });

  it('accuracy is the share of test points with the right sign, NaN for regression', () => {
    const t = createTrainer({ seed: '0.11111', dataset: 'gauss' });
    t.step(20);
    expect(t.accuracy).toBe(1);
    expect(createTrainer({ seed: 'r', problem: 'regression' }).accuracy).toBeNaN();
  });

  it('DEFAULT_CONFIG is untouched by trainers', () => {
    const copy = JSON.stringify(DEFAULT_CONFIG);
    const t = createTrainer({ seed: 'x' });
    t.setConfig({ networkShape: [1, 2, 3] });
    expect(JSON.stringify(DEFAULT_CONFIG)).toBe(copy);
  });
});
