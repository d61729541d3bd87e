/**
 * The DATA column: dataset picker with thumbnails, the ratio / noise / batch
 * sliders and the Regenerate button. Controls are built once and kept in
 * step with the config on every config render.
 */
import type { ClassifyDatasetName, RegressDatasetName } from '../../data/datasets.js';
import { CLASS, h, setAttr, setText, toggleClass } from '../dom.js';
import { context2d, dataToPixel } from '../heatmap.js';
import { SCALE_STEPS, stepOf, type Palette } from '../colors.js';
import type { Lifecycle } from '../../playground/lifecycle.js';
import type { Part, PartContext, ViewState } from './types.js';

/** A point to draw on a thumbnail (what the data generators give). */
export interface SamplePoint {
  x: number;
  y: number;
  label: number;
}

/** Points for one data set's thumbnail; the playground passes one built from the generators. */
export type SamplePoints = (dataset: string) => readonly SamplePoint[];

// Listed here, not imported: views do not load data/ at run time.
const CLASSIFY: readonly ClassifyDatasetName[] = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'checkerboard', 'rings'];
const REGRESS: readonly RegressDatasetName[] = ['reg-plane', 'reg-gauss'];

/** The original's slider ranges; a config value outside one widens it. */
const SLIDERS = [
  { key: 'percTrainData', min: 10, max: 90, step: 10, unit: '%' },
  { key: 'noise', min: 0, max: 50, step: 5, unit: '' },
  { key: 'batchSize', min: 1, max: 30, step: 1, unit: '' },
] as const;

type SliderKey = (typeof SLIDERS)[number]['key'];

const THUMB_SIZE = 100;

/**
 * A thumbnail's pixels: each point a 4 px square in the label's colour (the
 * palette's continuous scale), +y up (the original's were upside down), on
 * a transparent ground; later points cover earlier ones. Writes `out`
 * (size × size RGBA) and returns it. Pure.
 */
export function thumbnailImage(points: readonly SamplePoint[], palette: Palette, size: number, out: Uint8ClampedArray): Uint8ClampedArray {
  out.fill(0);
  const rgb = palette.scaleRgb;
  for (const p of points) {
    const [px, py] = dataToPixel(p.x, p.y, size);
    const x0 = Math.round(px - 2);
    const y0 = Math.round(py - 2);
    const k = 3 * stepOf(p.label);
    for (let y = Math.max(0, y0); y < Math.min(size, y0 + 4); y++) {
      for (let x = Math.max(0, x0); x < Math.min(size, x0 + 4); x++) {
        const o = 4 * (y * size + x);
        out[o] = rgb[k];
        out[o + 1] = rgb[k + 1];
        out[o + 2] = rgb[k + 2];
        out[o + 3] = 255;
      }
    }
  }
  return out;
}

/** Thumbnail pixels per point set and palette: every widget on a page shows the same few pictures. */
const PICTURES = new WeakMap<readonly SamplePoint[], Map<string, Uint8ClampedArray>>();

function drawThumbnail(canvas: HTMLCanvasElement, points: readonly SamplePoint[], palette: Palette): void {
  const g = context2d(canvas);
  if (!g) return;
  const image = g.createImageData(THUMB_SIZE, THUMB_SIZE);
  const key = palette.scale[0] + palette.scale[SCALE_STEPS] + palette.scale[2 * SCALE_STEPS];
  let byPalette = PICTURES.get(points);
  if (!byPalette) PICTURES.set(points, (byPalette = new Map()));
  let pixels = byPalette.get(key);
  if (!pixels) byPalette.set(key, (pixels = thumbnailImage(points, palette, THUMB_SIZE, new Uint8ClampedArray(image.data.length))));
  image.data.set(pixels);
  g.putImageData(image, 0, 0);
}

/**
 * A slider in a label with its live value. Dragging (`input`) updates only
 * the text; the config changes on `change`, so a drag does not regenerate
 * the data on every step. While the user is mid-drag, config renders leave
 * the slider alone.
 */
function slider(ctx: PartContext, life: Lifecycle, spec: (typeof SLIDERS)[number]) {
  const { doc } = ctx;
  const value = h(doc, 'span', ['sliderValue']);
  const input = h(doc, 'input', ['slider'], { type: 'range', min: spec.min, max: spec.max, step: spec.step });
  const el = h(doc, 'label', ['control'], null,
    h(doc, 'span', ['controlLabel'], null, `${ctx.labels[spec.key]}: `, value), input);
  const show = (v: number) => {
    const text = `${v}${spec.unit}`;
    setText(value, text);
    setAttr(input, 'aria-valuetext', text);
  };
  let dragging = false;

  const sync = (v: number) => {
    if (dragging) return;
    // Widen the range for a value from a URL or the API, and take a finer
    // step for a value off the grid, so the slider shows the config exactly.
    setAttr(input, 'min', Math.min(spec.min, v));
    setAttr(input, 'max', Math.max(spec.max, v));
    const onGrid = (v - spec.min) % spec.step === 0;
    setAttr(input, 'step', onGrid ? spec.step : Number.isInteger(v) ? 1 : 'any');
    if (input.value !== String(v)) input.value = String(v);
    show(v);
  };

  life.listen(input, 'input', () => {
    dragging = true;
    show(Number(input.value));
  });
  life.listen(input, 'change', () => {
    dragging = false;
    const patch: Partial<Record<SliderKey, number>> = { [spec.key]: Number(input.value) };
    ctx.actions.setConfig(patch);
  });
  // A drag that ends where it began fires no change: let go on blur.
  life.listen(input, 'blur', () => {
    dragging = false;
    sync(ctx.state().config[spec.key]);
  });
  return { key: spec.key as SliderKey, el, sync };
}

