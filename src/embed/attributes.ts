/**
 * Options from markup: the data-* attributes of [data-nn-playground] and the
 * attributes of <nn-playground>. A bad value throws ConfigError naming the
 * attribute, so the host can show it where the widget would be.
 */
import { ConfigError } from '../config/schema.js';
import type { PlaygroundOptions } from '../playground/options.js';
import { CONTROL_PARTS, VIEW_PARTS, type PartName } from '../views/parts/types.js';

/** Which view holds each single control, so "only these parts" keeps their container. */
const CONTAINER: Readonly<Partial<Record<PartName, PartName>>> = {
  playButton: 'controls', stepButton: 'controls', resetButton: 'controls', epoch: 'controls', speed: 'controls',
  learningRate: 'controls', activation: 'controls', regularization: 'controls', regularizationRate: 'controls', problem: 'controls',
  optimizer: 'controls', init: 'controls',
  dataset: 'data', percTrainData: 'data', noise: 'data', batchSize: 'data', regenerate: 'data',
  numHiddenLayers: 'network', numNeurons: 'network',
  heatmap: 'output', lossChart: 'output', legend: 'output', showTestData: 'output', discretize: 'output', losses: 'output',
  tools: 'output', drawData: 'tools', csv: 'tools', export: 'tools', copyLink: 'tools',
};
const ALL_PARTS: readonly PartName[] = [...VIEW_PARTS, ...CONTROL_PARTS];

/**
 * Reads a parts list: "heatmap playButton" shows only those (and what holds
 * them); "-controls -legend" hides those and keeps the rest.
 */
export function parseParts(text: string, field = 'parts'): Partial<Record<PartName, boolean>> {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  const parts: Partial<Record<PartName, boolean>> = {};
  const wanted = new Set<PartName>();
  let only = false;
  for (const token of tokens) {
    const off = token.startsWith('-') || token.startsWith('!');
    const name = (off ? token.slice(1) : token) as PartName;
    if (!ALL_PARTS.includes(name)) throw new ConfigError(field, token, `part names separated by spaces or commas, optionally prefixed with "-": ${ALL_PARTS.join(', ')}`);
    if (off) parts[name] = false;
    else {
      only = true;
      wanted.add(name);
    }
  }
  if (only) {
    // Containers nest (drawData sits in tools, tools in output): look all the way up.
    const within = (child: PartName, container: PartName): boolean => {
      for (let c = CONTAINER[child]; c; c = CONTAINER[c]) if (c === container) return true;
      return false;
    };
    for (const name of ALL_PARTS) {
      const holdsWanted = [...wanted].some((child) => within(child, name));
      const on = wanted.has(name) || holdsWanted || [...wanted].some((w) => within(name, w));
      if (!on) parts[name] = false;
      else if (name === 'network' && !wanted.has('network') && !wanted.has('features') && holdsWanted) parts.features = parts.features ?? true;
    }
    // A lone "features" shows the feature column without the hidden layers.
    if (wanted.has('features') && !wanted.has('network')) parts.network = false;
  }
  return parts;
}

function bool(field: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'true' || v === field) return true;
  if (v === 'false') return false;
  throw new ConfigError(field, value, '"true", "false" or an empty attribute');
}

function int(field: string, value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(n)) throw new ConfigError(field, value, 'a whole number');
  return n;
}

/**
 * Options from attributes; `prefix` is "data-" for the data-attribute embed
 * and "" for <nn-playground>. Range checks happen in createPlayground.
 */
export function optionsFromAttributes(el: Element, prefix: string, config: string | null): PlaygroundOptions {
  const options: PlaygroundOptions = {};
  if (config !== null && config.trim() !== '') options.config = config.trim();
  const read = (name: string) => el.getAttribute(prefix + name);
  const field = (name: string) => prefix + name;
  let v: string | null;
  if ((v = read('parts')) !== null) options.parts = parseParts(v, field('parts'));
  if ((v = read('autoplay')) !== null) options.autoplay = bool(field('autoplay'), v);
  if ((v = read('sync-url')) !== null) options.syncUrl = bool(field('sync-url'), v);
  if ((v = read('theme')) !== null) {
    const theme = v.trim();
    if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') throw new ConfigError(field('theme'), v, 'one of "light", "dark", "auto"');
    options.theme = theme;
  }
  if ((v = read('epochs-per-frame')) !== null) options.epochsPerFrame = v.trim() === 'max' ? 'max' : int(field('epochs-per-frame'), v);
  if ((v = read('train-offscreen')) !== null) options.trainOffscreen = bool(field('train-offscreen'), v);
  if ((v = read('max-layers')) !== null) options.maxLayers = int(field('max-layers'), v);
  if ((v = read('max-neurons')) !== null) options.maxNeurons = int(field('max-neurons'), v);
  if ((v = read('labels')) !== null) {
    let labels: unknown;
    try {
      labels = JSON.parse(v);
    } catch {
      throw new ConfigError(field('labels'), v, 'a JSON object of label names to strings, e.g. {"play":"Go"}');
    }
    options.labels = labels as PlaygroundOptions['labels'];
  }
  return options;
}
