/**
 * The headless playground: owns the config, the seeded stream, the data and
 * the network, and trains exactly like the original page does per frame.
 * No DOM, no timers: a host (or the widget's frame loop) calls step().
 */
import { Network } from './engine/network.js';
import { drawSeed, seededRandom, type Random } from './engine/random.js';
import { GENERATORS, NUM_SAMPLES_CLASSIFY, NUM_SAMPLES_REGRESS, shuffle, type Point } from './data/datasets.js';
import { FEATURES, FEATURE_IDS, featureById, type FeatureId } from './data/features.js';
import { ConfigError, DEFAULT_CONFIG, MAX_POINTS, changeEffect, diffConfig, readPoints, validateConfig, type PlaygroundConfig } from './config/schema.js';
import { parseConfig } from './config/url.js';

/** Training progress after a step or a reset. */
export interface StepResult {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  /** Classification: share of points on the right side of 0. */
  trainAccuracy?: number;
  testAccuracy?: number;
  /** Regression: coefficient of determination. */
  trainR2?: number;
  testR2?: number;
}

/** JSON-safe weights: layer 0 is the first hidden layer, the last the output. */
export interface NetworkWeights {
  /** Enabled feature ids, in input order. */
  inputs: string[];
  layers: { biases: number[]; weights: number[][] /* [node][input] */ }[];
}

/** Everything needed to restore a run: config, weights and epoch. */
export interface TrainerState {
  version: 1;
  config: PlaygroundConfig;
  epoch: number;
  weights: NetworkWeights;
}

/** What a config change did. */
export interface ConfigChange {
  /** Keys whose values changed. */
  changed: string[];
  /** none: nothing to retrain; live: applies from the next update; reset: new network; regenerate: new data and network. */
  effect: 'none' | 'live' | 'reset' | 'regenerate';
}

/**
 * Values on the density x density grid over [-6, 6]^2: row 0 is y = +6, column 0
 * is x = -6; index = row * density + column. The arrays are reused between
 * calls: copy them if you need to keep them.
 */
export interface GridOutputs {
  density: number;
  /** Every feature's values (all seven, enabled or not). */
  features: Readonly<Record<FeatureId, Float64Array>>;
  /** Every hidden and output node's values, in network order; the output last. */
  nodes: Float64Array[];
  /** The output node's values (the last of `nodes`). */
  output: Float64Array;
}

/** The extent of the plane the data and heatmaps cover. */
export const DOMAIN = 6;

interface PointSet {
  points: Point[];
  /** Row-major feature matrix: point p's inputs start at p * inputCount. */
  inputs: Float64Array;
  labels: Float64Array;
}

/** Grid coordinates: column i at x = -6 + 12 i/(d-1), row j at y = 6 - 12 j/(d-1). */
export function gridCoordinate(index: number, density: number): number {
  return -DOMAIN + (2 * DOMAIN * index) / (density - 1);
}

function toConfig(input: Partial<PlaygroundConfig> | string = {}, base: PlaygroundConfig): PlaygroundConfig {
  return typeof input === 'string' ? parseConfig(input, base) : validateConfig(input, base);
}

export class Trainer {
  private cfg: PlaygroundConfig;
  private random!: Random;
  private net!: Network;
  private inputIds: FeatureId[] = [];
  private train!: PointSet;
  private test!: PointSet;
  private epochCount = 0;
  private losses: StepResult = { epoch: 0, trainLoss: NaN, testLoss: NaN };
  private grid: GridOutputs | null = null;

  constructor(config?: Partial<PlaygroundConfig> | string) {
    const cfg = toConfig(config, DEFAULT_CONFIG);
    checkDataFits(cfg);
    // No seed given: make one as the original does, so the run is reproducible from its URL.
    if (cfg.seed === '') cfg.seed = Math.random().toFixed(5);
    this.cfg = cfg;
    this.reset();
  }

