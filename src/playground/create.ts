/**
 * createPlayground: config -> trainer -> views. Owns the frame loop; every
 * change, from the API or the UI, goes through the same few functions, so
 * the widget and its config never disagree.
 */
import { ConfigError, diffConfig, type PlaygroundConfig } from '../config/schema.js';
import { readConfigUrl, serializeConfig, serializeLink } from '../config/url.js';
import { GENERATORS, type Point } from '../data/datasets.js';
import { seededRandom } from '../engine/random.js';
import { createTrainer, encodePoints, type DataPoint, type GridOutputs, type NetworkWeights, type TrainerState } from '../trainer.js';
import { heatmapPng, networkSvg, type PngOptions } from '../views/export.js';
import { lazyPalette, parseColor, type ColorStops, type Palette } from '../views/colors.js';
import { CLASS, h, setText, toggleClass } from '../views/dom.js';
import { adoptStyles } from '../views/styles.js';
import { controlsPart } from '../views/parts/controls.js';
import { createDataPart } from '../views/parts/data.js';
import { networkPart } from '../views/parts/network.js';
import { outputPart } from '../views/parts/output.js';
import { toolsPart } from '../views/parts/tools.js';
import type { Actions, NodeRef, Part, PartContext, PartName, RenderReason, ViewState } from '../views/parts/types.js';
import { csvToPoints } from './csv-input.js';
import { createEmitter } from './emitter.js';
import type { EventType, PauseEvent, PlaygroundEvents, StepEvent } from './events.js';
import { LossHistory } from './history.js';
import { createLifecycle } from './lifecycle.js';
import { schedulerFor } from './scheduler.js';
import { checkSpeed, resolveOptions, type PlaygroundOptions, type Speed } from './options.js';

/** Saved run: config (with seed), epoch and weights. */
export type PlaygroundState = TrainerState;

export interface Playground {
  readonly config: Readonly<PlaygroundConfig>;
  /** Validates first: a ConfigError changes nothing. */
  setConfig(patch: Partial<PlaygroundConfig> | string): void;
  play(): void;
  pause(): void;
  readonly playing: boolean;
  step(epochs?: number): StepEvent;
  /** Epochs per frame while playing (1 as the original), or 'max'. */
  readonly speed: Speed;
  /** Changes the training speed; the speed control shows it. */
  setSpeed(speed: Speed): void;
  /** Back to the state the URL reproduces. */
  reset(): void;
  /** New seed, new data; the network keeps training. */
  regenerate(): void;
  readonly epoch: number;
  readonly trainLoss: number;
  readonly testLoss: number;
  predict(x1: number, x2: number): number;
  getWeights(): NetworkWeights;
  setWeights(w: NetworkWeights): void;
  getState(): PlaygroundState;
  setState(s: PlaygroundState): void;
  /** The config as a hash in the original's format. */
  toUrl(): string;
  /** Trains on your own points (x1, x2 in [-6, 6]; labels ±1 for classification); [] goes back to the dataset. */
  setData(points: readonly DataPoint[]): void;
  /** Every point of the current data, training points first. */
  getData(): DataPoint[];
  /** The output heatmap with its points as a PNG data URL (needs a browser canvas). */
  toPNG(options?: PngOptions): string;
  /** The network diagram as standalone SVG markup, for slides. */
  toSVG(): string;
  on<K extends EventType>(type: K, cb: (e: PlaygroundEvents[K]) => void): () => void;
  off<K extends EventType>(type: K, cb: (e: PlaygroundEvents[K]) => void): void;
  /** Idempotent: removes DOM, listeners, frames and observers. */
  destroy(): void;
}

const THUMBNAIL_POINTS = 200;

/**
 * One cache per page: every widget shows the same thumbnails (and the data
 * part caches their pixels by these points).
 */
const thumbnails = new Map<string, readonly Point[]>();

/** Points for the dataset thumbnails: 200 at noise 0 from a fixed seed, made once per dataset. */
function thumbnailPoints(dataset: string): readonly Point[] {
  let points = thumbnails.get(dataset);
  if (!points) {
    const generator = GENERATORS[dataset as keyof typeof GENERATORS];
    thumbnails.set(dataset, (points = generator ? generator(THUMBNAIL_POINTS, 0, seededRandom('thumbnail')) : []));
  }
  return points;
}

