// Property-based tests (fast-check): random and hostile config objects, URL
// strings, saved states and widget options give either a working trainer /
// widget or a ConfigError naming the field. No other exception, and no
// prototype pollution. 10,000 runs each for config objects and URL strings:
// everything is validated, trainers are built only for the valid ones, with
// a one-epoch step when the network is small.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfigError, DEFAULT_CONFIG, HIDEABLE_IDS, PARAMS, paramSpec, validateConfig, type PlaygroundConfig } from '../../src/config/schema';
import { parseConfig, readConfigUrl, serializeConfig } from '../../src/config/url';
import { resolveOptions } from '../../src/playground/options';
import { createTrainer, type Trainer } from '../../src/trainer';

const RUNS = 10_000;
// A fixed seed per suite keeps CI reproducible; FC_SEED=random explores further.
const seed = (n: number) => (process.env.FC_SEED === 'random' ? Date.now() + n : 20240601 + n);

// ------------------------------------------------------------ pollution watch

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Error.prototype];
const snapshot = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort().join('|'));
let before: string[];
beforeAll(() => {
  before = snapshot();
});
afterAll(() => {
  // Checked once more after every suite in this file.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(snapshot()).toEqual(before);
});
function assertNotPolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(snapshot()).toEqual(before);
}

// ------------------------------------------------------------ arbitraries

const KEYS = PARAMS.map((p) => p.key as string);
const HIDE_KEYS = [...HIDEABLE_IDS.map((id) => `${id}_hide`), 'numNodes1_hide', 'numNodes16_hide', 'numNodes17_hide', 'numNodes0_hide'];
const NASTY_KEYS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'polluted',
  '', ' ', 'learningrate', 'LearningRate', 'networkShape ', 'seed\u0000', 'dataset\u202e', '𝔡𝔞𝔱𝔞𝔰𝔢𝔱', '0', '-1', 'NaN',
  '<img src=x onerror=alert(1)>', 'k'.repeat(5000),
];
const POLLUTER = { polluted: 'yes' };

const hostileNumber = fc.oneof(
  fc.double(), // NaN, ±Infinity, -0, subnormals
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.constantFrom(1e308, -1e308, 1e309, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, -0, NaN, Infinity, -Infinity, 0.5, 1.5, 63.999, 64.0000001),
);
const longString = fc.integer({ min: 201, max: 100_000 }).map((n) => 'x'.repeat(n));
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // lone surrogates, control characters
  fc.constantFrom(
    '__proto__', 'constructor', '', ' ', '%', '%E0%A4%A', '%zz', '%', '\u0000', '\ud800', '\u00ae', 'NaN', 'Infinity', '1e999', '-1',
    '0x10', '1_000', ' 5 ', 'true', 'false', 'null', 'undefined', 'ReLU', 'relu ', 'Circle', '"><script>alert(1)</script>',
    '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u202eevil',
  ),
  longString,
);

/** Values that some key accepts (so a good share of configs is valid). */
function validValue(key: string): fc.Arbitrary<unknown> {
  if (HIDE_KEYS.includes(key)) return fc.boolean();
  const p = paramSpec(key);
  if (!p) return fc.constant(undefined);
  switch (p.kind) {
    case 'key': return fc.constantFrom(...p.values!, ...(p.key === 'regularization' ? [null] : []));
    case 'bool': return fc.boolean();
    case 'number':
      return p.integer ? fc.integer({ min: p.min!, max: p.max! }) : fc.double({ min: p.min!, max: p.max!, noNaN: true });
    case 'list':
      // Mostly small networks (they get trained); now and then the largest.
      return fc.oneof(
        { weight: 9, arbitrary: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 16 }) },
      );
    case 'string':
      return fc.oneof(fc.constantFrom('0.11111', 'abc', 'Ünïcødé', 'a?b', '"><script>alert(1)</script>'), fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).filter((s) => /^[!-~]*$/.test(s) && !/[&=#%]/.test(s)));
    default:
      // Kinds added later: the default, or a hostile value.
      return fc.oneof(fc.constant(p.default), hostileString);
  }
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileString,
  fc.constantFrom(null, undefined, true, false, Symbol('s'), 10n, () => 1, new Date(NaN), POLLUTER, [NaN], [1e309], [-1], [[4]], ['4'], [4, , 2]),
  fc.array(fc.oneof(hostileNumber, hostileString), { maxLength: 20 }),
  fc.anything({ maxDepth: 2, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withDate: true, withTypedArray: true, withSparseArray: true, withUnicodeString: true }),
);