  /** A frozen copy of the current config (the seed is always filled in). */
  get config(): Readonly<PlaygroundConfig> {
    const cfg = this.cfg;
    // Cached per config object: every change replaces cfg (never edits it in place).
    if (this.frozen?.source !== cfg) {
      this.frozen = { source: cfg, copy: Object.freeze({ ...cfg, networkShape: Object.freeze(cfg.networkShape.slice()) as number[] }) };
    }
    return this.frozen.copy;
  }
  private frozen: { source: PlaygroundConfig; copy: Readonly<PlaygroundConfig> } | null = null;
  get epoch(): number { return this.epochCount; }
  get trainLoss(): number { return this.losses.trainLoss; }
  get testLoss(): number { return this.losses.testLoss; }
  /** Share of test points on the right side of 0 (classification; NaN for regression). */
  get accuracy(): number {
    return this.losses.testAccuracy ?? NaN;
  }
  /** Share of training points on the right side of 0 (NaN for regression). */
  get trainAccuracy(): number {
    return this.losses.trainAccuracy ?? NaN;
  }
  /** R² on the test points (regression; NaN for classification). */
  get r2(): number {
    return this.losses.testR2 ?? NaN;
  }
  get trainPoints(): readonly Point[] { return this.train.points; }
  get testPoints(): readonly Point[] { return this.test.points; }
  /** Enabled features, in input order. */
  get inputs(): readonly FeatureId[] { return this.inputIds; }
  /** The live network. Read it, never write it: use setWeights(). */
  get network(): Network { return this.net; }

  private get isRegression(): boolean {
    return this.cfg.problem === 'regression';
  }

  /** Trains `epochs` epochs (one pass over the training points each). */
  step(epochs = 1): StepResult {
    if (!Number.isInteger(epochs) || epochs < 0) {
      throw new ConfigError('epochs', epochs, 'a whole number of epochs, 0 or more');
    }
    const { net, train } = this;
    const nIn = net.inputCount;
    const n = train.labels.length;
    for (let e = 0; e < epochs; e++) {
      this.epochCount++;
      const { batchSize, learningRate, regularizationRate } = this.cfg;
      for (let p = 0; p < n; p++) {
        net.forward(train.inputs, p * nIn);
        net.backward(train.labels[p]);
        if ((p + 1) % batchSize === 0) net.update(learningRate, regularizationRate);
      }
    }
    return this.evaluate();
  }

  /** The network's output at one point of the plane. */
  predict(x1: number, x2: number): number {
    return this.net.forward(featureFns(this.inputIds).map((fn) => fn(x1, x2)));
  }

  /** Every node's output over the grid, the data behind all heatmaps. */
  gridOutputs(density = 100): GridOutputs {
    if (!Number.isInteger(density) || density < 2 || density > 1000) {
      throw new ConfigError('density', density, 'a whole number from 2 to 1000');
    }
    const net = this.net;
    let grid = this.grid;
    if (!grid || grid.density !== density || grid.nodes.length !== net.nodeCount - net.inputCount) {
      grid = this.grid = allocateGrid(net, density, grid);
    }
    net.forwardMany([...this.inputIds.map((id) => grid!.features[id]), ...grid.nodes], density * density);
    return grid;
  }

  /** Back to what the config (and its seed) reproduces: same data, same initial weights. */
  reset(): void {
    this.load(true);
  }

  /** New seed and new data, as the original's Regenerate: the network keeps training. */
  regenerate(): void {
    this.cfg = { ...this.cfg, seed: drawSeed(this.random) };
    this.load(false);
  }

