import { describe, expect, it } from 'vitest';
import { LossHistory } from '../../src/playground/history';

describe('LossHistory', () => {
  it('keeps every epoch until the cap', () => {
    const h = new LossHistory(100);
    for (let e = 0; e < 99; e++) h.push(e, 1 / (e + 1), 2 / (e + 1));
    expect(h.length).toBe(99);
    expect(h.epochs.slice(0, 3)).toEqual([0, 1, 2]);
    expect(h.test[1]).toBe(1);
  });

  it('stays flat over 100,000 epochs: at most the cap, spread evenly from the first epoch to the latest', () => {
    const h = new LossHistory(2000);
    let most = 0;
    for (let e = 0; e <= 100_000; e++) {
      h.push(e, Math.exp(-e / 1e4), Math.exp(-e / 1e4) + 0.01);
      most = Math.max(most, h.length);
    }
    expect(most).toBeLessThanOrEqual(2000);
    expect(h.length).toBeGreaterThan(1000);
    expect(h.epochs[0]).toBe(0);
    expect(100_000 - h.epochs[h.length - 1]).toBeLessThan(100); // the newest part is there
    const gaps = new Set(h.epochs.slice(1).map((e, i) => e - h.epochs[i]));
    expect(gaps.size).toBe(1); // one stride: evenly spread
    // Values stay paired with their epochs.
    for (let i = 0; i < h.length; i += 97) expect(h.train[i]).toBe(Math.exp(-h.epochs[i] / 1e4));
  });

  it('clear() starts again at one point per epoch', () => {
    const h = new LossHistory(10);
    for (let e = 0; e < 50; e++) h.push(e, 0, 0);
    h.clear();
    h.push(0, 1, 1);
    h.push(1, 1, 1);
    expect(h.epochs).toEqual([0, 1]);
  });
});
