// Bugs the property tests found, pinned as plain examples.
import { describe, expect, it } from 'vitest';
import { ConfigError, suggestKey, validateConfig } from '../../src/config/schema';
import { parseConfig, serializeConfig } from '../../src/config/url';
import { createTrainer } from '../../src/trainer';

describe('found by fuzzing', () => {
  it('a seed or tutorial holding "?" survives serializeConfig -> parseConfig (the "?" is not a query start)', () => {
    for (const config of [{ seed: 'a?b', activation: 'relu' as const }, { tutorial: '?', dataset: 'xor' as const }, { seed: '?', networkShape: [3] }]) {
      const full = validateConfig(config);
      expect(parseConfig(serializeConfig(config))).toEqual(full);
    }
    // Still read as a query when "?" comes before any "=".
    expect(parseConfig('https://x.example/page?dataset=xor').dataset).toBe('xor');
    expect(parseConfig('?dataset=xor&seed=a?b').seed).toBe('a?b');
  });

  it('setState with weights of the wrong shape throws ConfigError and leaves epoch, weights and data as they were', () => {
    const t = createTrainer({ seed: 'keep', networkShape: [3] });
    t.step(7);
    const before = t.getState();
    const bad = { ...before, config: { ...before.config, networkShape: [2] }, weights: before.weights };
    expect(() => t.setState(bad)).toThrow(ConfigError);
    expect(t.getState()).toEqual(before);
    expect(t.epoch).toBe(7);
    // And it keeps training from there exactly as an untouched twin does.
    const twin = createTrainer({ seed: 'keep', networkShape: [3] });
    twin.step(7);
    expect(t.step(3)).toEqual(twin.step(3));
  });

  it('an unknown key of a megabyte is refused at once (no edit distance against every known name)', () => {
    const key = 'k'.repeat(1_000_000);
    const start = performance.now();
    expect(() => validateConfig({ [key]: 1 })).toThrow(/Unknown config key/);
    expect(performance.now() - start).toBeLessThan(200);
    // Typos are still recognised.
    expect(suggestKey('learningrate')).toBe('learningRate');
    expect(suggestKey('netwrkShape')).toBe('networkShape');
    expect(suggestKey('x_hid')).toBe('x_hide');
  });
});
