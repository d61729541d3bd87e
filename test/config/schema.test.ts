import { describe, it, expect } from 'vitest';
import {
  ConfigError,
  DEFAULT_CONFIG,
  HIDEABLE_IDS,
  PARAMS,
  changeEffect,
  configDocsMarkdown,
  configEquals,
  describeValue,
  diffConfig,
  isHideKey,
  validateConfig,
  type PlaygroundConfig,
} from '../../src/config/schema';

/** Runs fn, expects a ConfigError and returns it. */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

/** The defaults of reference 1.2 (seed: '' = random). */
const REFERENCE_DEFAULTS = {
  activation: 'tanh', regularization: 'none', batchSize: 10, dataset: 'circle', regDataset: 'reg-plane',
  learningRate: 0.03, regularizationRate: 0, noise: 0, networkShape: [4, 2], seed: '',
  showTestData: false, discretize: false, percTrainData: 50, x: true, y: true, xTimesY: false,
  xSquared: false, ySquared: false, cosX: false, sinX: false, cosY: false, sinY: false,
  collectStats: false, problem: 'classification', initZero: false, hideText: false,
  // ours, written to links only when changed
  optimizer: 'sgd', init: 'uniform', data: '',
};

const WRITE_ORDER = [
  'activation', 'regularization', 'batchSize', 'dataset', 'regDataset', 'learningRate', 'regularizationRate',
  'noise', 'networkShape', 'seed', 'showTestData', 'discretize', 'percTrainData', 'x', 'y', 'xTimesY',
  'xSquared', 'ySquared', 'cosX', 'sinX', 'cosY', 'sinY', 'collectStats', 'tutorial', 'problem', 'initZero', 'hideText',
  'optimizer', 'init', 'data',
];

describe('defaults and the table', () => {
  it('DEFAULT_CONFIG equals the reference table, with no tutorial key', () => {
    expect(DEFAULT_CONFIG).toStrictEqual(REFERENCE_DEFAULTS);
    expect('tutorial' in DEFAULT_CONFIG).toBe(false);
  });

  it('DEFAULT_CONFIG is deep-frozen', () => {
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONFIG.networkShape)).toBe(true);
    expect(() => { (DEFAULT_CONFIG as PlaygroundConfig).learningRate = 1; }).toThrow(TypeError);
    expect(() => { (DEFAULT_CONFIG.networkShape as number[]).push(3); }).toThrow(TypeError);
  });

  it('PARAMS lists the 27 parameters in the original write order, each documented', () => {
    expect(PARAMS.map((p) => p.key)).toEqual(WRITE_ORDER);
    for (const p of PARAMS) {
      expect(p.doc.length).toBeGreaterThan(5);
      expect(p.allowed.length).toBeGreaterThan(5);
      expect(p.live).toBe(p.effect === 'live');
      expect(p.regenerates).toBe(p.effect === 'regenerate');
      if (p.key !== 'tutorial') expect(p.default).toEqual((DEFAULT_CONFIG as Record<string, unknown>)[p.key]);
    }
  });

  it('PARAMS marks what a change does as in reference 5.4 and our decisions', () => {
    const byEffect = (effect: string) => PARAMS.filter((p) => p.effect === effect).map((p) => p.key);
    expect(byEffect('live')).toEqual(['learningRate', 'regularizationRate']);
    expect(byEffect('regenerate')).toEqual(['dataset', 'regDataset', 'noise', 'seed', 'percTrainData', 'problem', 'data']);
    expect(byEffect('reset')).toEqual([
      'activation', 'regularization', 'batchSize', 'networkShape', 'x', 'y', 'xTimesY', 'xSquared', 'ySquared',
      'sinX', 'sinY', 'initZero', 'optimizer', 'init',
    ]);
    expect(byEffect('none')).toEqual(['showTestData', 'discretize', 'cosX', 'cosY', 'collectStats', 'tutorial', 'hideText']);
  });

  it('HIDEABLE_IDS are the 15 classroom ids then the 7 features', () => {
    expect(HIDEABLE_IDS).toEqual([
      'showTestData', 'discretize', 'playButton', 'stepButton', 'resetButton', 'learningRate', 'activation',
      'regularization', 'regularizationRate', 'problem', 'dataset', 'percTrainData', 'noise', 'batchSize',
      'numHiddenLayers', 'x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY',
    ]);
  });

  it('isHideKey knows the hideable ids and numNodes1..16 only', () => {
    expect(isHideKey('noise_hide')).toBe(true);
    expect(isHideKey('sinY_hide')).toBe(true);
    expect(isHideKey('numNodes1_hide')).toBe(true);
    expect(isHideKey('numNodes16_hide')).toBe(true);
    for (const k of ['numNodes0_hide', 'numNodes17_hide', 'numNodes01_hide', 'cosX_hide', 'constructor_hide', '_hide', 'noise']) {
      expect(isHideKey(k)).toBe(false);
    }
  });
});