function resolveElement(target: HTMLElement | string): HTMLElement {
  if (typeof target === 'string') {
    if (typeof document === 'undefined') throw new Error('createPlayground: a selector needs a document; pass an element instead');
    let found: Element | null = null;
    try {
      found = document.querySelector(target);
    } catch {
      throw new Error(`createPlayground: "${target.slice(0, 80)}" is not a valid CSS selector`);
    }
    if (!found) throw new Error(`createPlayground: no element matches "${target.slice(0, 80)}"`);
    return found as HTMLElement;
  }
  if (!target || typeof target !== 'object' || typeof (target as HTMLElement).attachShadow !== 'function') {
    throw new Error('createPlayground: the first argument must be an element or a CSS selector');
  }
  return target;
}

/** Below this width (CSS px) the columns stack. */
const NARROW_BELOW = 900;
/** Stands in for the grid until the first frame computes it (nothing draws before). */
const NO_GRID: GridOutputs = { density: 0, features: {} as GridOutputs['features'], nodes: [], output: new Float64Array(0) };

/** Every reason set (a full redraw) or none (after a frame drew). */
const everyReason = (on: boolean): RenderReason => ({ values: on, structure: on, data: on, config: on, hover: on, playing: on, resize: on });
const PARTS_IN_ORDER = (): Part[] => [controlsPart, createDataPart(thumbnailPoints), networkPart, outputPart, toolsPart];