  /** Restarts the seeded stream and draws the data from it, then (when asked) a new network: the original's order of draws. */
  private load(newNetwork: boolean): void {
    const cfg = this.cfg;
    const random = (this.random = seededRandom(cfg.seed));
    const regression = this.isRegression;
    if (newNetwork) this.inputIds = FEATURE_IDS.filter((id) => cfg[id] && !(cfg as unknown as Record<string, unknown>)[`${id}_hide`]);
    // Your own points replace the generator; the seed still shuffles and splits them.
    const points = cfg.data !== ''
      ? readPoints(cfg.data)!
      : GENERATORS[regression ? cfg.regDataset : cfg.dataset](regression ? NUM_SAMPLES_REGRESS : NUM_SAMPLES_CLASSIFY, cfg.noise / 100, random);
    shuffle(points, random);
    const split = Math.floor((points.length * cfg.percTrainData) / 100);
    const fns = featureFns(this.inputIds);
    this.train = pointSet(points.slice(0, split), fns);
    this.test = pointSet(points.slice(split), fns);
    if (newNetwork) {
      this.net = new Network(
        {
          sizes: [this.inputIds.length, ...cfg.networkShape, 1],
          activation: cfg.activation,
          outputActivation: regression ? 'linear' : 'tanh',
          regularization: cfg.regularization,
          initZero: cfg.initZero,
          init: cfg.init,
          optimizer: cfg.optimizer,
        },
        random,
      );
      this.epochCount = 0;
    }
    this.evaluate();
  }

  /**
   * Applies a config patch (object or URL text) following the original's
   * change table: learning and regularization rates apply live, data
   * changes draw a new seed, other changes rebuild the network.
   * Invalid input throws ConfigError and changes nothing.
   */
  setConfig(patch: Partial<PlaygroundConfig> | string): ConfigChange {
    const cfg = this.cfg;
    const next = toConfig(patch, cfg);
    if (next.seed === '') next.seed = cfg.seed;
    // Picking a data set means using it: your own points give way, unless the
    // patch sets them too; so do points a new problem type cannot take.
    if (namedInPatch(patch, 'data') === undefined && (next.dataset !== cfg.dataset || next.regDataset !== cfg.regDataset || (next.problem !== cfg.problem && !dataFits(next)))) {
      next.data = '';
    }
    checkDataFits(next);
    const changed = diffConfig(cfg, next);
    const effect = changeEffect(changed);
    // A seed named in the patch is kept, even when it is the current one.
    const seed = namedInPatch(patch, 'seed');
    const namesSeed = seed !== undefined && seed !== '';
    if (effect === 'regenerate' && !namesSeed) {
      next.seed = drawSeed(this.random);
      changed.push('seed');
    }
    this.cfg = next;
    if (effect === 'regenerate' || effect === 'reset') this.reset();
    return { changed, effect };
  }

  /**
   * Trains on your own points from now on (x1, x2 in [-6, 6], kept to 3
   * decimals; labels ±1 for classification). The seed shuffles and splits
   * them; the network is rebuilt. An empty array goes back to the dataset.
   */
  setData(points: readonly DataPoint[]): ConfigChange {
    return this.setConfig({ data: encodePoints(points) });
  }

  /** Every point of the current data (training points first), as { x1, x2, label }. */
  getData(): DataPoint[] {
    return [...this.train.points, ...this.test.points].map((p) => ({ x1: p.x, x2: p.y, label: p.label }));
  }

  getWeights(): NetworkWeights {
    const { net } = this;
    const layers: NetworkWeights['layers'] = [];
    for (let l = 1; l < net.layerCount; l++) {
      const size = net.sizes[l];
      const nPrev = net.sizes[l - 1];
      const start = net.nodeStart[l];
      const weights = Array.from({ length: size }, (_, i) => {
        const row = net.weightStart[l] + i * nPrev;
        return Array.from(net.weight.subarray(row, row + nPrev));
      });
      layers.push({ biases: Array.from(net.bias.subarray(start, start + size)), weights });
    }
    return { inputs: this.inputIds.slice(), layers };
  }

  /** Replaces weights and biases; the shape must match the current network. */
  setWeights(w: NetworkWeights): void {
    checkWeights(this.net, this.inputIds, w);
    const { net } = this;
    w.layers.forEach((layer, k) => {
      const l = k + 1;
      const nPrev = net.sizes[l - 1];
      net.bias.set(layer.biases, net.nodeStart[l]);
      layer.weights.forEach((row, i) => net.weight.set(row, net.weightStart[l] + i * nPrev));
    });
    this.evaluate();
  }

