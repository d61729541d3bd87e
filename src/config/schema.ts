/**
 * The config schema. One table, PARAMS, gives each URL parameter its kind,
 * default, accepted values, one-line doc and the effect of a change. The
 * defaults, the validation, the docs table and the URL format all read it,
 * and its type is checked against PlaygroundConfig, so they cannot drift.
 */
import { ACTIVATION_NAMES, type ActivationName } from '../engine/activations.js';
import { INIT_NAMES, OPTIMIZER_NAMES, type InitName, type OptimizerName } from '../engine/network.js';
import {
  CLASSIFY_DATASETS,
  REGRESS_DATASETS,
  type ClassifyDatasetName,
  type RegressDatasetName,
} from '../data/datasets.js';
import { FEATURE_IDS, type FeatureId } from '../data/features.js';

// ---------------------------------------------------------------- names

export type RegularizationName = 'none' | 'L1' | 'L2';
export type ProblemName = 'classification' | 'regression';
export const REGULARIZATION_NAMES: readonly RegularizationName[] = Object.freeze(['none', 'L1', 'L2'] as const);
export const PROBLEM_NAMES: readonly ProblemName[] = Object.freeze(['classification', 'regression'] as const);

/** The classroom checkboxes of the original, in their order. */
const CLASSROOM_IDS = [
  'showTestData', 'discretize', 'playButton', 'stepButton', 'resetButton',
  'learningRate', 'activation', 'regularization', 'regularizationRate',
  'problem', 'dataset', 'percTrainData', 'noise', 'batchSize', 'numHiddenLayers',
] as const;

/** An id that a `<id>_hide` flag can hide (besides `numNodes<k>`). */
export type HideableId = (typeof CLASSROOM_IDS)[number] | FeatureId;

/** The 15 classroom ids, then the 7 feature ids. */
export const HIDEABLE_IDS: readonly HideableId[] = Object.freeze([...CLASSROOM_IDS, ...FEATURE_IDS]);

/** Hidden layers the schema accepts (the UI offers fewer, see PlaygroundOptions). */
export const MAX_LAYERS = 16;
/** Neurons per hidden layer the schema accepts. */
export const MAX_NEURONS = 64;
/** Longest `seed` or `tutorial` string accepted. */
export const MAX_TEXT_LENGTH = 200;
/** Most points of your own data. */
export const MAX_POINTS = 2000;

export type HideKey = `${HideableId}_hide` | `numNodes${number}_hide`;

/** `<id>_hide` flags; absent means shown. Once present they are written back, also as `false`. */
export type HideFlags = { [K in `${HideableId}_hide`]?: boolean };

// ---------------------------------------------------------------- the type

/**
 * The playground's state, with the original's URL parameter names.
 * Every key round-trips through the URL hash (see `serializeConfig`).
 */