const anyKey = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...HIDE_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const entry = anyKey.chain((key) =>
  fc.oneof({ weight: 6, arbitrary: validValue(key) }, { weight: 1, arbitrary: hostileValue }).map((value) => [key, value] as [string, unknown]),
);

type Build = 'define' | 'nullProto' | 'json' | 'assign' | 'class' | 'array';
/** Builds the object several ways: own `__proto__` keys, no prototype, parsed JSON (duplicates: last wins), plain assignment. */
function build(entries: [string, unknown][], how: Build): unknown {
  switch (how) {
    case 'define': {
      const o = {};
      for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
      return o;
    }
    case 'nullProto': {
      const o = Object.create(null);
      for (const [k, v] of entries) o[k] = v;
      return o;
    }
    case 'json': {
      // Duplicate keys stay in the text; JSON.parse keeps the last.
      const json = (v: unknown) => {
        try {
          return JSON.stringify(v);
        } catch {
          return undefined; // BigInt
        }
      };
      const body = entries.filter(([, v]) => json(v) !== undefined).map(([k, v]) => `${JSON.stringify(k)}:${json(v)}`);
      return JSON.parse(`{${body.join(',')}}`);
    }
    case 'assign': {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries) o[k] = v; // `o.__proto__ = x` changes o's prototype
      return o;
    }
    case 'class': {
      const o = new (class Config {})() as Record<string, unknown>;
      for (const [k, v] of entries) o[k] = v;
      return o;
    }
    case 'array':
      return entries.map(([, v]) => v);
  }
}

const polluters = fc.constantFrom<[string, unknown][]>(
  [['__proto__', POLLUTER]],
  [['constructor', { prototype: POLLUTER }]],
  [['__proto__', { constructor: { prototype: POLLUTER } }]],
  [['prototype', POLLUTER], ['seed', 'a']],
);

const configObject = fc.oneof(
  { weight: 20, arbitrary: fc.tuple(fc.array(entry, { maxLength: 8 }), fc.constantFrom<Build>('define', 'define', 'json', 'nullProto', 'assign', 'class', 'array')) },
  { weight: 1, arbitrary: fc.tuple(polluters, fc.constantFrom<Build>('define', 'json', 'assign')) },
).map(([entries, how]) => ({ entries, how, value: build(entries, how) }));

const topLevelJunk = fc.constantFrom<unknown>(null, 0, NaN, true, Symbol('config'), 5n, () => ({}), [], new Map([['seed', 'a']]), new Date(), /re/, new (class Config {})());

// ------------------------------------------------------------ oracles

/** A plain assertion for the 10,000-run loops (expect() costs more than the code under test). */
function check(ok: boolean, what: string, value?: unknown): void {
  if (!ok) throw new Error(`${what}${value === undefined ? '' : `: ${String(JSON.stringify(value)).slice(0, 300)}`}`);
}

/** Cheap enough to train one epoch in the 10,000-run loop. */
const small = (c: PlaygroundConfig) => {
  const sizes = [7, ...c.networkShape, 1];
  let links = 0;
  for (let k = 1; k < sizes.length; k++) links += sizes[k] * sizes[k - 1];
  return links <= 2000;
};