  getState(): TrainerState {
    return { version: 1, config: { ...this.cfg, networkShape: this.cfg.networkShape.slice() }, epoch: this.epochCount, weights: this.getWeights() };
  }

  /** Restores a saved run: config (with its seed, hence its data), weights and epoch. */
  setState(state: TrainerState): void {
    if (!state || typeof state !== 'object' || state.version !== 1) {
      throw new ConfigError('state.version', state && (state as TrainerState).version, 'a state object from getState() with version 1');
    }
    if (!Number.isInteger(state.epoch) || state.epoch < 0) {
      throw new ConfigError('state.epoch', state.epoch, 'a whole number, 0 or more');
    }
    const cfg = validateConfig(state.config, DEFAULT_CONFIG);
    if (cfg.seed === '') throw new ConfigError('state.config.seed', '', 'the seed of the saved run');
    checkDataFits(cfg);
    // Everything reset() replaces, so a bad `weights` leaves the run exactly as it was.
    const previous = { ...this };
    this.cfg = cfg;
    this.reset();
    try {
      this.setWeights(state.weights);
    } catch (error) {
      Object.assign(this, previous);
      throw error;
    }
    this.epochCount = state.epoch;
    this.evaluate();
  }

  /** Recomputes train and test loss (and the metric) with the current weights. */
  evaluate(): StepResult {
    const net = this.net;
    const train = net.score(this.train.inputs, this.train.labels);
    const test = net.score(this.test.inputs, this.test.labels);
    this.losses = {
      epoch: this.epochCount,
      trainLoss: train.loss,
      testLoss: test.loss,
      ...(this.isRegression ? { trainR2: train.r2, testR2: test.r2 } : { trainAccuracy: train.accuracy, testAccuracy: test.accuracy }),
    };
    return this.result;
  }

  /** The last computed losses and metrics. */
  get result(): StepResult {
    return { ...this.losses };
  }
}

/** The features' functions, in input order. */
const featureFns = (ids: readonly FeatureId[]) => ids.map((id) => featureById(id).fn);

/** Points with their labels and feature values: computed once per data set instead of per epoch. */
function pointSet(points: Point[], fns: readonly ((x: number, y: number) => number)[]): PointSet {
  const n = fns.length;
  const inputs = new Float64Array(points.length * n);
  points.forEach((p, i) => fns.forEach((fn, k) => (inputs[i * n + k] = fn(p.x, p.y))));
  return { points, inputs, labels: Float64Array.from(points, (p) => p.label) };
}

/** Grid arrays for `net`: the feature columns are kept while the density stays. */
function allocateGrid(net: Network, density: number, old: GridOutputs | null): GridOutputs {
  const size = density * density;
  let features = old && old.density === density ? old.features : null;
  if (!features) {
    const made = {} as Record<FeatureId, Float64Array>;
    for (const f of FEATURES) {
      const values = new Float64Array(size);
      for (let row = 0; row < density; row++) {
        const y = -gridCoordinate(row, density);
        for (let col = 0; col < density; col++) values[row * density + col] = f.fn(gridCoordinate(col, density), y);
      }
      made[f.id] = values;
    }
    features = made;
  }
  const nodes = Array.from({ length: net.nodeCount - net.inputCount }, () => new Float64Array(size));
  return { density, features, nodes, output: nodes[nodes.length - 1] };
}