export interface PlaygroundConfig extends HideFlags {
  /** Activation of every hidden neuron (the output uses tanh for classification, linear for regression). @defaultValue `'tanh'` */
  activation: ActivationName;
  /** Weight penalty. The original stores none as null and never writes it to the URL. @defaultValue `'none'` */
  regularization: RegularizationName;
  /** Points per weight update; integer 1..1200 (the original's slider: 1..30). @defaultValue `10` */
  batchSize: number;
  /** Data set used when `problem` is `'classification'`. @defaultValue `'circle'` */
  dataset: ClassifyDatasetName;
  /** Data set used when `problem` is `'regression'`. @defaultValue `'reg-plane'` */
  regDataset: RegressDatasetName;
  /** Step size, 0..100; 0 freezes the weights. Applies live, without a reset. @defaultValue `0.03` */
  learningRate: number;
  /** Strength of the L1/L2 penalty, 0..100. Applies live (the original resets). @defaultValue `0` */
  regularizationRate: number;
  /** Noise in percent, 0..80 (the original's slider: 0..50). @defaultValue `0` */
  noise: number;
  /** Neurons per hidden layer: 0..16 layers of 1..64 neurons; `[]` means no hidden layer. @defaultValue `[4, 2]` */
  networkShape: number[];
  /**
   * Seed of the random stream behind the data and the initial weights, so a
   * URL reproduces a run. `''` means a fresh random seed is drawn when a
   * trainer starts. At most 200 characters, without `& = # % ®`, white space
   * or control characters.
   * @defaultValue `''`
   */
  seed: string;
  /** Draw the test points on the output heatmap. @defaultValue `false` */
  showTestData: boolean;
  /** Show the output heatmap as two flat classes. @defaultValue `false` */
  discretize: boolean;
  /** Percent of the points used for training, 1..99 (the original's slider: 10..90). @defaultValue `50` */
  percTrainData: number;
  /** Feature X₁. @defaultValue `true` */
  x: boolean;
  /** Feature X₂. @defaultValue `true` */
  y: boolean;
  /** Feature X₁X₂. @defaultValue `false` */
  xTimesY: boolean;
  /** Feature X₁². @defaultValue `false` */
  xSquared: boolean;
  /** Feature X₂². @defaultValue `false` */
  ySquared: boolean;
  /** Kept for URL compatibility; no such feature exists. @defaultValue `false` */
  cosX: boolean;
  /** Feature sin(X₁). @defaultValue `false` */
  sinX: boolean;
  /** Kept for URL compatibility; no such feature exists. @defaultValue `false` */
  cosY: boolean;
  /** Feature sin(X₂). @defaultValue `false` */
  sinY: boolean;
  /** Kept for URL compatibility; has no effect. @defaultValue `false` */
  collectStats: boolean;
  /** Name of a tutorial page; absent when not set (and then left out of the URL). @defaultValue `undefined` */
  tutorial?: string;
  /** Classification (two classes, ±1) or regression (a real value). @defaultValue `'classification'` */
  problem: ProblemName;
  /** Start every weight and bias at 0. @defaultValue `false` */
  initZero: boolean;
  /** Hide the page text around the playground (header, article). @defaultValue `false` */
  hideText: boolean;
  /** Ours: how weights learn: the original's plain mini-batch descent, momentum 0.9, or Adam. Written to the URL only when not `'sgd'`. @defaultValue `'sgd'` */
  optimizer: OptimizerName;
  /** Ours: initial weights: the original's uniform ±0.5, or Glorot (xavier) / He uniform. Written only when not `'uniform'`. @defaultValue `'uniform'` */
  init: InitName;
  /** Ours: your own points as `x:y:label` items joined by `,` (see setData); '' uses the dataset. Written only when set. @defaultValue `''` */
  data: string;
  /** Hide the neuron +/- row above hidden layer k (1..16). */
  [layerHide: `numNodes${number}_hide`]: boolean | undefined;
}

/** The 27 regular parameters (everything but the `_hide` flags). */
export type ParamKey = Exclude<keyof PlaygroundConfig, `${string}_hide`>;

// ---------------------------------------------------------------- the table

export type ParamKind = 'key' | 'number' | 'bool' | 'list' | 'string' | 'points';

/** What a change does, weakest first: nothing to the training, applied live, network reset, new data + reset. */
export type ChangeEffect = 'none' | 'live' | 'reset' | 'regenerate';

export interface ParamSpec {
  readonly key: ParamKey;
  readonly kind: ParamKind;
  readonly default: PlaygroundConfig[ParamKey];
  /** `key` kind: the accepted keys. */
  readonly values?: readonly string[];
  /** `number` kind: the value; `list` kind: each item. */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** `list` kind: most items. */
  readonly maxItems?: number;
  /** `string` kind: whether `''` is accepted. */
  readonly allowEmpty?: boolean;
  /** Human text of what is accepted (used in errors and docs). */
  readonly allowed: string;
  readonly doc: string;
  /** Ours, not the original's: written to the URL only when it differs from the default. */
  readonly extension?: boolean;
  readonly effect: ChangeEffect;
  /** Applied without resetting the network. */
  readonly live: boolean;
  /** Draws new data (and resets the network). */
  readonly regenerates: boolean;
}

type Draft<T> = Omit<ParamSpec, 'key' | 'default' | 'allowed' | 'live' | 'regenerates'> & { default: T };

const choice = <T extends string>(values: readonly T[], def: T, effect: ChangeEffect, doc: string): Draft<T> =>
  ({ kind: 'key', values, default: def, effect, doc });