function assertWorkingTrainer(t: Trainer, expected: PlaygroundConfig): void {
  const c = t.config;
  check(Object.getPrototypeOf(c) === Object.prototype, 'trainer config has a plain prototype');
  check(JSON.stringify({ ...c, seed: '' }) === JSON.stringify({ ...expected, seed: '' }), 'trainer config is the validated config', { c, expected });
  check(typeof c.seed === 'string' && c.seed.length > 0, 'a seed is filled in');
  if (expected.seed !== '') check(c.seed === expected.seed, 'the given seed is kept');
  const r = t.step(small(expected) ? 1 : 0);
  check(typeof r.trainLoss === 'number' && typeof r.testLoss === 'number', 'losses are numbers');
  check(typeof t.predict(0.5, -0.5) === 'number', 'predict gives a number');
}

/** The config has only known own keys and a plain prototype. */
function assertCleanConfig(c: PlaygroundConfig): void {
  check(Object.getPrototypeOf(c) === Object.prototype, 'config has a plain prototype');
  for (const key of Object.keys(c)) check(paramSpec(key) !== undefined || key.endsWith('_hide'), 'config has only known keys', key);
}

/** Some text of the error message names the field (JSON-quoted, maybe shortened). */
function assertNamesField(error: ConfigError, field: string): void {
  check(error.message.includes(JSON.stringify(field).slice(0, 50)), 'the message names the field', { field, message: error.message });
}

function expectConfigError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw new Error(`not a ConfigError: ${String(error)}`, { cause: error });
    return error;
  }
  throw new Error('did not throw');
}

// ------------------------------------------------------------ tests

describe('random and hostile config objects', () => {
  it(`${RUNS.toLocaleString('en')} objects: a working trainer, or a ConfigError naming a key the object has (or "" for a non-object); nothing polluted`, () => {
    let valid = 0;
    let trained = 0;
    fc.assert(
      fc.property(configObject, ({ value }) => {
        let config: PlaygroundConfig;
        try {
          config = validateConfig(value);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          const keys = Object.keys(value as object);
          const proto = Object.getPrototypeOf(value);
          const plain = !Array.isArray(value) && (proto === null || proto === Object.prototype);
          if (!plain) {
            // The whole value is refused: it is not a plain object.
            check(error.field === '', 'a non-object is refused as a whole', error.field);
          } else {
            check(keys.includes(error.field), 'the field is a key of the object', error.field);
            assertNamesField(error, error.field);
            // The named key alone is rejected too: it is the culprit.
            expectConfigError(() => validateConfig({ [error.field]: (value as Record<string, unknown>)[error.field] }));
          }
          // The trainer refuses it the same way, before doing anything.
          check(expectConfigError(() => createTrainer(value as PlaygroundConfig)).message === error.message, 'createTrainer refuses it the same way');
          return;
        }
        valid++;
        assertCleanConfig(config);
        const t = createTrainer(value as PlaygroundConfig);
        if (small(config)) trained++;
        assertWorkingTrainer(t, config);
      }),
      { numRuns: RUNS, seed: seed(1) },
    );
    // Both outcomes are well represented.
    expect(valid).toBeGreaterThan(RUNS * 0.2);
    expect(valid).toBeLessThan(RUNS * 0.9);
    expect(trained).toBeGreaterThan(valid * 0.5);
    console.log(`config objects: ${valid} valid of ${RUNS}, ${trained} trained one epoch`);
    assertNotPolluted();
  }, 60_000);

  it('non-objects at the top level (null, numbers, symbols, Map, Proxy, ...) are a ConfigError with field ""', () => {
    fc.assert(
      fc.property(topLevelJunk, (value) => {
        const error = expectConfigError(() => validateConfig(value));
        expect(error.field).toBe('');
      }),
      { numRuns: 200, seed: seed(2) },
    );
  });

  it('setConfig on a live trainer: a hostile patch either applies or throws ConfigError and changes nothing', () => {
    const t = createTrainer({ seed: 'fuzz', networkShape: [3] });
    fc.assert(
      fc.property(configObject, ({ value }) => {
        const before = t.getState();
        try {
          t.setConfig(value as PlaygroundConfig);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          expect(t.getState()).toEqual(before);
          return;
        }
        assertCleanConfig(t.config as PlaygroundConfig);
        if (!small(t.config as PlaygroundConfig)) t.setConfig({ networkShape: [3] });
        expect(typeof t.step(1).trainLoss).toBe('number');
      }),
      { numRuns: 1500, seed: seed(3) },
    );
    assertNotPolluted();
  }, 30_000);
});