describe('validateConfig', () => {
  it('returns a new full config with the patch applied and the list copied', () => {
    const shape = [3, 3, 3];
    const patch = { activation: 'relu', networkShape: shape, noise_hide: true };
    const c = validateConfig(patch);
    expect(c).toEqual({ ...REFERENCE_DEFAULTS, activation: 'relu', networkShape: [3, 3, 3], noise_hide: true });
    expect(c.networkShape).not.toBe(shape);
    expect(c).not.toBe(DEFAULT_CONFIG);
    expect(Object.isFrozen(c)).toBe(false);
    expect(patch).toEqual({ activation: 'relu', networkShape: [3, 3, 3], noise_hide: true });
  });

  it('applies the patch on the given base and leaves the base alone', () => {
    const base = validateConfig({ learningRate: 0.1, x_hide: true });
    const copy = structuredClone(base);
    const c = validateConfig({ batchSize: 20 }, base);
    expect(c).toEqual({ ...copy, batchSize: 20 });
    expect(base).toEqual(copy);
    expect(c.networkShape).not.toBe(base.networkShape);
  });

  it('accepts the widened ranges at their bounds', () => {
    const c = validateConfig({
      batchSize: 1200, learningRate: 0, regularizationRate: 100, noise: 80, percTrainData: 1,
      networkShape: Array(16).fill(64), seed: 'x'.repeat(200), tutorial: 'spiral-intro',
    });
    expect(c.networkShape).toHaveLength(16);
    expect(validateConfig({ percTrainData: 99, networkShape: [] }).networkShape).toEqual([]);
    expect(validateConfig({ noise: 37.5 }).noise).toBe(37.5);
  });

  it('reads regularization null as none, like the original stores it', () => {
    expect(validateConfig({ regularization: null }).regularization).toBe('none');
    expect(validateConfig({ regularization: 'L2' }).regularization).toBe('L2');
  });

  it('treats undefined as "keep" for parameters and as "remove" for tutorial and hide flags', () => {
    const base = validateConfig({ tutorial: 'intro', noise_hide: true });
    const c = validateConfig({ learningRate: undefined, tutorial: undefined, noise_hide: undefined }, base);
    expect(c).toStrictEqual(DEFAULT_CONFIG);
    expect('tutorial' in validateConfig({ tutorial: null }, base)).toBe(false);
  });

  it('stores -0 as 0', () => {
    expect(Object.is(validateConfig({ learningRate: -0 }).learningRate, 0)).toBe(true);
  });

  it('keeps hide flags in insertion order, true or false', () => {
    const c = validateConfig({ dataset_hide: false, noise_hide: true, numNodes2_hide: true });
    expect(Object.keys(c).slice(-3)).toEqual(['dataset_hide', 'noise_hide', 'numNodes2_hide']);
  });
});