const num = (def: number, min: number, max: number, integer: boolean, effect: ChangeEffect, doc: string): Draft<number> =>
  ({ kind: 'number', default: def, min, max, integer, effect, doc });
const flag = (def: boolean, effect: ChangeEffect, doc: string): Draft<boolean> => ({ kind: 'bool', default: def, effect, doc });
const text = <T extends string | undefined>(def: T, allowEmpty: boolean, effect: ChangeEffect, doc: string): Draft<T> =>
  ({ kind: 'string', default: def, allowEmpty, effect, doc });

// Key order is the original's URL write order. The mapped type makes the
// compiler check that every parameter is here once, with a default of its type.
const DRAFTS: { [K in ParamKey]-?: Draft<PlaygroundConfig[K]> } = {
  activation: choice(ACTIVATION_NAMES, 'tanh', 'reset', 'Activation of the hidden neurons.'),
  regularization: choice(REGULARIZATION_NAMES, 'none', 'reset', 'Weight penalty; `null` is read as none, and none is left out of the URL.'),
  batchSize: num(10, 1, 1200, true, 'reset', 'Points per weight update (the original UI offers 1..30).'),
  dataset: choice(CLASSIFY_DATASETS, 'circle', 'regenerate', 'Data set for classification.'),
  regDataset: choice(REGRESS_DATASETS, 'reg-plane', 'regenerate', 'Data set for regression.'),
  learningRate: num(0.03, 0, 100, false, 'live', 'Step size; 0 freezes training. Applies from the next update.'),
  regularizationRate: num(0, 0, 100, false, 'live', 'Penalty strength. Applies from the next update (the original resets).'),
  noise: num(0, 0, 80, false, 'regenerate', 'Noise in percent (the original UI offers 0..50 and accepts up to 80 from the URL).'),
  networkShape: {
    kind: 'list', default: [4, 2], min: 1, max: MAX_NEURONS, integer: true, maxItems: MAX_LAYERS, effect: 'reset',
    doc: 'Neurons per hidden layer; `[]` (URL `networkShape=`) means none (the original UI offers 6 layers of 8).',
  },
  seed: text('', true, 'regenerate', "Seed for data and initial weights; '' draws a fresh random seed when a trainer starts."),
  showTestData: flag(false, 'none', 'Draw the test points.'),
  discretize: flag(false, 'none', 'Show the output as two flat classes.'),
  percTrainData: num(50, 1, 99, false, 'regenerate', 'Percent of points used for training (the original UI offers 10..90).'),
  x: flag(true, 'reset', 'Feature X1.'),
  y: flag(true, 'reset', 'Feature X2.'),
  xTimesY: flag(false, 'reset', 'Feature X1·X2.'),
  xSquared: flag(false, 'reset', 'Feature X1².'),
  ySquared: flag(false, 'reset', 'Feature X2².'),
  cosX: flag(false, 'none', 'Kept for URL compatibility; no such feature.'),
  sinX: flag(false, 'reset', 'Feature sin(X1).'),
  cosY: flag(false, 'none', 'Kept for URL compatibility; no such feature.'),
  sinY: flag(false, 'reset', 'Feature sin(X2).'),
  collectStats: flag(false, 'none', 'Kept for URL compatibility; no effect.'),
  tutorial: text(undefined, false, 'none', 'Tutorial page name; absent unless set, and then left out of the URL.'),
  problem: choice(PROBLEM_NAMES, 'classification', 'regenerate', 'Classification (labels ±1) or regression (real labels).'),
  initZero: flag(false, 'reset', 'Start all weights and biases at 0.'),
  hideText: flag(false, 'none', 'Hide the page text around the playground.'),
  // Ours: after the original's keys, and written only when not the default,
  // so an original link reads and writes back unchanged.
  optimizer: { ...choice(OPTIMIZER_NAMES, 'sgd', 'reset', 'How weights learn: sgd (the original), momentum (0.9) or adam (0.9, 0.999, 1e-8).'), extension: true },
  init: { ...choice(INIT_NAMES, 'uniform', 'reset', 'Initial weights: uniform ±0.5 (the original), xavier or he (uniform, scaled by fan-in/out).'), extension: true },
  data: { kind: 'points', default: '', effect: 'regenerate', extension: true, doc: 'Your own points, `x:y:label` joined by `,` (see setData); empty uses the dataset.' },
};

