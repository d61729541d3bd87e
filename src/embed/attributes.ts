/**
 * Options from markup: the data-* attributes of [data-nn-playground] and the
 * attributes of <nn-playground>. A bad value throws ConfigError naming the
 * attribute, so the host can show it where the widget would be.
 */
import { ConfigError } from '../config/schema.js';
import { PART_NAMES, checkTheme, type PlaygroundOptions } from '../playground/options.js';
import type { PartName } from '../views/parts/types.js';
import { kebab } from '../views/dom.js';

/** The single controls each view holds, so "only these parts" keeps their container. */
const HOLDS: Partial<Record<PartName, PartName[]>> = {
  controls: ['playButton', 'stepButton', 'resetButton', 'epoch', 'speed', 'learningRate', 'activation', 'regularization', 'regularizationRate', 'problem', 'optimizer', 'init'],
  data: ['dataset', 'percTrainData', 'noise', 'batchSize', 'regenerate'],
  network: ['numHiddenLayers', 'numNeurons'],
  output: ['heatmap', 'lossChart', 'legend', 'showTestData', 'discretize', 'losses', 'tools'],
  tools: ['drawData', 'csv', 'export', 'copyLink'],
};
/** Part -> the view that holds it. */
const CONTAINER: Partial<Record<PartName, PartName>> = {};
for (const [view, held] of Object.entries(HOLDS)) for (const part of held) CONTAINER[part] = view as PartName;

/** Containers nest (drawData sits in tools, tools in output): looks all the way up. */
function within(part: PartName, container: PartName): boolean {
  for (let c = CONTAINER[part]; c; c = CONTAINER[c]) if (c === container) return true;
  return false;
}

/**
 * Reads a parts list: "heatmap playButton" shows only those (and what holds
 * them); "-controls -legend" hides those and keeps the rest.
 */
export function parseParts(text: string, field = 'parts'): Partial<Record<PartName, boolean>> {
  const parts: Partial<Record<PartName, boolean>> = {};
  const wanted: PartName[] = [];
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const off = token[0] === '-' || token[0] === '!';
    const name = (off ? token.slice(1) : token) as PartName;
    if (!PART_NAMES.includes(name)) throw new ConfigError(field, token, `part names separated by spaces or commas, optionally prefixed with "-": ${PART_NAMES.join(', ')}`);
    if (off) parts[name] = false;
    else wanted.push(name);
  }
  if (wanted.length > 0) {
    const want = (name: PartName) => wanted.includes(name);
    for (const name of PART_NAMES) {
      const holdsWanted = wanted.some((child) => within(child, name));
      if (!(want(name) || holdsWanted || wanted.some((w) => within(name, w)))) parts[name] = false;
      else if (name === 'network' && !want('network') && !want('features') && holdsWanted) parts.features = parts.features ?? true;
    }
    // A lone "features" shows the feature column without the hidden layers.
    if (want('features') && !want('network')) parts.network = false;
  }
  return parts;
}

function bool(value: string, field: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'true' || v === field) return true;
  if (v === 'false') return false;
  throw new ConfigError(field, value, '"true", "false" or an empty attribute');
}

function int(value: string, field: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(n)) throw new ConfigError(field, value, 'a whole number');
  return n;
}

/**
 * How each option attribute is read, in reading order (so the first bad one
 * is reported). The attribute is the option's name in kebab case.
 */
const READERS: { [K in keyof PlaygroundOptions]?: (value: string, field: string) => PlaygroundOptions[K] } = {
  parts: parseParts,
  autoplay: bool,
  syncUrl: bool,
  theme: (v, field) => checkTheme(v.trim(), field, v),
  epochsPerFrame: (v, field) => (v.trim() === 'max' ? 'max' : int(v, field)),
  trainOffscreen: bool,
  maxLayers: int,
  maxNeurons: int,
  labels: (v, field) => {
    try {
      return JSON.parse(v) as PlaygroundOptions['labels']; // its entries are checked in createPlayground
    } catch {
      throw new ConfigError(field, v, 'a JSON object of label names to strings, e.g. {"play":"Go"}');
    }
  },
};

/** The option attributes, e.g. "sync-url" (without a prefix). */
export const OPTION_ATTRIBUTES = Object.keys(READERS).map(kebab);

/**
 * Options from attributes; `prefix` is "data-" for the data-attribute embed
 * and "" for <nn-playground>. Range checks happen in createPlayground.
 */
export function optionsFromAttributes(el: Element, prefix: string, config: string | null): PlaygroundOptions {
  const options: PlaygroundOptions = {};
  if (config !== null && config.trim() !== '') options.config = config.trim();
  for (const [key, read] of Object.entries(READERS)) {
    const field = prefix + kebab(key);
    const v = el.getAttribute(field);
    if (v !== null) (options as Record<string, unknown>)[key] = read(v, field);
  }
  return options;
}