describe('ConfigError', () => {
  it('names the field, shows the value and says what is allowed for a negative batchSize', () => {
    const e = configError(() => validateConfig({ batchSize: -3 }));
    expect(e.name).toBe('ConfigError');
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('Invalid config "batchSize": -3 is not allowed; expected an integer from 1 to 1200.');
    expect(e.field).toBe('batchSize');
    expect(e.value).toBe(-3);
    expect(e.allowed).toBe('an integer from 1 to 1200');
  });

  it.each([
    ['NaN learningRate', { learningRate: NaN }, 'learningRate', 'NaN', 'a number from 0 to 100'],
    ['Infinity noise', { noise: Infinity }, 'noise', 'Infinity', 'a number from 0 to 80'],
    ['fractional batchSize', { batchSize: 2.5 }, 'batchSize', '2.5', 'an integer from 1 to 1200'],
    ['0% train data', { percTrainData: 0 }, 'percTrainData', '0', 'a number from 1 to 99'],
    ['100% train data', { percTrainData: 100 }, 'percTrainData', '100', 'a number from 1 to 99'],
    ['a 1000-neuron layer', { networkShape: [1000] }, 'networkShape', '[1000]', 'a list of 0 to 16 integers, each from 1 to 64'],
    ['17 hidden layers', { networkShape: Array(17).fill(2) }, 'networkShape', '[2,2,', '0 to 16 integers'],
    ['an empty layer', { networkShape: [4, 0] }, 'networkShape', '[4,0]', 'each from 1 to 64'],
    ['a non-array shape', { networkShape: '4,2' }, 'networkShape', '"4,2"', 'a list of'],
    ['a bad activation key', { activation: 'softmax' }, 'activation', '"softmax"', 'one of "relu", "tanh", "sigmoid", "linear", "leakyRelu", "elu", "swish", "sin"'],
    ['a bad optimizer', { optimizer: 'rmsprop' }, 'optimizer', '"rmsprop"', 'one of "sgd", "momentum", "adam"'],
    ['points off the plane', { data: '7:0:1' }, 'data', '"7:0:1"', 'x and y from -6 to 6'],
    ['unreadable points', { data: '1:2' }, 'data', '"1:2"', 'joined by'],
    ['a string where a number is expected', { learningRate: '0.03' }, 'learningRate', '"0.03"', 'a number from 0 to 100'],
    ['a string where a boolean is expected', { showTestData: 'true' }, 'showTestData', '"true"', 'true or false'],
    ['a bad dataset', { dataset: 'reg-plane' }, 'dataset', '"reg-plane"', 'one of "circle", "xor", "gauss", "spiral"'],
    ['a seed with &', { seed: 'a&b' }, 'seed', '"a&b"', 'at most 200 characters'],
    ['a seed with a space', { seed: 'a b' }, 'seed', '"a b"', 'white space'],
    ['a too long seed', { seed: 'x'.repeat(201) }, 'seed', '"xxxx', 'at most 200'],
    ['an empty tutorial', { tutorial: '' }, 'tutorial', '""', 'a non-empty string'],
    ['a hide flag that is not a boolean', { noise_hide: 1 }, 'noise_hide', '1', 'true or false'],
  ])('rejects %s, naming the field and what is allowed', (_title, patch, field, shown, allowed) => {
    const e = configError(() => validateConfig(patch));
    expect(e.field).toBe(field);
    expect(e.message).toContain(`"${field}"`);
    expect(e.message).toContain(shown);
    expect(e.message).toContain(allowed);
    expect(e.allowed).toContain(allowed);
  });

  it('suggests the closest known key for a typo', () => {
    const e = configError(() => validateConfig({ lerningRate: 0.1 }));
    expect(e.field).toBe('lerningRate');
    expect(e.message).toBe('Unknown config key "lerningRate"; did you mean "learningRate"?');
    expect(configError(() => validateConfig({ networkshape: [2] })).message).toContain('did you mean "networkShape"?');
    expect(configError(() => validateConfig({ nois_hide: true })).message).toContain('did you mean "noise_hide"?');
  });

  it('names an unknown key without a suggestion when nothing is close', () => {
    const e = configError(() => validateConfig({ somethingElse: 1 }));
    expect(e.message).toContain('"somethingElse"');
    expect(e.message).not.toContain('did you mean');
    expect(e.allowed).toContain('PlaygroundConfig key');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'foo_hide', 'numNodes17_hide'])(
    'rejects the inherited or unknown key %s',
    (key) => {
      const e = configError(() => validateConfig({ [key]: true }));
      expect(e.field).toBe(key);
      expect(e.message).toContain(`"${key}"`);
    },
  );

  it('rejects a __proto__ key from JSON without polluting any prototype', () => {
    const patch = JSON.parse('{"__proto__":{"polluted":1}}');
    const e = configError(() => validateConfig(patch));
    expect(e.field).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((DEFAULT_CONFIG as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['null', null], ['an array', []], ['a string', '#activation=relu'], ['a number', 3], ['a Date', new Date(0)],
  ])('rejects %s as a patch', (_title, patch) => {
    const e = configError(() => validateConfig(patch));
    expect(e.field).toBe('');
    expect(e.message).toMatch(/^Invalid config: .* is not allowed; expected a plain object of settings\.$/);
  });

  it('accepts a prototype-free object as a patch', () => {
    const patch = Object.assign(Object.create(null), { noise: 10 });
    expect(validateConfig(patch).noise).toBe(10);
  });

  it('changes nothing when it throws: base, patch and DEFAULT_CONFIG stay as they were', () => {
    const base = validateConfig({ learningRate: 0.3, noise_hide: true });
    const before = structuredClone(base);
    const patch = { batchSize: 5, activation: 'relu', noise: -1 };
    configError(() => validateConfig(patch, base));
    expect(base).toStrictEqual(before);
    expect(patch).toEqual({ batchSize: 5, activation: 'relu', noise: -1 });
    expect(DEFAULT_CONFIG).toStrictEqual(REFERENCE_DEFAULTS);
  });

  it('shows long values truncated and odd values safely', () => {
    const shown = describeValue('y'.repeat(500));
    expect(shown.length).toBeLessThanOrEqual(60);
    expect(shown.startsWith('"yyy')).toBe(true);
    expect(describeValue([NaN, 1])).toBe('[NaN,1]');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(Object.create(null))).toBe('{}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('[object Object]');
    expect(describeValue('a\nb')).toBe('"a\\nb"');
  });
});

describe('comparing configs', () => {
  it('diffConfig lists changed parameters in table order, lists by items, then hide flags', () => {
    const a = validateConfig({ networkShape: [4, 2] });
    const b = validateConfig({ noise: 10, networkShape: [4, 3], activation: 'relu', x_hide: false });
    expect(diffConfig(a, b)).toEqual(['activation', 'noise', 'networkShape', 'x_hide']);
    expect(diffConfig(a, validateConfig({ networkShape: [4, 2] }))).toEqual([]);
  });

  it('configEquals compares by value', () => {
    expect(configEquals(DEFAULT_CONFIG, validateConfig({}))).toBe(true);
    expect(configEquals(DEFAULT_CONFIG, validateConfig({ tutorial: 'a' }))).toBe(false);
    expect(configEquals(DEFAULT_CONFIG, validateConfig({ noise_hide: false }))).toBe(false);
  });

  it('changeEffect gives the strongest effect of the changed keys', () => {
    expect(changeEffect([])).toBe('none');
    expect(changeEffect(['showTestData', 'discretize', 'noise_hide', 'numNodes1_hide'])).toBe('none');
    expect(changeEffect(['learningRate', 'showTestData'])).toBe('live');
    expect(changeEffect(['regularizationRate'])).toBe('live');
    expect(changeEffect(['learningRate', 'activation'])).toBe('reset');
    expect(changeEffect(['x'])).toBe('reset');
    expect(changeEffect(['x_hide'])).toBe('reset');
    expect(changeEffect(['batchSize', 'seed', 'learningRate'])).toBe('regenerate');
    expect(changeEffect(['somethingUnknown'])).toBe('none');
  });
});

describe('docs', () => {
  it('renders one Markdown row per parameter plus the hide flags', () => {
    const md = configDocsMarkdown();
    const lines = md.split('\n');
    expect(lines[0]).toBe('| key | type | default | allowed | effect | meaning |');
    expect(lines).toHaveLength(2 + PARAMS.length + 1);
    for (const p of PARAMS) expect(md).toContain(`| \`${p.key}\` |`);
    expect(md).toContain('| `batchSize` | integer | `10` | an integer from 1 to 1200 | reset |');
    expect(md).toContain('| `learningRate` | number | `0.03` | a number from 0 to 100 | live (no reset) |');
    expect(lines[lines.length - 1]).toContain('`<id>_hide`');
  });
});