export function createPlayground(target: HTMLElement | string, options: PlaygroundOptions = {}): Playground {
  const el = resolveElement(target);
  const opts = resolveOptions(options);
  if (el.shadowRoot?.querySelector(`.${CLASS.root}`)) {
    throw new Error('createPlayground: this element already hosts a live nn-playground widget; call destroy() on it first');
  }
  const doc = el.ownerDocument;
  const win = doc.defaultView;

  // Config: options, then (with syncUrl) the page's hash on top, read leniently.
  let initial = opts.config;
  if (opts.syncUrl && win && win.location.hash.length > 1) {
    const base = createTrainer(opts.config).config;
    const reading = readConfigUrl(win.location.hash, base);
    for (const error of reading.errors) win.console?.warn(`nn-playground: ${error.message}`);
    initial = reading.config;
  }
  const trainer = createTrainer(initial); // throws ConfigError before any DOM is touched

  const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  shadow.replaceChildren(); // an earlier error box, or a destroyed widget's leftovers
  const life = createLifecycle();
  const emitter = createEmitter<PlaygroundEvents>(el);
  life.add(() => emitter.clear());
  if (opts.onStep) emitter.on('step', opts.onStep);
  if (opts.onLoss) emitter.on('loss', opts.onLoss);
  life.add(adoptStyles(shadow, opts.styleNonce));

  const labels = opts.labels;
  const root = h(doc, 'div', ['root'], { role: 'group', 'aria-label': labels.widget });
  const slots = {
    root,
    controls: h(doc, 'div', null),
    data: h(doc, 'section', ['column', 'data']),
    network: h(doc, 'section', ['column', 'network']),
    output: h(doc, 'section', ['column', 'output']),
  };
  const main = h(doc, 'div', ['main'], null, slots.data, slots.network, slots.output);
  const message = h(doc, 'div', ['message', 'hidden'], { role: 'alert' });
  const status = h(doc, 'div', ['status', 'visuallyHidden'], { role: 'status', 'aria-live': 'polite' });
  root.append(slots.controls, message, main, status);
  shadow.append(root);
  life.add(() => shadow.replaceChildren());

  // ---- state handed to views -------------------------------------------------
  const history = new LossHistory();
  let playing = false;
  let diverged = false;
  let hovered: NodeRef | null = null;
  let destroyed = false;
  let speed: Speed = opts.epochsPerFrame;
  /** The view state that follows the trainer and the flags above. */
  const live = () => ({
    config: trainer.config,
    epoch: trainer.epoch,
    trainLoss: trainer.trainLoss,
    testLoss: trainer.testLoss,
    result: trainer.result,
    playing,
    diverged,
    inputs: trainer.inputs,
    network: trainer.network,
    trainPoints: trainer.trainPoints,
    testPoints: trainer.testPoints,
    hovered,
    speed,
  });
  const state: ViewState = {
    ...live(),
    grid: NO_GRID, // the first frame computes it
    history,
    networkWidth: 0,
    maxLayers: opts.maxLayers,
    maxNeurons: opts.maxNeurons,
  };

  // ---- frames: one shared loop per page; none while there is nothing to do ------
  // A widget off-screen or in a hidden tab neither draws nor (unless the host
  // asked for trainOffscreen) trains; it picks up where it was when it shows.
  const renderers: ((s: ViewState, why: RenderReason) => void)[] = [];
  let why = everyReason(true);
  let dirty = true;
  let measured = false;
  let onScreen = true;
  let pageVisible = !doc.hidden;
  let unschedule: (() => void) | null = null;
  const scheduler = schedulerFor(win);
  life.add(() => unschedule?.());

  const visible = () => onScreen && pageVisible;
  const trains = () => playing && (visible() || opts.trainOffscreen);
  function updateSchedule(): void {
    const want = !destroyed && (trains() || (dirty && visible()));
    if (want && !unschedule) unschedule = scheduler.add(onFrame);
    else if (!want && unschedule) {
      unschedule();
      unschedule = null;
    }
  }

  function invalidate(reasons: Partial<RenderReason>): void {
    for (const key of Object.keys(reasons) as (keyof RenderReason)[]) if (reasons[key]) why[key] = true;
    dirty = true;
    updateSchedule();
  }

  /** Most of a 60 Hz frame that "max" speed spends training; the rest is for drawing. */
  const TRAIN_BUDGET_MS = 10;
  const clock = () => (win?.performance ?? Date).now();

  function onFrame(): void {
    if (destroyed) return;
    if (trains()) {
      if (speed === 'max') {
        const start = clock();
        let epochs = 0;
        // Stop before the epoch that would overrun the budget.
        while (playing && (epochs === 0 || ((clock() - start) / epochs) * (epochs + 1) < TRAIN_BUDGET_MS)) {
          trainOneEpoch();
          epochs++;
        }
      } else {
        for (let k = 0; k < speed && playing; k++) trainOneEpoch();
      }
      invalidate({ values: true });
    }
    if (dirty && visible()) render();
    updateSchedule();
  }

  /** Brings the plain view state up to date (cheap: no grid pass). */
  function syncState(): ViewState {
    return Object.assign(state, live());
  }

  /** The view state with a grid computed now, for exports (the frame's copy may be stale). */
  const withGrid = (): ViewState => ({ ...syncState(), grid: trainer.gridOutputs() });

  function render(): void {
    const reasons = why;
    why = everyReason(false);
    dirty = false;
    // Reads first, writes after: the first frame measures the network column
    // and reads the theme's colours before any part writes, so it forces at
    // most one style and layout pass and draws at the right width at once.
    if (!measured) measure();
    syncState();
    if (reasons.values || reasons.structure) state.grid = trainer.gridOutputs();
    for (const cb of renderers) cb(state, reasons);
    announce(reasons);
  }

  // ---- the live region: epoch and losses, at most once a second ----------------
  let lastAnnounce = -Infinity;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  life.add(() => clearTimeout(announceTimer));
  function announce(reasons: RenderReason): void {
    if (!reasons.values && !reasons.playing) return;
    const now = Date.now();
    const say = () => {
      lastAnnounce = Date.now();
      announceTimer = undefined;
      const text = `${labels.epoch} ${trainer.epoch}. ${labels.trainingLoss} ${trainer.trainLoss.toFixed(3)}. ${labels.testLoss} ${trainer.testLoss.toFixed(3)}.`;
      setText(status, text);
    };
    if (now - lastAnnounce >= 1000) say();
    else if (!announceTimer) announceTimer = setTimeout(say, 1000 - (now - lastAnnounce));
  }

  // ---- one path for every change -------------------------------------------------
  function checkDivergence(): void {
    // An empty set (a drawing of one point) has no loss: that is not divergence.
    const bad = (loss: number, set: readonly unknown[]) => set.length > 0 && !Number.isFinite(loss);
    if (diverged || !(bad(trainer.trainLoss, trainer.trainPoints) || bad(trainer.testLoss, trainer.testPoints))) return;
    diverged = true;
    setText(message, labels.diverged);
    toggleClass(message, 'hidden', false);
    if (playing) setPlaying(false, 'diverge');
    emitter.emit('diverge', { ...trainer.result, message: labels.diverged });
  }

  function trainOneEpoch(): StepEvent {
    const result = trainer.step(1);
    history.push(result.epoch, result.trainLoss, result.testLoss);
    const stop = opts.stopAt;
    const reached = (stop.epoch !== undefined && result.epoch >= stop.epoch) || (stop.testLoss !== undefined && result.testLoss <= stop.testLoss);
    emitter.emit('step', { ...result });
    emitter.emit('loss', { ...result });
    checkDivergence();
    if (reached && playing) setPlaying(false, 'stop');
    return result;
  }

  function setPlaying(on: boolean, reason: PauseEvent['reason'] = 'user'): void {
    if (playing === on || destroyed) return;
    playing = on;
    invalidate({ playing: true, values: true });
    if (on) emitter.emit('play', { epoch: trainer.epoch });
    else emitter.emit('pause', { epoch: trainer.epoch, reason });
  }

  /** After anything that rebuilt the network: chart restarts at epoch 0. */
  function afterReset(): void {
    history.clear();
    history.push(trainer.epoch, trainer.trainLoss, trainer.testLoss);
    diverged = false;
    toggleClass(message, 'hidden', true);
    setText(message, '');
    invalidate(everyReason(true));
    emitter.emit('reset', { ...trainer.result, config: trainer.config });
    emitter.emit('loss', trainer.result);
    checkDivergence();
  }

  function writeUrl(): void {
    if (!opts.syncUrl || !win) return;
    const hash = '#' + serializeConfig(trainer.config);
    if (win.location.hash !== hash) win.history.replaceState(win.history.state, '', hash);
  }

  function applyConfig(patch: Partial<PlaygroundConfig> | string, source: 'ui' | 'api'): void {
    if (destroyed) return;
    if (typeof patch !== 'string' && (patch === null || typeof patch !== 'object')) {
      throw new ConfigError('config', patch, 'a config object or a link/hash string');
    }
    const hidesBefore = hideSignature();
    const change = trainer.setConfig(patch); // throws before changing anything
    if (change.changed.length === 0) return;
    const rebuilt = change.effect === 'reset' || change.effect === 'regenerate';
    if (rebuilt) setPlaying(false, 'reset');
    configChanged(change.changed, source);
    if (hideSignature() !== hidesBefore) remountParts();
    if (rebuilt) afterReset();
    else invalidate({ config: true, values: true });
  }

  /** Mirrors the config into the URL and tells listeners which keys changed. */
  function configChanged(changed: string[], source: 'ui' | 'api'): void {
    writeUrl();
    if (changed.length) emitter.emit('configchange', { config: trainer.config, changed, source });
  }

  /** Whether a config key (a `_hide` flag) is set. */
  const configFlag = (key: string) => (trainer.config as unknown as Record<string, unknown>)[key] === true;

  function hideSignature(): string {
    return Object.keys(trainer.config).filter((k) => k.endsWith('_hide') && configFlag(k)).sort().join(',');
  }

  /** A hand edit of one weight or bias (ignored unless finite): the same path as setWeights. */
  function editNetwork(value: number, edit: (w: NetworkWeights) => void): void {
    if (!Number.isFinite(value)) return;
    const w = trainer.getWeights();
    edit(w);
    api.setWeights(w);
  }

  /** Runs a change asked for by the UI; a ConfigError comes back as its message instead of escaping into an event handler. */
  function uiChange(change: () => void): string | null {
    try {
      change();
      return null;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return error.message;
    }
  }

  const actions: Actions = {
    setConfig: (patch) => {
      const error = uiChange(() => applyConfig(patch, 'ui'));
      if (error) win?.console?.warn(`nn-playground: ${error}`);
    },
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    togglePlay: () => setPlaying(!playing),
    step: () => api.step(1),
    reset: () => api.reset(),
    regenerate: () => regenerate('ui'),
    setWeight: (layer, node, source, value) => editNetwork(value, (w) => (w.layers[layer - 1].weights[node][source] = value)),
    setBias: (layer, node, value) => editNetwork(value, (w) => (w.layers[layer - 1].biases[node] = value)),
    hover: (node) => {
      hovered = node;
      invalidate({ hover: true });
    },
    setSpeed: (value) => api.setSpeed(value),
    setData: (points) => uiChange(() => applyConfig({ data: encodePoints(points) }, 'ui')),
    getData: () => trainer.getData(),
    setCsv: (text) => {
      const read = csvToPoints(text, trainer.config.problem === 'classification');
      return 'error' in read ? read.error : actions.setData(read.points);
    },
    exportState: () => JSON.stringify(trainer.getState(), null, 2),
    exportPng: () => api.toPNG(),
    exportSvg: () => api.toSVG(),
    link: () => {
      // A full address when the page has one, so the link works when pasted elsewhere.
      const here = win?.location?.href?.split('#')[0] ?? '';
      return here + api.toUrl();
    },
  };

  function regenerate(source: 'ui' | 'api'): void {
    if (destroyed) return;
    trainer.regenerate();
    configChanged(['seed'], source);
    emitter.emit('loss', trainer.result);
    invalidate({ data: true, values: true, config: true });
    checkDivergence();
  }

  // ---- parts -----------------------------------------------------------------------
  // The colour stops come from computed style, read on first use: in the
  // first frame's measure step, not while building (which would force a
  // style pass on a half-built tree).
  const readStops = (): Partial<ColorStops> => {
    if (!win?.getComputedStyle) return {};
    const style = win.getComputedStyle(root);
    // Any CSS colour works (`teal`, `hsl(...)`): what is not #hex or rgb()
    // is resolved by the browser through a probe, styled via the CSSOM.
    const read = (name: string) => {
      const value = style.getPropertyValue(name).trim();
      if (value === '' || parseColor(value)) return value;
      const probe = h(doc, 'span', ['visuallyHidden']);
      probe.style.color = value;
      root.append(probe);
      const resolved = win.getComputedStyle(probe).color;
      probe.remove();
      return resolved;
    };
    return { negative: read('--nnp-negative'), zero: read('--nnp-zero'), positive: read('--nnp-positive') };
  };
  let palette: Palette = lazyPalette(readStops);
  let partsLife = life.child();
  const isOn = (name: PartName | string): boolean => opts.parts[name as PartName] !== false && !configFlag(`${name}_hide`);
  /** The network column also carries the features, so it shows when either is on. */
  const shows = (name: PartName) => isOn(name) || (name === 'network' && isOn('features'));

  function mountParts(): void {
    const ctx: PartContext = {
      doc,
      slots,
      state: syncState, // parts acting twice in one frame see the first change
      actions,
      labels,
      palette: (palette = lazyPalette(readStops)),
      life: partsLife,
      isOn,
      onRender: (cb) => {
        renderers.push(cb);
        partsLife.add(() => renderers.splice(renderers.indexOf(cb), 1));
      },
    };
    for (const part of PARTS_IN_ORDER()) {
      if (shows(part.name)) partsLife.add(part.mount(ctx));
    }
    for (const [slot, name] of [[slots.data, 'data'], [slots.network, 'network'], [slots.output, 'output']] as const) {
      toggleClass(slot, 'hidden', slot.childElementCount === 0 || !shows(name));
    }
    invalidate(everyReason(true));
  }

  function remountParts(): void {
    partsLife.dispose();
    partsLife = life.child();
    mountParts();
    measured = false; // the new palette is read before the next frame writes
  }

  // ---- theme and size ------------------------------------------------------------------
  /** The narrow layout below 900 px; returns whether it changed. */
  function setNarrow(width: number): boolean {
    const narrow = width > 0 && width < NARROW_BELOW;
    if (narrow === root.classList.contains(CLASS.narrow)) return false;
    toggleClass(root, 'narrow', narrow);
    return true;
  }

  /**
   * The first frame's reads, before it writes anything: the layout (narrow
   * or not), the network column's width, and the palette's colours. Later
   * sizes come from the ResizeObserver.
   */
  function measure(): void {
    measured = true;
    palette.continuous(0); // resolving the palette reads computed style now, while nothing is pending but the build
    if (!root.isConnected) return;
    setNarrow(root.clientWidth);
    if (!state.networkWidth && win?.getComputedStyle) {
      const width = parseFloat(win.getComputedStyle(slots.network).width);
      if (width > 0) state.networkWidth = width;
    }
  }
  const media = (q: string) => (win?.matchMedia ? win.matchMedia(q) : null);
  const darkQuery = opts.theme === 'auto' ? media('(prefers-color-scheme: dark)') : null;
  const applyTheme = () => toggleClass(root, 'dark', opts.theme === 'dark' || !!darkQuery?.matches);
  applyTheme();
  if (darkQuery) {
    life.listen(darkQuery, 'change', () => {
      applyTheme();
      remountParts(); // the palette reads the theme's colour stops
    });
  }

  const Observer = (win as (Window & typeof globalThis) | null)?.ResizeObserver;
  if (Observer) {
    const observer = new Observer((entries) => {
      let changed = false;
      for (const entry of entries) {
        const width = entry.contentRect.width;
        if (entry.target === root) changed = setNarrow(width) || changed;
        else if (Math.abs(width - state.networkWidth) >= 0.5) {
          state.networkWidth = width;
          changed = true;
        }
      }
      // The first notification only confirms what the first frame measured.
      if (changed) invalidate({ resize: true });
    });
    observer.observe(root);
    observer.observe(slots.network);
    life.add(() => observer.disconnect());
  }

  // Drawing (and, by default, training) pauses while nobody can see the widget.
  const IO = (win as (Window & typeof globalThis) | null)?.IntersectionObserver;
  if (IO) {
    const io = new IO((entries) => {
      onScreen = entries[entries.length - 1].isIntersecting;
      updateSchedule();
    });
    io.observe(root);
    life.add(() => io.disconnect());
  }
  life.listen(doc, 'visibilitychange', () => {
    pageVisible = !doc.hidden;
    updateSchedule();
  });

  mountParts();
  history.push(trainer.epoch, trainer.trainLoss, trainer.testLoss);
  writeUrl();

  // ---- the public object ------------------------------------------------------------------
  const api: Playground = {
    get config() {
      return trainer.config;
    },
    setConfig: (patch) => applyConfig(patch, 'api'),
    play: actions.play,
    pause: actions.pause,
    get playing() {
      return playing;
    },
    get speed() {
      return speed;
    },
    setSpeed(value) {
      speed = checkSpeed(value);
      invalidate({ config: true });
    },
    step(epochs = 1) {
      if (!Number.isInteger(epochs) || epochs < 0 || epochs > 1e6) {
        throw new ConfigError('epochs', epochs, 'a whole number from 0 to 1000000');
      }
      if (destroyed) return trainer.result;
      setPlaying(false, 'step');
      for (let k = 0; k < epochs && !diverged; k++) trainOneEpoch();
      invalidate({ values: true });
      return trainer.result;
    },
    reset() {
      if (destroyed) return;
      setPlaying(false, 'reset');
      trainer.reset();
      afterReset();
    },
    regenerate: () => regenerate('api'),
    get epoch() {
      return trainer.epoch;
    },
    get trainLoss() {
      return trainer.trainLoss;
    },
    get testLoss() {
      return trainer.testLoss;
    },
    predict: (x1, x2) => trainer.predict(x1, x2),
    getWeights: () => trainer.getWeights(),
    setWeights(w) {
      if (destroyed) return;
      trainer.setWeights(w);
      emitter.emit('loss', trainer.result);
      invalidate({ values: true });
      checkDivergence();
    },
    getState: () => trainer.getState(),
    setState(s) {
      if (destroyed) return;
      const before = trainer.config;
      trainer.setState(s); // validates; on error nothing changed
      setPlaying(false, 'reset');
      configChanged(diffConfig(before, trainer.config), 'api');
      remountParts();
      afterReset();
    },
    toUrl: () => '#' + serializeLink(trainer.config),
    setData: (points) => applyConfig({ data: encodePoints(points) }, 'api'),
    getData: actions.getData,
    toPNG: (options) => heatmapPng(doc, withGrid(), palette, options),
    toSVG: () => networkSvg(doc, withGrid(), palette),
    on: emitter.on,
    off: emitter.off,
    destroy() {
      if (destroyed) return;
      setPlaying(false, 'user');
      destroyed = true;
      life.dispose();
    },
  };

  if (opts.autoplay && !media('(prefers-reduced-motion: reduce)')?.matches) setPlaying(true);
  return api;
}