/** Throws a ConfigError naming the first field of `w` that does not fit `net` and its inputs. */
function checkWeights(net: Network, inputIds: readonly FeatureId[], w: NetworkWeights): void {
  const fail = (field: string, value: unknown, allowed: string): never => {
    throw new ConfigError(field, value, allowed);
  };
  if (!w || typeof w !== 'object') fail('weights', w, 'an object { inputs, layers } from getWeights()');
  if (!Array.isArray(w.inputs) || w.inputs.join(',') !== inputIds.join(',')) {
    fail('weights.inputs', w.inputs, `the enabled features [${inputIds.join(', ')}]`);
  }
  if (!Array.isArray(w.layers) || w.layers.length !== net.layerCount - 1) {
    fail('weights.layers', Array.isArray(w.layers) ? `${w.layers.length} layers` : w.layers, `${net.layerCount - 1} layers (hidden layers plus the output)`);
  }
  /** An array of `length` items, else a ConfigError naming `field`. */
  const list = (field: string, value: unknown, length: number, allowed: string) => {
    if (!Array.isArray(value) || value.length !== length) fail(field, value, allowed);
  };
  /** Every item a finite number, else a ConfigError naming `field[i]`. */
  const finite = (field: string, values: number[]) => values.forEach((v, i) => Number.isFinite(v) || fail(`${field}[${i}]`, v, 'a finite number'));
  w.layers.forEach((layer, k) => {
    const size = net.sizes[k + 1];
    const nPrev = net.sizes[k];
    const at = `weights.layers[${k}]`;
    list(`${at}.biases`, layer?.biases, size, `${size} finite numbers`);
    list(`${at}.weights`, layer.weights, size, `${size} rows of ${nPrev} numbers`);
    finite(`${at}.biases`, layer.biases);
    layer.weights.forEach((row, i) => {
      list(`${at}.weights[${i}]`, row, nPrev, `${nPrev} finite numbers`);
      finite(`${at}.weights[${i}]`, row);
    });
  });
}

/** The value a patch (object or URL text) gives `key`, or undefined when it does not name it. */
function namedInPatch(patch: Partial<PlaygroundConfig> | string, key: 'seed' | 'data'): unknown {
  if (typeof patch !== 'string') return Object.prototype.hasOwnProperty.call(patch, key) ? patch[key] : undefined;
  const m = new RegExp(`(?:^|[#?&])${key}=([^&]*)`).exec(patch);
  return m ? m[1] : undefined;
}

/** Your own points as the trainer receives and returns them. */
export interface DataPoint {
  x1: number;
  x2: number;
  label: number;
}

/** Classification needs labels of +1 or -1; regression takes any finite label. */
function dataFits(cfg: PlaygroundConfig): boolean {
  if (cfg.data === '' || cfg.problem === 'regression') return true;
  return readPoints(cfg.data)!.every((p) => p.label === 1 || p.label === -1);
}

function checkDataFits(cfg: PlaygroundConfig): void {
  if (!dataFits(cfg)) throw new ConfigError('data', cfg.data.length > 40 ? `${cfg.data.slice(0, 40)}…` : cfg.data, 'labels of 1 or -1 for classification (any finite number for regression)');
}

/** Rounds to 3 decimals, as points are stored in the config and links. */
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** Encodes points as the `data` config text, validating each; throws ConfigError naming `data[i].field`. */
export function encodePoints(points: readonly DataPoint[]): string {
  if (!Array.isArray(points)) throw new ConfigError('data', points, 'an array of { x1, x2, label } points');
  if (points.length > MAX_POINTS) throw new ConfigError('data', `${points.length} points`, `at most ${MAX_POINTS} points`);
  return points
    .map((p, i) => {
      if (!p || typeof p !== 'object') throw new ConfigError(`data[${i}]`, p, 'a point { x1, x2, label }');
      for (const key of ['x1', 'x2'] as const) {
        if (typeof p[key] !== 'number' || !(Math.abs(p[key]) <= 6)) throw new ConfigError(`data[${i}].${key}`, p[key], 'a number from -6 to 6');
      }
      if (typeof p.label !== 'number' || !Number.isFinite(p.label)) throw new ConfigError(`data[${i}].label`, p.label, 'a finite number (1 or -1 for classification)');
      return `${round3(p.x1)}:${round3(p.x2)}:${round3(p.label)}`;
    })
    .join(',');
}

/** Creates a headless trainer from a config object or an original playground link. */
export function createTrainer(config?: Partial<PlaygroundConfig> | string): Trainer {
  return new Trainer(config);
}
