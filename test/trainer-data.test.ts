import { describe, expect, it } from 'vitest';
import { createTrainer, encodePoints } from '../src/trainer';
import { ConfigError } from '../src/config/schema';
import { serializeConfig, parseConfig } from '../src/config/url';
import { parseCsv } from '../src/data/csv';

const POINTS = [
  { x1: 1, x2: 1, label: 1 }, { x1: 2, x2: 1.5, label: 1 }, { x1: -1, x2: -1, label: -1 },
  { x1: -2.25, x2: -0.5, label: -1 }, { x1: 1.5, x2: 2.5, label: 1 }, { x1: -1.5, x2: -2, label: -1 },
];

describe('your own data', () => {
  it('setData trains on exactly those points, split by the seed, and getData returns them', () => {
    // Two clouds of 20 points, on either side of the diagonal.
    const clouds = Array.from({ length: 40 }, (_, i) => {
      const s = i < 20 ? 1 : -1;
      return { x1: s * (1 + (i % 5) * 0.5), x2: s * (1 + Math.floor((i % 20) / 5) * 0.5), label: s };
    });
    const t = createTrainer({ seed: 'd', batchSize: 1, learningRate: 0.1 });
    const change = t.setData(clouds);
    expect(change.changed).toContain('data');
    expect(t.epoch).toBe(0);
    expect(t.trainPoints.length + t.testPoints.length).toBe(40);
    expect(t.trainPoints).toHaveLength(20); // 50 %
    const key = (p: { x1: number; x2: number; label: number }) => `${p.x1}:${p.x2}:${p.label}`;
    expect(t.getData().map(key).sort()).toEqual(clouds.map(key).sort());
    t.step(30);
    expect(t.accuracy).toBe(1);
  });

  it('custom data survives reset and goes into the state and the URL', () => {
    const t = createTrainer({ seed: 'd' });
    t.setData(POINTS);
    const data = t.getData();
    t.step(3);
    t.reset();
    expect(t.getData()).toEqual(data);
    const state = JSON.parse(JSON.stringify(t.getState()));
    const other = createTrainer();
    other.setState(state);
    expect(other.getData()).toEqual(data);
    const link = serializeConfig(t.config);
    expect(link).toMatch(/&data=1:1:1,2:1.5:1,-1:-1:-1,/);
    expect(createTrainer(link).getData()).toEqual(data);
  });

  it('setState refuses saved classification data whose labels are not ±1, and keeps the run as it was', () => {
    const t = createTrainer({ seed: 'd' });
    t.step(2);
    const before = t.getState();
    const state = { ...t.getState(), config: { ...t.getState().config, data: '1:1:0.5,2:2:-1' } };
    expect(() => t.setState(state)).toThrow(/"data".*1 or -1/);
    expect(t.getState()).toEqual(before);
  });

  it('coordinates are kept to 3 decimals', () => {
    expect(encodePoints([{ x1: 1.23456, x2: -0.0004, label: -1 }])).toBe('1.235:0:-1');
  });

  it('picking a dataset goes back to generated data', () => {
    const t = createTrainer({ seed: 'd' });
    t.setData(POINTS);
    t.setConfig({ dataset: 'xor' });
    expect(t.config.data).toBe('');
    expect(t.trainPoints).toHaveLength(250);
  });

  it('bad points throw a ConfigError naming the point and field, and change nothing', () => {
    const t = createTrainer({ seed: 'd' });
    const before = t.getData();
    expect(() => t.setData([{ x1: 0, x2: 9, label: 1 }])).toThrow(/data\[0\]\.x2/);
    expect(() => t.setData([{ x1: 0, x2: 0, label: NaN }])).toThrow(/data\[0\]\.label/);
    expect(() => t.setData([{ x1: 0, x2: 0, label: 0.5 }])).toThrow(ConfigError); // classification needs ±1
    expect(() => t.setData('nope' as never)).toThrow(/data/);
    expect(t.getData()).toEqual(before);
    const r = createTrainer({ seed: 'd', problem: 'regression' });
    r.setData([{ x1: 0, x2: 0, label: 0.5 }, { x1: 1, x2: 1, label: -0.25 }]);
    expect(r.getData()).toHaveLength(2);
  });

  it('CSV text becomes data through parseCsv + setData', () => {
    const t = createTrainer({ seed: 'd' });
    t.setData(parseCsv('x1,x2,label\n1,1,1\n-1,-1,-1\n2,2,1\n-2,-2,-1'));
    expect(t.getData()).toHaveLength(4);
  });
});

describe('metrics', () => {
  it('classification reports accuracy on both sets, regression R²', () => {
    const c = createTrainer({ seed: '0.11111', dataset: 'gauss' });
    const r1 = c.step(10);
    expect(r1.trainAccuracy).toBe(1);
    expect(r1.testAccuracy).toBe(1);
    expect(r1.trainR2).toBeUndefined();
    const r = createTrainer({ seed: '0.11111', problem: 'regression' });
    const r2 = r.step(20);
    expect(r2.testR2).toBeGreaterThan(0.95);
    expect(r2.testR2).toBeLessThanOrEqual(1);
    // R² = 1 - SS_res / SS_tot, with SS_res = 2 n loss.
    const labels = r.testPoints.map((p) => p.label);
    const mean = labels.reduce((a, b) => a + b, 0) / labels.length;
    const ssTot = labels.reduce((a, b) => a + (b - mean) ** 2, 0);
    expect(r2.testR2).toBeCloseTo(1 - (2 * labels.length * r2.testLoss) / ssTot, 10);
  });

  it('the new keys leave an original link untouched', () => {
    const link = 'activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.11111&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false';
    expect(serializeConfig(parseConfig(link))).toBe(link);
  });
});
