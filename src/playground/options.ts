/**
 * Options of createPlayground: types, defaults and validation. A bad option
 * throws ConfigError naming `options.<name>` before anything is built.
 */
import { ConfigError, type PlaygroundConfig } from '../config/schema.js';
import { DEFAULT_LABELS, type Labels } from '../views/labels.js';
import { CONTROL_PARTS, VIEW_PARTS, type PartName } from '../views/parts/types.js';
import type { LossEvent, StepEvent } from './events.js';

export type Theme = 'light' | 'dark' | 'auto';
/** When playing stops by itself: at this epoch, or once the test loss is at most this. */
export interface StopAt {
  epoch?: number;
  testLoss?: number;
}
/** Epochs per frame, or 'max': as many as fit the frame's training budget. */
export type Speed = number | 'max';

export interface PlaygroundOptions {
  /** A config object, or a link / hash in the original's format ("#activation=relu&..."). */
  config?: Partial<PlaygroundConfig> | string;
  /** Views and single controls to show; every part defaults to on. */
  parts?: Partial<Record<PartName, boolean>>;
  /** Most hidden layers the UI offers. @defaultValue 6 */
  maxLayers?: number;
  /** Most neurons per layer the UI offers. @defaultValue 8 */
  maxNeurons?: number;
  /** Start training at once (never when the reader prefers reduced motion). @defaultValue false */
  autoplay?: boolean;
  /** Training speed: epochs per animation frame while playing (1 as the original), or 'max' for as many as fit a frame's budget. @defaultValue 1 */
  epochsPerFrame?: number | 'max';
  /** Keep training while the widget is off-screen or its tab is hidden (drawing always pauses). @defaultValue false */
  trainOffscreen?: boolean;
  /** Mirror the config into location.hash, and read it at start. @defaultValue false */
  syncUrl?: boolean;
  /** Colour theme; 'auto' follows the reader's system setting. @defaultValue 'light' */
  theme?: Theme;
  /** Replacement texts for any visible string (always inserted as text). */
  labels?: Partial<Labels>;
  /** Nonce for the fallback <style> element on browsers without constructable stylesheets. */
  styleNonce?: string;
  /** Pause by itself (pause event with reason 'stop') once training reaches an epoch or a test loss. */
  stopAt?: StopAt;
  /** Same as on('step'). */
  onStep?(e: StepEvent): void;
  /** Same as on('loss'). */
  onLoss?(e: LossEvent): void;
}

export interface ResolvedOptions {
  config: Partial<PlaygroundConfig> | string | undefined;
  parts: Partial<Record<PartName, boolean>>;
  maxLayers: number;
  maxNeurons: number;
  autoplay: boolean;
  epochsPerFrame: Speed;
  trainOffscreen: boolean;
  syncUrl: boolean;
  theme: Theme;
  labels: Labels;
  styleNonce: string | undefined;
  stopAt: StopAt;
  onStep: ((e: StepEvent) => void) | undefined;
  onLoss: ((e: LossEvent) => void) | undefined;
}

const OPTION_KEYS = ['config', 'parts', 'maxLayers', 'maxNeurons', 'autoplay', 'epochsPerFrame', 'trainOffscreen', 'stopAt', 'syncUrl', 'theme', 'labels', 'styleNonce', 'onStep', 'onLoss'];
/** Every part name: the views, then the single controls. */
export const PART_NAMES: readonly PartName[] = [...VIEW_PARTS, ...CONTROL_PARTS];
const THEMES: readonly unknown[] = ['light', 'dark', 'auto'];
const LABEL_KEYS = Object.keys(DEFAULT_LABELS);

type Options = Record<string, unknown>;

const isObject = (v: unknown): v is Options => !!v && typeof v === 'object' && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
/** A callback; its argument type is the caller's word (as for any event listener). */
const isCallback = <E>(v: unknown): v is (e: E) => void => typeof v === 'function';

/** `o[name]`, or `fallback` when undefined; throws ConfigError naming `<where><name>` when `ok` rejects it. */
function option<T, F>(o: Options, name: string, fallback: F, ok: (v: unknown) => v is T, allowed: string, where = 'options.'): T | F {
  const v = o[name];
  if (v === undefined) return fallback;
  if (!ok(v)) throw new ConfigError(where + name, v, allowed);
  return v;
}

