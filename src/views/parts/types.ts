/**
 * What a UI part is handed: plain state to draw, actions to request changes,
 * and a lifecycle to register what it acquires. Parts never import the
 * engine or the trainer at run time; user input becomes an action.
 */
import type { PlaygroundConfig } from '../../config/schema.js';
import type { FeatureId } from '../../data/features.js';
import type { Point } from '../../data/datasets.js';
import type { GridOutputs, StepResult } from '../../trainer.js';
import type { Lifecycle } from '../../playground/lifecycle.js';
import type { Palette } from '../colors.js';
import type { Labels } from '../labels.js';

/** The views, then every single control by its parameter name. */
export type ViewPartName = 'controls' | 'data' | 'features' | 'network' | 'output' | 'heatmap' | 'lossChart' | 'legend' | 'tools';
export type ControlPartName =
  | 'playButton' | 'stepButton' | 'resetButton' | 'epoch'
  | 'learningRate' | 'activation' | 'regularization' | 'regularizationRate' | 'problem'
  | 'dataset' | 'percTrainData' | 'noise' | 'batchSize' | 'regenerate'
  | 'numHiddenLayers' | 'numNeurons' | 'showTestData' | 'discretize' | 'losses' | 'speed'
  | 'optimizer' | 'init' | 'drawData' | 'csv' | 'export' | 'copyLink';
export type PartName = ViewPartName | ControlPartName;

export const VIEW_PARTS: readonly ViewPartName[] = ['controls', 'data', 'features', 'network', 'output', 'heatmap', 'lossChart', 'legend', 'tools'];
export const CONTROL_PARTS: readonly ControlPartName[] = [
  'playButton', 'stepButton', 'resetButton', 'epoch',
  'learningRate', 'activation', 'regularization', 'regularizationRate', 'problem',
  'dataset', 'percTrainData', 'noise', 'batchSize', 'regenerate',
  'numHiddenLayers', 'numNeurons', 'showTestData', 'discretize', 'losses', 'speed',
  'optimizer', 'init', 'drawData', 'csv', 'export', 'copyLink',
];

/** The network as flat arrays (read only): see engine/network.ts for the layout. */
export interface NetworkState {
  /** [inputs, ...hidden, 1] */
  sizes: ArrayLike<number>;
  nodeStart: ArrayLike<number>;
  weightStart: ArrayLike<number>;
  bias: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** A node of the diagram: a feature, or a hidden/output node by global index. */
export type NodeRef = { kind: 'feature'; id: FeatureId } | { kind: 'node'; index: number };

/** Everything views draw, as plain data. Typed arrays are live: read, never write. */
export interface ViewState {
  config: Readonly<PlaygroundConfig>;
  epoch: number;
  trainLoss: number;
  testLoss: number;
  /** The last losses with the metric: trainAccuracy/testAccuracy (classification) or trainR2/testR2 (regression). */
  result: Readonly<StepResult>;
  playing: boolean;
  /** True once the losses became NaN/Infinity, until a reset. */
  diverged: boolean;
  /** Enabled features, in input order (feature-hidden ones excluded). */
  inputs: readonly FeatureId[];
  network: NetworkState;
  /** Grid values of the last frame (density 100). */
  grid: GridOutputs;
  trainPoints: readonly Point[];
  testPoints: readonly Point[];
  /** Loss per epoch since the last reset, for the chart (epoch 0 first). */
  history: { readonly epochs: ArrayLike<number>; readonly train: ArrayLike<number>; readonly test: ArrayLike<number>; readonly length: number };
  /** The node whose map the big heatmap shows instead of the output, if any. */
  hovered: NodeRef | null;
  /** Content width of the network slot in CSS px (from the widget's one ResizeObserver; 0 before the first measure). */
  networkWidth: number;
  /** Training speed: epochs per frame, or 'max'. */
  speed: number | 'max';
  /** UI limits from the options. */
  maxLayers: number;
  maxNeurons: number;
}

/** Why a render happens; views skip work that did not change. */
export interface RenderReason {
  /** Weights, losses, grid (a training step or a hand edit). */
  values: boolean;
  /** Network shape or enabled inputs changed: rebuild diagram structure. */
  structure: boolean;
  /** Data points changed. */
  data: boolean;
  /** Config changed (any key). */
  config: boolean;
  /** Hovered node changed. */
  hover: boolean;
  /** Playing state changed. */
  playing: boolean;
  /** The widget's width changed. */
  resize: boolean;
}

/** Requests a part can make; each goes through the playground's one path. */
export interface Actions {
  setConfig(patch: Partial<PlaygroundConfig>): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  reset(): void;
  regenerate(): void;
  /** Sets one weight: link into node `node` (0-based) of layer `layer` (1-based) from source `source`. */
  setWeight(layer: number, node: number, source: number, value: number): void;
  /** Sets the bias of node `node` of layer `layer` (1-based; the output layer too). */
  setBias(layer: number, node: number, value: number): void;
  hover(node: NodeRef | null): void;
  /** Epochs per frame while playing, or 'max'. */
  setSpeed(speed: number | 'max'): void;
  /** Your own points (x1, x2 in [-6, 6]); [] goes back to the dataset. Returns an error message, or null when applied. */
  setData(points: readonly { x1: number; x2: number; label: number }[]): string | null;
  /** Every point of the current data, training points first. */
  getData(): { x1: number; x2: number; label: number }[];
  /** Reads CSV text (`x1,x2,label` lines) and trains on it. Returns an error message naming the line, or null when applied; on error nothing changes. */
  setCsv(text: string): string | null;
  /** What the export buttons save: the run as JSON text, the heatmap as a PNG data URL, the network as SVG text, the link. */
  exportState(): string;
  exportPng(): string;
  exportSvg(): string;
  link(): string;
}

export interface PartContext {
  doc: Document;
  /** Layout slots the parts fill. */
  slots: { controls: HTMLElement; data: HTMLElement; network: HTMLElement; output: HTMLElement; root: HTMLElement };
  state(): ViewState;
  actions: Actions;
  labels: Labels;
  palette: Palette;
  life: Lifecycle;
  /** Whether a part or control is shown (options.parts and the config's `_hide` flags). */
  isOn(name: PartName | string): boolean;
  /**
   * Called after every state change that needs drawing, at most once per
   * animation frame. The first call, with every reason set, comes in the
   * widget's first frame: parts build their static DOM at mount and draw
   * (grid pictures, diagram, points) there, once sizes and colours are known.
   */
  onRender(cb: (state: ViewState, why: RenderReason) => void): void;
}

/** An optional UI part: mounts into its slot and returns its disposer. */
export interface Part {
  name: ViewPartName;
  mount(ctx: PartContext): () => void;
}