/** The DATA part, drawing its thumbnails with `samplePoints` (200 points at noise 0 in the playground). */
export function createDataPart(samplePoints: SamplePoints): Part {
  function mount(ctx: PartContext): () => void {
    const { doc, labels } = ctx;
    // Our own child lifecycle, so the disposer drops our listeners even if the host keeps its own.
    const life = ctx.life.child();

    const buttons = [...CLASSIFY, ...REGRESS].map((name) => {
      const regression = (REGRESS as readonly string[]).includes(name);
      const canvas = h(doc, 'canvas', ['datasetThumb'], { width: THUMB_SIZE, height: THUMB_SIZE, 'aria-hidden': 'true' });
      const button = h(doc, 'button', ['datasetButton'], { type: 'button', title: labels[name], 'aria-pressed': 'false' },
        canvas, h(doc, 'span', ['visuallyHidden'], null, labels[name]));
      life.listen(button, 'click', () =>
        ctx.actions.setConfig(regression ? { regDataset: name as RegressDatasetName } : { dataset: name as ClassifyDatasetName }));
      return { name, regression, button, canvas, drawn: false };
    });
    const picker = h(doc, 'fieldset', ['datasets'], null,
      h(doc, 'legend', null, null, labels.whichDataset),
      h(doc, 'div', null, null, ...buttons.map((b) => b.button)));

    const sliders = SLIDERS.map((spec) => slider(ctx, life, spec));
    const regenerate = h(doc, 'button', ['button', 'regenerate'], { type: 'button' }, labels.regenerate);
    life.listen(regenerate, 'click', () => ctx.actions.regenerate());

    const root = h(doc, 'div', ['data'], null,
      h(doc, 'h2', ['columnTitle'], null, labels.data),
      picker, ...sliders.map((sl) => sl.el), regenerate);
    ctx.slots.data.appendChild(root);

    // Thumbnails are not needed for the first picture: they are painted in a
    // task of their own just after the frame that first shows them.
    let pending: ReturnType<typeof setTimeout> | undefined;
    life.add(() => clearTimeout(pending));
    function paintThumbnails(): void {
      pending = undefined;
      if (life.disposed || !ctx.isOn('dataset')) return;
      const regression = ctx.state().config.problem === 'regression';
      for (const b of buttons) {
        if (b.drawn || b.regression !== regression) continue;
        b.drawn = true;
        drawThumbnail(b.canvas, samplePoints(b.name), ctx.palette);
      }
    }

    /** Syncs the controls with the config; with `draw`, has the blank thumbnails shown painted soon. */
    function render(state: ViewState, draw: boolean): void {
      const cfg = state.config;
      const regression = cfg.problem === 'regression';
      const selected = regression ? cfg.regDataset : cfg.dataset;
      toggleClass(picker, 'hidden', !ctx.isOn('dataset'));
      if (draw && pending === undefined && buttons.some((b) => !b.drawn && b.regression === regression)) {
        pending = setTimeout(paintThumbnails, 0);
      }
      for (const b of buttons) {
        toggleClass(b.button, 'hidden', b.regression !== regression);
        toggleClass(b.button, 'selected', b.name === selected);
        setAttr(b.button, 'aria-pressed', String(b.name === selected));
      }
      for (const sl of sliders) {
        toggleClass(sl.el, 'hidden', !ctx.isOn(sl.key));
        sl.sync(cfg[sl.key]);
      }
      toggleClass(regenerate, 'hidden', !ctx.isOn('regenerate'));
    }

    ctx.onRender((state, why) => {
      if (why.config && !life.disposed) render(state, true);
    });
    render(ctx.state(), false);
    return () => {
      life.dispose();
      root.remove();
    };
  }
  return { name: 'data', mount };
}

/** The DATA part without thumbnails' points (blank thumbnails), for use on its own. */
export const dataPart: Part = createDataPart(() => []);

export const css = `
.${CLASS.data} { display: flex; flex-direction: column; gap: 12px; min-width: 0; }
.${CLASS.data} > .${CLASS.columnTitle} { margin: 0; }
.${CLASS.datasets} { margin: 0; padding: 0; border: 0; min-width: 0; }
.${CLASS.datasets} > div { display: grid; grid-template-columns: repeat(2, 38px); gap: 8px; }
.${CLASS.datasets} > legend { padding: 0; margin-bottom: 6px; font-size: 12px; color: var(--nnp-muted); }
.${CLASS.datasetButton} { position: relative; display: block; width: 38px; height: 38px; padding: 0; border: 2px solid var(--nnp-line); border-radius: 3px; background: var(--nnp-bg); opacity: 0.3; cursor: pointer; }
.${CLASS.datasetButton}:hover { opacity: 0.7; }
.${CLASS.datasetButton}.${CLASS.selected} { opacity: 1; border-color: var(--nnp-fg); }
.${CLASS.datasetButton}:focus-visible { opacity: 1; } /* the outline is the widget's focus ring */
.${CLASS.datasetThumb} { display: block; width: 100%; height: 100%; }
.${CLASS.data} .${CLASS.control} { gap: 4px; } /* a column, as in the top bar */
.${CLASS.data} .${CLASS.controlLabel} { font-size: 12px; text-transform: none; letter-spacing: 0; }
.${CLASS.sliderValue} { color: var(--nnp-fg); font-weight: 600; font-variant-numeric: tabular-nums; }
.${CLASS.slider} { width: 100%; max-width: 160px; margin: 0; accent-color: var(--nnp-accent); }
.${CLASS.regenerate} { align-self: flex-start; padding: 6px 10px; border: 1px solid var(--nnp-line); border-radius: 4px; background: var(--nnp-bg); color: var(--nnp-fg); font-size: 12px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; cursor: pointer; }
.${CLASS.regenerate}:hover { background: var(--nnp-hover); }
`;