/** A theme name; otherwise throws ConfigError naming `field`, with the value as `given`. */
export function checkTheme(theme: unknown, field: string, given = theme): Theme {
  if (!THEMES.includes(theme)) throw new ConfigError(field, given, 'one of "light", "dark", "auto"');
  return theme as Theme;
}

export const MAX_EPOCHS_PER_FRAME = 1000;

/** Validates a speed: a whole number of epochs per frame, or 'max'. */
export function checkSpeed(value: unknown, field = 'speed'): Speed {
  if (value === undefined) return 1;
  if (value !== 'max' && !isInt(value, 1, MAX_EPOCHS_PER_FRAME)) {
    throw new ConfigError(field, value, `an integer from 1 to ${MAX_EPOCHS_PER_FRAME}, or "max"`);
  }
  return value as Speed;
}

/**
 * Copies an option of known names to values of one type (parts, labels) into
 * `out`, checking the object, then each name and value in order.
 */
function readNamed(o: Options, name: string, out: Options, noun: string, names: readonly string[], type: string, of: string, each: string): void {
  const map = option(o, name, undefined, isObject, `an object of ${noun} names to ${of}`);
  for (const [key, v] of Object.entries(map ?? {})) {
    if (!names.includes(key)) throw new ConfigError(`options.${name}.${key}`, v, `a ${noun} name: ${names.join(', ')}`);
    if (typeof v !== type) throw new ConfigError(`options.${name}.${key}`, v, each);
    out[key] = v;
  }
}

function checkStopAt(value: unknown): StopAt {
  if (value === undefined) return {};
  if (!isObject(value)) throw new ConfigError('options.stopAt', value, 'an object { epoch?, testLoss? }');
  const { epoch, testLoss, ...rest } = value; // rest: any other key
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw new ConfigError(`options.stopAt.${extra}`, rest[extra], 'only epoch and testLoss');
  const where = 'options.stopAt.';
  return {
    epoch: option(value, 'epoch', undefined, (v): v is number => isInt(v, 1, Infinity), 'a whole number of epochs, 1 or more', where),
    testLoss: option(value, 'testLoss', undefined, (v): v is number => typeof v === 'number' && v >= 0 && Number.isFinite(v), 'a finite number, 0 or more', where),
  };
}

export function resolveOptions(options: unknown): ResolvedOptions {
  const o = options ?? {};
  if (!isObject(o)) throw new ConfigError('options', options, 'an options object');
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.includes(key)) throw new ConfigError(`options.${key}`, o[key], `a known option: ${OPTION_KEYS.join(', ')}`);
  }
  const parts: Options = {};
  readNamed(o, 'parts', parts, 'part', PART_NAMES, 'boolean', 'true/false', 'true or false');
  const labels: Options = { ...DEFAULT_LABELS };
  readNamed(o, 'labels', labels, 'label', LABEL_KEYS, 'string', 'strings', 'a string');
  const integer = (name: string, fallback: number, min: number, max: number) =>
    option(o, name, fallback, (v): v is number => isInt(v, min, max), `an integer from ${min} to ${max}`);
  return {
    theme: checkTheme(o.theme === undefined ? 'light' : o.theme, 'options.theme'),
    config: option(o, 'config', undefined, (v): v is string | Partial<PlaygroundConfig> => isString(v) || isObject(v), 'a config object or a link/hash string'),
    styleNonce: option(o, 'styleNonce', undefined, isString, 'a string'),
    parts,
    labels: labels as Labels,
    maxLayers: integer('maxLayers', 6, 0, 16),
    maxNeurons: integer('maxNeurons', 8, 1, 64),
    autoplay: option(o, 'autoplay', false, isBool, 'true or false'),
    epochsPerFrame: checkSpeed(o.epochsPerFrame, 'options.epochsPerFrame'),
    trainOffscreen: option(o, 'trainOffscreen', false, isBool, 'true or false'),
    syncUrl: option(o, 'syncUrl', false, isBool, 'true or false'),
    stopAt: checkStopAt(o.stopAt),
    onStep: option(o, 'onStep', undefined, isCallback<StepEvent>, 'a function'),
    onLoss: option(o, 'onLoss', undefined, isCallback<LossEvent>, 'a function'),
  };
}