// URL strings: names and values glued the ways links get mangled.
const urlName = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...HIDE_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__[polluted]', '__proto__.polluted', 'constructor[prototype][polluted]', 'constructor.prototype.polluted', '%61ctivation', 'disableViews', '', ' seed', 'k'.repeat(3000)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
function validText(name: string): fc.Arbitrary<string> {
  const p = paramSpec(name);
  if (!p) return fc.constantFrom('true', 'false', 'yes', 'polluted');
  return validValue(name).map((v) => (Array.isArray(v) ? v.join(',') : v === null ? 'null' : String(v)));
}
const hostileText = fc.oneof(
  fc.constantFrom(
    'NaN', 'Infinity', '-Infinity', '1e309', '-1', '1e-400', '0x10', '1_0', ' 5 ', '', '%', '%E0%A4%A', '%zz', '%25', '%00', '%C2%AE', '%u0041',
    '4,,2', ',', '4,', ',4', '4,2,', '1,'.repeat(30), '\u00ae', 'relu&', 'a=b=c', '🙂', '\ud83d', 'polluted', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('%', '2', 'E', 'A', 'F', '&', '=', ',', '#', '1', '.', '-', 'e'), maxLength: 16 }),
  longString,
);
const pair = urlName.chain((name) =>
  fc.tuple(fc.constant(name), fc.oneof({ weight: 2, arbitrary: validText(name) }, { weight: 2, arbitrary: hostileText }), fc.constantFrom('=', '=', '=', '', '==')),
).map(([name, value, eq]) => (eq === '' ? name : `${name}${eq}${value}`));
const urlString = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.tuple(
      fc.constantFrom('', '#', '?', 'https://playground.tensorflow.org/#', 'http://x.example/?a=b#', '  #', '#&', '%23'),
      fc.array(pair, { maxLength: 10 }), // duplicates happen: the last one wins
      fc.constantFrom('&', '&', '&amp;', '&&'),
    ).map(([prefix, pairs, sep]) => prefix + pairs.join(sep)),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__[polluted]=yes', 'constructor[prototype][polluted]=yes', '__proto__=yes&constructor=yes', '#__proto__.polluted=1&seed=a') },
);

describe('random and hostile URL strings', () => {
  it(`${RUNS.toLocaleString('en')} strings: readConfigUrl never throws; parseConfig gives a config that round-trips and builds a working trainer, or a ConfigError naming a parameter of the link`, () => {
    let valid = 0;
    fc.assert(
      fc.property(urlString, (text) => {
        const reading = readConfigUrl(text);
        assertCleanConfig(reading.config);
        for (const e of reading.errors) check(e instanceof ConfigError, 'readConfigUrl reports ConfigErrors');
        let config: PlaygroundConfig;
        try {
          config = parseConfig(text);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          check(paramSpec(error.field) !== undefined, 'the field is a parameter', error.field);
          // The link carries that name (maybe percent-encoded, or as ® for &reg).
          check(text.includes(error.field) || text.includes('%') || text.includes('\u00ae'), 'the link carries the field', error.field);
          assertNamesField(error, error.field);
          check(error.message === reading.errors[0].message, 'parseConfig throws the first error readConfigUrl reports');
          return;
        }
        valid++;
        check(JSON.stringify(config) === JSON.stringify(reading.config), 'parseConfig and readConfigUrl agree');
        // Written back and read again, the link gives the same config.
        check(JSON.stringify(parseConfig(serializeConfig(config))) === JSON.stringify(config), 'the config round-trips through serializeConfig', config);
        // Every other valid link is trained (the object suite above trains every valid config).
        if (valid % 2 === 1) assertWorkingTrainer(createTrainer(text), config);
      }),
      { numRuns: RUNS, seed: seed(4) },
    );
    expect(valid).toBeGreaterThan(RUNS * 0.15);
    expect(valid).toBeLessThan(RUNS * 0.8);
    console.log(`URL strings: ${valid} valid of ${RUNS}`);
    assertNotPolluted();
  }, 60_000);
});