function allowedText(d: Draft<unknown>): string {
  switch (d.kind) {
    case 'key': return `one of ${d.values!.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'number': return `${d.integer ? 'an integer' : 'a number'} from ${d.min} to ${d.max}`;
    case 'bool': return 'true or false';
    case 'list': return `a list of 0 to ${d.maxItems} integers, each from ${d.min} to ${d.max}`;
    case 'string':
      return `${d.allowEmpty ? 'a string' : 'a non-empty string'} of at most ${MAX_TEXT_LENGTH} characters ` +
        'without & = # % ®, white space or control characters';
    case 'points':
      return `up to ${MAX_POINTS} points "x:y:label" joined by ",", with x and y from -6 to 6 and a finite label`;
  }
}

/** Every regular parameter, in the original's URL write order. */
export const PARAMS: readonly ParamSpec[] = Object.freeze(
  (Object.keys(DRAFTS) as ParamKey[]).map((key): ParamSpec => {
    const d = DRAFTS[key] as Draft<PlaygroundConfig[ParamKey]>;
    const spec = { ...d, key, allowed: allowedText(d), live: d.effect === 'live', regenerates: d.effect === 'regenerate' };
    return Object.freeze(spec);
  }),
);

// A Map, not an object, so names like `constructor` or `__proto__` never match.
const PARAM_BY_KEY = new Map<string, ParamSpec>(PARAMS.map((p) => [p.key, p]));

/** The table entry for a regular parameter, or undefined for any other name. */
export function paramSpec(key: string): ParamSpec | undefined {
  return PARAM_BY_KEY.get(key);
}

const HIDE_IDS = new Set<string>(HIDEABLE_IDS);
const LAYER_HIDE = /^numNodes([1-9]|1[0-6])$/;

/** True for `<id>_hide` with a known id, or `numNodes1_hide`..`numNodes16_hide`. */
export function isHideKey(key: string): key is HideKey {
  if (!key.endsWith('_hide')) return false;
  const id = key.slice(0, -5);
  return HIDE_IDS.has(id) || LAYER_HIDE.test(id);
}

/** The original's defaults (seed `''`: a random seed per trainer). Deep-frozen. */
export const DEFAULT_CONFIG = Object.freeze(Object.fromEntries(
  PARAMS.filter((p) => p.default !== undefined).map((p) => [p.key, Array.isArray(p.default) ? Object.freeze(p.default.slice()) : p.default]),
)) as unknown as Readonly<PlaygroundConfig>;

// ---------------------------------------------------------------- errors

/** Shows a value in an error message: JSON-ish, never throws, at most ~60 characters. */
export function describeValue(value: unknown): string {
  const s = describeRaw(value);
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}

function describeRaw(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return 'a function';
  if (typeof v !== 'object' || v === null) return String(v);
  if (Array.isArray(v)) {
    // Items by hand: JSON would print NaN as null.
    const items = v.slice(0, 20).map((i) => (typeof i === 'object' && i !== null ? (Array.isArray(i) ? '[…]' : '{…}') : describeRaw(i)));
    return `[${items.join(',')}${v.length > 20 ? ',…' : ''}]`;
  }
  try {
    const json = JSON.stringify(v);
    if (json !== undefined) return json;
  } catch {
    // a cycle or a throwing toJSON: fall through
  }
  return Object.prototype.toString.call(v);
}

/** A config value (or key) that is not accepted. Nothing was changed. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** The parameter name as given ('' when the whole config is not an object). */
  readonly field: string;
  /** The rejected value, as given. */
  readonly value: unknown;
  /** Human text of what is accepted. */
  readonly allowed: string;

  constructor(field: string, value: unknown, allowed: string, message?: string) {
    const where = field === '' ? 'Invalid config' : `Invalid config ${describeValue(field)}`;
    super(message ?? `${where}: ${describeValue(value)} is not allowed; expected ${allowed}.`);
    this.field = field;
    this.value = value;
    this.allowed = allowed;
  }
}

const KNOWN_NAMES: readonly string[] = [...PARAMS.map((p) => p.key), ...HIDEABLE_IDS.map((id) => `${id}_hide`)];

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** The known key closest to a typo, if within two edits; a case slip counts as one edit. */
export function suggestKey(key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of KNOWN_NAMES) {
    // Lengths three apart are three edits apart: skip (a hostile 100 kB key stays cheap).
    if (Math.abs(name.length - lower.length) >= bestDistance) continue;
    const d = lower === name.toLowerCase() ? 1 : editDistance(lower, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function unknownKeyError(key: string, value: unknown): ConfigError {
  const hint = suggestKey(key);
  const allowed = 'a PlaygroundConfig key or a known <id>_hide flag';
  const tail = hint ? `did you mean "${hint}"?` : `expected ${allowed}.`;
  return new ConfigError(key, value, allowed, `Unknown config key ${describeValue(key)}; ${tail}`);
}

// ---------------------------------------------------------------- validation

const SAFE_TEXT = /^[^&=#%\u00ae\s\u0000-\u001f\u007f-\u009f]*$/;

function inRange(p: ParamSpec, v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= p.min! && v <= p.max! && (!p.integer || Number.isInteger(v));
}

function fits(p: ParamSpec, v: unknown): boolean {
  switch (p.kind) {
    case 'key': return typeof v === 'string' && p.values!.includes(v);
    case 'number': return inRange(p, v);
    case 'bool': return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string' && v.length <= MAX_TEXT_LENGTH && (p.allowEmpty || v !== '') && SAFE_TEXT.test(v);
    case 'list': {
      if (!Array.isArray(v) || v.length > p.maxItems!) return false;
      for (let i = 0; i < v.length; i++) if (!inRange(p, v[i])) return false;
      return true;
    }
    case 'points':
      return typeof v === 'string' && (v === '' || readPoints(v) !== null);
  }
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/;

/** Points of the `data` text, or null when it is not valid (see MAX_POINTS). */
export function readPoints(text: string): { x: number; y: number; label: number }[] | null {
  if (text === '') return [];
  const items = text.split(',');
  if (items.length > MAX_POINTS) return null;
  const points: { x: number; y: number; label: number }[] = [];
  for (const item of items) {
    const parts = item.split(':');
    if (parts.length !== 3 || !parts.every((t) => NUMBER.test(t))) return null;
    const [x, y, label] = parts.map(Number);
    if (!(Math.abs(x) <= 6 && Math.abs(y) <= 6 && Number.isFinite(label))) return null;
    points.push({ x, y, label });
  }
  return points;
}

/**
 * Checks one value of a regular parameter and returns it as stored
 * (`null` regularization becomes 'none', -0 becomes 0, lists are copied).
 * Throws ConfigError.
 */
export function checkParam(p: ParamSpec, value: unknown): unknown {
  const v = p.key === 'regularization' && value === null ? 'none' : value;
  if (!fits(p, v)) throw new ConfigError(p.key, value, p.allowed);
  if (Array.isArray(v)) return v.slice();
  return v === 0 ? 0 : v;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  // Object.prototype of this or another realm (iframe), or no prototype.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

type Values = Record<string, unknown>;

/** Known own keys of a trusted config, in a prototype-free record. */
function toValues(config: Readonly<PlaygroundConfig>): Values {
  const values: Values = Object.create(null);
  for (const key of Object.keys(config)) {
    if (PARAM_BY_KEY.has(key) || isHideKey(key)) values[key] = (config as Values)[key];
  }
  return values;
}

/** A fresh config: parameters in table order, then hide flags in insertion order. */
function assemble(values: Values): PlaygroundConfig {
  const out: Values = {};
  for (const p of PARAMS) {
    const v = values[p.key];
    if (v !== undefined) out[p.key] = Array.isArray(v) ? v.slice() : v;
  }
  for (const key of Object.keys(values)) if (isHideKey(key) && values[key] !== undefined) out[key] = values[key];
  return out as unknown as PlaygroundConfig;
}

function applyEntry(values: Values, key: string, value: unknown): void {
  const p = PARAM_BY_KEY.get(key);
  if (p) {
    const optional = p.default === undefined;
    // undefined leaves a required key as it was; it (or null) clears an optional one.
    if (value === undefined || (optional && value === null)) {
      if (optional) delete values[key];
      return;
    }
    values[key] = checkParam(p, value);
  } else if (isHideKey(key)) {
    if (value === undefined) delete values[key];
    else if (typeof value === 'boolean') values[key] = value;
    else throw new ConfigError(key, value, 'true or false');
  } else {
    throw unknownKeyError(key, value);
  }
}

/**
 * Returns a new full config: `base` with `patch` applied. Throws ConfigError
 * for the first bad key or value; never mutates `base` or `patch`.
 * In the patch, `undefined` leaves a parameter as in `base`, except that it
 * removes `tutorial` and `_hide` flags (so does `null` for `tutorial`).
 */
export function validateConfig(patch: unknown, base: Readonly<PlaygroundConfig> = DEFAULT_CONFIG): PlaygroundConfig {
  if (!isPlainObject(patch)) throw new ConfigError('', patch, 'a plain object of settings');
  const values = toValues(base);
  for (const key of Object.keys(patch)) applyEntry(values, key, patch[key]);
  return assemble(values);
}

// ---------------------------------------------------------------- comparing

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** Keys whose values differ: parameters in table order, then hide flags. */
export function diffConfig(a: Readonly<PlaygroundConfig>, b: Readonly<PlaygroundConfig>): string[] {
  const keys: string[] = PARAMS.map((p) => p.key);
  for (const key of [...Object.keys(a), ...Object.keys(b)]) {
    if (isHideKey(key) && keys.indexOf(key) < 0) keys.push(key);
  }
  return keys.filter((key) => !sameValue((a as Values)[key], (b as Values)[key]));
}

export function configEquals(a: Readonly<PlaygroundConfig>, b: Readonly<PlaygroundConfig>): boolean {
  return diffConfig(a, b).length === 0;
}

/** Weakest first. */
const EFFECTS: readonly ChangeEffect[] = ['none', 'live', 'reset', 'regenerate'];
const FEATURE_HIDES = new Set<string>(FEATURE_IDS.map((id) => `${id}_hide`));

/** The effect of one changed key; a hidden feature leaves the network, so its flag resets. */
export function keyEffect(key: string): ChangeEffect {
  return PARAM_BY_KEY.get(key)?.effect ?? (FEATURE_HIDES.has(key) ? 'reset' : 'none');
}

/** The strongest effect among the changed keys (unknown keys count as 'none'). */
export function changeEffect(changedKeys: readonly string[]): ChangeEffect {
  let best: ChangeEffect = 'none';
  for (const key of changedKeys) {
    const e = keyEffect(key);
    if (EFFECTS.indexOf(e) > EFFECTS.indexOf(best)) best = e;
  }
  return best;
}

// ---------------------------------------------------------------- docs

const KIND_TEXT: Record<ParamKind, string> = { key: 'key', number: 'number', bool: 'boolean', list: 'number[]', string: 'string', points: 'string (points)' };
const EFFECT_TEXT: Record<ChangeEffect, string> = {
  none: 'view only', live: 'live (no reset)', reset: 'reset', regenerate: 'new data + reset',
};

function defaultText(v: unknown): string {
  if (v === undefined) return '(absent)';
  if (Array.isArray(v)) return `\`[${v.join(', ')}]\``;
  return typeof v === 'string' ? `\`'${v}'\`` : `\`${String(v)}\``;
}

/** The README's parameter table (Markdown), generated from PARAMS. */
export function configDocsMarkdown(): string {
  const rows = PARAMS.map((p) => {
    const kind = p.kind === 'number' && p.integer ? 'integer' : KIND_TEXT[p.kind];
    return `| \`${p.key}\` | ${kind} | ${defaultText(p.default)} | ${p.allowed} | ${EFFECT_TEXT[p.effect]} | ${p.doc} |`;
  });
  const hide = '| `<id>_hide` | boolean | (absent) | true or false; ids: ' +
    `${HIDEABLE_IDS.map((id) => `\`${id}\``).join(', ')}, \`numNodes1\`..\`numNodes16\` | ` +
    'view only (a hidden feature: reset) | Hide that part of the UI; a hidden feature is also left out of the network. |';
  return [
    '| key | type | default | allowed | effect | meaning |',
    '|-----|------|---------|---------|--------|---------|',
    ...rows,
    hide,
  ].join('\n');
}
