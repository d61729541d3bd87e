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
const PART_NAMES: readonly string[] = [...VIEW_PARTS, ...CONTROL_PARTS];
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function integer(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`options.${name}`, value, `an integer from ${min} to ${max}`);
  }
  return value;
}

function flag(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new ConfigError(`options.${name}`, value, 'true or false');
  return value;
}

function callback<T>(name: string, value: unknown): ((e: T) => void) | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new ConfigError(`options.${name}`, value, 'a function');
  return value as (e: T) => void;
}

export const MAX_EPOCHS_PER_FRAME = 1000;

/** Validates a speed: a whole number of epochs per frame, or 'max'. */
export function checkSpeed(value: unknown, field = 'speed'): Speed {
  if (value === undefined) return 1;
  if (value === 'max') return value;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_EPOCHS_PER_FRAME) {
    throw new ConfigError(field, value, `an integer from 1 to ${MAX_EPOCHS_PER_FRAME}, or "max"`);
  }
  return value;
}

function checkStopAt(value: unknown): StopAt {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('options.stopAt', value, 'an object { epoch?, testLoss? }');
  const { epoch, testLoss, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw new ConfigError(`options.stopAt.${extra}`, rest[extra], 'only epoch and testLoss');
  if (epoch !== undefined && (typeof epoch !== 'number' || !Number.isInteger(epoch) || epoch < 1)) throw new ConfigError('options.stopAt.epoch', epoch, 'a whole number of epochs, 1 or more');
  if (testLoss !== undefined && (typeof testLoss !== 'number' || !(testLoss >= 0) || !Number.isFinite(testLoss))) throw new ConfigError('options.stopAt.testLoss', testLoss, 'a finite number, 0 or more');
  return { epoch: epoch as number | undefined, testLoss: testLoss as number | undefined };
}

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('options', options, 'an options object');
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.includes(key)) throw new ConfigError(`options.${key}`, o[key], `a known option: ${OPTION_KEYS.join(', ')}`);
  }
  const parts: Partial<Record<PartName, boolean>> = {};
  if (o.parts !== undefined) {
    if (!o.parts || typeof o.parts !== 'object' || Array.isArray(o.parts)) throw new ConfigError('options.parts', o.parts, 'an object of part names to true/false');
    for (const [name, on] of Object.entries(o.parts as Record<string, unknown>)) {
      if (!PART_NAMES.includes(name)) throw new ConfigError(`options.parts.${name}`, on, `a part name: ${PART_NAMES.join(', ')}`);
      if (typeof on !== 'boolean') throw new ConfigError(`options.parts.${name}`, on, 'true or false');
      parts[name as PartName] = on;
    }
  }
  const labels: Labels = { ...DEFAULT_LABELS };
  if (o.labels !== undefined) {
    if (!o.labels || typeof o.labels !== 'object' || Array.isArray(o.labels)) throw new ConfigError('options.labels', o.labels, 'an object of label names to strings');
    for (const [key, text] of Object.entries(o.labels as Record<string, unknown>)) {
      if (!has(DEFAULT_LABELS, key)) throw new ConfigError(`options.labels.${key}`, text, `a label name: ${Object.keys(DEFAULT_LABELS).join(', ')}`);
      if (typeof text !== 'string') throw new ConfigError(`options.labels.${key}`, text, 'a string');
      (labels as Record<string, string>)[key] = text;
    }
  }
  const theme = o.theme === undefined ? 'light' : o.theme;
  if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') throw new ConfigError('options.theme', theme, 'one of "light", "dark", "auto"');
  const config = o.config;
  if (config !== undefined && typeof config !== 'string' && (typeof config !== 'object' || config === null || Array.isArray(config))) {
    throw new ConfigError('options.config', config, 'a config object or a link/hash string');
  }
  if (o.styleNonce !== undefined && typeof o.styleNonce !== 'string') throw new ConfigError('options.styleNonce', o.styleNonce, 'a string');
  return {
    config: config as ResolvedOptions['config'],
    parts,
    maxLayers: integer('maxLayers', o.maxLayers, 6, 0, 16),
    maxNeurons: integer('maxNeurons', o.maxNeurons, 8, 1, 64),
    autoplay: flag('autoplay', o.autoplay, false),
    epochsPerFrame: checkSpeed(o.epochsPerFrame, 'options.epochsPerFrame'),
    trainOffscreen: flag('trainOffscreen', o.trainOffscreen, false),
    syncUrl: flag('syncUrl', o.syncUrl, false),
    theme,
    labels,
    styleNonce: o.styleNonce as string | undefined,
    stopAt: checkStopAt(o.stopAt),
    onStep: callback<StepEvent>('onStep', o.onStep),
    onLoss: callback<LossEvent>('onLoss', o.onLoss),
  };
}
