// @vitest-environment happy-dom
// The widget under hostile options (fast-check, happy-dom): createPlayground
// either builds a working widget or throws a ConfigError naming the option or
// config key, having built nothing. setConfig with hostile patches either
// applies or throws ConfigError and changes nothing. Fewer runs than the
// config suites: each run builds a whole widget.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfigError, PARAMS } from '../../src/config/schema';
import { createPlayground } from '../../src/playground/create';
import { DEFAULT_LABELS } from '../../src/views/labels';

const seed = (n: number) => (process.env.FC_SEED === 'random' ? Date.now() + n : 20240701 + n);
const POLLUTER = { polluted: 'yes' };

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const hostile = fc.oneof(
  fc.double(),
  fc.constantFrom<unknown>(null, undefined, '', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '%E0%A4%A', 'x'.repeat(10_000), -1, 1e309, NaN, [], {}, POLLUTER, true, 'max', 7, 0),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
/** A value the key accepts: its default, or another allowed one. */
function validFor(key: string): fc.Arbitrary<unknown> {
  const p = PARAMS.find((q) => q.key === key);
  if (!p) return fc.boolean();
  if (p.kind === 'key') return fc.constantFrom(...p.values!);
  if (p.kind === 'number') return fc.constantFrom(p.default, p.min, p.max);
  if (p.kind === 'list') return fc.constantFrom([], [2], [3, 2]);
  if (p.kind === 'string') return fc.constantFrom('"><script>alert(1)</script>', 'abc');
  return fc.constant(p.default);
}
const configPatch = fc
  .array(
    fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PARAMS.map((p) => p.key as string), 'x_hide') }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'nope') }).chain((k) =>
      fc.oneof({ weight: 5, arbitrary: validFor(k) }, { weight: 1, arbitrary: hostile }).map((v) => [k, v] as const),
    ),
    { maxLength: 4 },
  )
  .map((entries) => {
    const o = {};
    for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
    return o;
  });
const configString = fc
  .array(fc.tuple(fc.constantFrom('activation', 'dataset', 'networkShape', 'learningRate', 'seed', 'batchSize', '__proto__[polluted]', 'constructor'), fc.constantFrom('relu', 'xor', '3,3', '0.3', '%zz', 'NaN', '1e999', '-1', '<b>x</b>', '"><script>alert(1)</script>', 'polluted')), { maxLength: 4 })
  .map((pairs) => '#' + pairs.map(([k, v]) => `${k}=${v}`).join('&'));
const labels = fc.dictionary(
  fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...Object.keys(DEFAULT_LABELS)) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'nope') }),
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom('<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '', 'x'.repeat(10_000)) }, { weight: 1, arbitrary: hostile }),
  { maxKeys: 4, noNullPrototype: false },
);
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: hostile });
const options = fc.record(
  {
    config: mostly(fc.oneof(configPatch, configString)),
    parts: mostly(fc.dictionary(fc.oneof({ weight: 8, arbitrary: fc.constantFrom('heatmap', 'controls', 'network', 'playButton', 'legend') }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'nope') }), mostly(fc.boolean()), { maxKeys: 3 })),
    maxLayers: mostly(fc.integer({ min: -1, max: 17 })),
    maxNeurons: mostly(fc.integer({ min: 0, max: 65 })),
    autoplay: mostly(fc.boolean()),
    epochsPerFrame: mostly(fc.oneof(fc.integer({ min: 0, max: 1001 }), fc.constant('max'))),
    theme: mostly(fc.constantFrom('light', 'dark', 'auto')),
    labels: mostly(labels),
  },
  { requiredKeys: [] },
);

describe('createPlayground with hostile options', () => {
  it('500 option sets: a working widget, or a ConfigError naming the option or config key, with nothing built', () => {
    let built = 0;
    fc.assert(
      fc.property(options, (o) => {
        const el = document.createElement('div');
        document.body.append(el);
        try {
          let pg;
          try {
            pg = createPlayground(el, o as never);
          } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            const keys = typeof o.config === 'object' && o.config !== null ? Object.keys(o.config) : [];
            const named = /^options(\.|$)/.test(error.field) || keys.includes(error.field) || PARAMS.some((p) => p.key === error.field) || error.field === '';
            expect(named, `field "${error.field}" is an option or a config key`).toBe(true);
            expect(el.shadowRoot, 'nothing was built').toBeNull();
            return;
          }
          built++;
          // It works: a step trains, the DOM is there, labels went in as text.
          expect(pg.step(1).epoch).toBe(1);
          expect(el.shadowRoot!.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
          pg.destroy();
          expect(el.shadowRoot!.childNodes.length).toBe(0);
        } finally {
          el.remove();
        }
      }),
      { numRuns: 500, seed: seed(1) },
    );
    expect(built).toBeGreaterThan(50);
    expect(built).toBeLessThan(450);
    console.log(`widgets: ${built} of 500 option sets built`);
  }, 30_000);

  it('setConfig with 1,000 hostile patches: applied, or a ConfigError that changes nothing', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const pg = createPlayground(el, { config: { seed: 'widget-fuzz', networkShape: [2] } });
    let tried = 0;
    let applied = 0;
    fc.assert(
      fc.property(fc.oneof(configPatch, configString, hostile), (patch) => {
        const before = JSON.stringify(pg.getState());
        tried++;
        try {
          pg.setConfig(patch as never);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          expect(JSON.stringify(pg.getState())).toBe(before);
          return;
        }
        applied++;
        const shape = pg.config.networkShape;
        if (shape.reduce((a, b) => a * b, 1) > 64) pg.setConfig({ networkShape: [2] });
        expect(typeof pg.step(1).trainLoss).toBe('number');
      }),
      { numRuns: 1000, seed: seed(2) },
    );
    expect(applied).toBeGreaterThan(tried * 0.2);
    expect(applied).toBeLessThan(tried * 0.9);
    console.log(`setConfig: ${applied} of ${tried} patches applied`);
    pg.destroy();
  }, 30_000);
});