describe('hostile saved states and weights', () => {
  const weightsLike = fc.oneof(
    fc.anything({ maxDepth: 3, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
    fc.record({
      inputs: fc.oneof(fc.constant(['x', 'y']), fc.array(fc.constantFrom('x', 'y', 'xSquared', '__proto__'), { maxLength: 3 })),
      layers: fc.array(
        fc.record({
          biases: fc.array(hostileNumber, { maxLength: 4 }),
          weights: fc.array(fc.oneof(fc.array(hostileNumber, { maxLength: 3 }), hostileValue), { maxLength: 4 }),
        }),
        { maxLength: 3 },
      ),
    }),
  );
  it('setState/setWeights with hostile input: applied, or a ConfigError that leaves the trainer as it was', () => {
    const t = createTrainer({ seed: 'state', networkShape: [2] });
    const good = t.getState();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ version: fc.oneof(fc.constant(1), hostileValue), epoch: fc.oneof(fc.nat(), hostileNumber), config: fc.oneof(fc.constant(good.config), configObject.map((o) => o.value)), weights: fc.oneof(fc.constant(good.weights), weightsLike) }),
          hostileValue,
        ),
        weightsLike,
        (state, weights) => {
          for (const act of [() => t.setState(state as never), () => t.setWeights(weights as never)]) {
            const before = t.getState();
            try {
              act();
            } catch (error) {
              if (!(error instanceof ConfigError)) throw error;
              expect(t.getState()).toEqual(before);
              continue;
            }
            if (!small(t.config as PlaygroundConfig)) t.setState(good);
            expect(typeof t.step(1).trainLoss).toBe('number');
          }
        },
      ),
      { numRuns: 1500, seed: seed(5) },
    );
    assertNotPolluted();
  }, 30_000);
});

describe('hostile widget options', () => {
  const optionKeys = fc.constantFrom('config', 'parts', 'maxLayers', 'maxNeurons', 'autoplay', 'epochsPerFrame', 'trainOffscreen', 'syncUrl', 'theme', 'labels', 'styleNonce', 'onStep', 'onLoss', '__proto__', 'constructor', 'el');
  const options = fc
    .array(
      fc.tuple(
        optionKeys,
        fc.oneof(
          hostileValue,
          fc.dictionary(fc.constantFrom('play', 'heatmap', 'controls', '__proto__', 'constructor', 'nope'), fc.oneof(fc.boolean(), hostileString), { noNullPrototype: false }),
        ),
      ),
      { maxLength: 5 },
    )
    .chain((entries) => fc.constantFrom<Build>('define', 'nullProto', 'json', 'assign').map((how) => build(entries, how)));
  it('resolveOptions: a bad option is a ConfigError naming options.<name>', () => {
    fc.assert(
      fc.property(fc.oneof(options, topLevelJunk), (o) => {
        try {
          resolveOptions(o);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          expect(error.field).toMatch(/^options(\.|$)/);
          assertNamesField(error, error.field);
        }
      }),
      { numRuns: 3000, seed: seed(6) },
    );
    assertNotPolluted();
  });
});

it('DEFAULT_CONFIG is deeply frozen, so no run above could have changed it', () => {
  expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
  expect(Object.isFrozen(DEFAULT_CONFIG.networkShape)).toBe(true);
});
