/**
 * TOOLS, under the output: draw your own points on the big heatmap, paste
 * or drop CSV, save the run (JSON, PNG, SVG) and copy a link. Every change
 * is an action (setData, setCsv, export*, link); the part reads the heatmap
 * box's size once per press, never per frame.
 */
import { CLASS, find, h, setAttr, setText, toggleClass } from '../dom.js';
import { EXTENT } from '../heatmap.js';
import { BOX, PAD } from './output.js';
import type { Part, PartContext } from './types.js';

export interface DrawnPoint {
  x1: number;
  x2: number;
  label: number;
}

/** A click this close (data units: about the drawn dot) to a point removes it, so clicks between dense points still add. */
export const REMOVE_RADIUS = 0.15;
/** A press that moves further (CSS px) before it lifts is a scroll or a drag, not a tap. */
const TAP_SLOP = 10;
/** Largest CSV file read (2,000 points fit in far less). */
const MAX_FILE_BYTES = 1 << 20;
/** How long a saved file's object URL lives; the download has started long before. */
const REVOKE_AFTER_MS = 30_000;

/**
 * Data coordinates of a pointer at (offsetX, offsetY) CSS px in the heatmap
 * box of width x height px (the plot inset as the output part draws it),
 * rounded to 2 decimals; null outside the plot.
 */
export function pointerToData(offsetX: number, offsetY: number, width: number, height: number): { x1: number; x2: number } | null {
  if (!(width > 0 && height > 0)) return null;
  const plot = BOX - 2 * PAD;
  const fx = ((offsetX / width) * BOX - PAD) / plot;
  const fy = ((offsetY / height) * BOX - PAD) / plot;
  if (!(fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1)) return null;
  const round = (v: number) => Math.round(v * 100) / 100 || 0; // no -0
  return { x1: round(-EXTENT + 2 * EXTENT * fx), x2: round(EXTENT - 2 * EXTENT * fy) };
}

/** Index of the point nearest to (x1, x2) within `radius`, or -1. */
export function nearestPoint(points: readonly DrawnPoint[], x1: number, x2: number, radius = REMOVE_RADIUS): number {
  let best = -1;
  let bestD = radius * radius;
  points.forEach((p, i) => {
    const d = (p.x1 - x1) ** 2 + (p.x2 - x2) ** 2;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

/** A click at `at`: removes the nearest point within REMOVE_RADIUS, else adds one with `label`. */
export function editPoints(points: readonly DrawnPoint[], at: { x1: number; x2: number }, label: number): DrawnPoint[] {
  const near = nearestPoint(points, at.x1, at.x2);
  return near >= 0 ? points.filter((_, i) => i !== near) : [...points, { x1: at.x1, x2: at.x2, label }];
}

function mount(ctx: PartContext): () => void {
  const { doc, labels, actions } = ctx;
  const life = ctx.life.child();
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  // The output part's heatmap, mounted before us (absent when that part is off).
  const heatmap = find<HTMLElement>(ctx.slots.output, 'heatmap');
  // The tools live in the output column: no output, no tools.
  if (!ctx.isOn('output')) return () => life.dispose();
  const on = { draw: !!heatmap && ctx.isOn('heatmap') && ctx.isOn('drawData'), csv: ctx.isOn('csv'), save: ctx.isOn('export'), link: ctx.isOn('copyLink') };
  const root = h(doc, 'div', ['tools'], { role: 'group', 'aria-label': labels.tools });
  const row = () => h(doc, 'div', ['toolRow']);
  const button = (text: string, attrs?: Record<string, string>, ...before: Node[]) => {
    const b = h(doc, 'button', ['toolButton'], { type: 'button', ...attrs }, ...before, text);
    // Buttons only show when their part is on: listening costs nothing otherwise.
    return (fn: () => void) => (life.listen(b, 'click', fn), b);
  };
  const status = h(doc, 'div', ['toolsStatus'], { role: 'status' });
  const say = (text: string, error = false) => {
    setText(status, text);
    toggleClass(status, 'error', error);
  };

  /** Applies a data change; training that was running goes on with the new data. */
  const change = (apply: () => string | null): boolean => {
    const playing = ctx.state().playing;
    const error = apply();
    say(error ?? `${labels.yourPoints} ${actions.getData().length}`, !!error);
    if (!error && playing) actions.play();
    return !error;
  };

  // ---- your own data: draw, paste or drop, clear ------------------------------------
  let drawing = false;
  /** After Clear while drawing: the next point starts a new drawing (the dataset shows, dimmed, until then). */
  let fresh = false;
  let sign = 1;
  let ownData = false;
  const pressed = (el: Element, on: boolean) => setAttr(el, 'aria-pressed', String(on));
  const sync = () => {
    pressed(drawButton, drawing);
    pressed(blue, sign > 0);
    pressed(orange, sign < 0);
    toggleClass(colours, 'hidden', !drawing);
    toggleClass(clear, 'hidden', !ownData && !drawing);
    if (heatmap) {
      toggleClass(heatmap, 'drawing', drawing);
      toggleClass(heatmap, 'drawFresh', drawing && fresh);
    }
  };
  const drawButton = button(labels.drawData, { 'aria-pressed': 'false', title: labels.drawHint })(() => {
    drawing = !drawing;
    fresh = false;
    say(drawing ? labels.drawHint : '');
    // Every point you draw shows: the test half too.
    if (drawing && !ctx.state().config.showTestData) actions.setConfig({ showTestData: true });
    sync();
  });
  const blue = button(labels.blue, {}, h(doc, 'span', ['swatch', 'swatchPositive']))(() => ((sign = 1), sync()));
  const orange = button(labels.orange, {}, h(doc, 'span', ['swatch']))(() => ((sign = -1), sync()));
  const colours = h(doc, 'div', ['toolRow'], { role: 'group', 'aria-label': labels.drawData }, blue, orange);
  const clear = button(labels.clearData)(() => {
    fresh = drawing;
    if (change(() => actions.setData([]))) say(drawing ? labels.cleared : '');
    sync();
  });
  const dataRow = row();
  if (heatmap && on.draw) {
    dataRow.append(drawButton);
    // A tap adds or removes a point when it lifts where it went down; a press
    // that turns into a scroll is cancelled by the browser instead.
    let press: { id: number; x: number; y: number; cx: number; cy: number; w: number; h: number; shift: boolean } | null = null;
    life.listen(heatmap, 'pointerdown', (e: PointerEvent) => {
      if (drawing && e.button === 0) press = { id: e.pointerId, x: e.offsetX, y: e.offsetY, cx: e.clientX, cy: e.clientY, w: heatmap.clientWidth, h: heatmap.clientHeight, shift: e.shiftKey };
    });
    life.listen(heatmap, 'pointercancel', () => (press = null));
    life.listen(heatmap, 'pointerup', (e: PointerEvent) => {
      const p = press;
      press = null;
      const at = p && drawing && p.id === e.pointerId && Math.hypot(e.clientX - p.cx, e.clientY - p.cy) <= TAP_SLOP && pointerToData(p.x, p.y, p.w, p.h);
      if (!p || !at) return;
      const points = editPoints(fresh ? [] : actions.getData(), at, p.shift ? -sign : sign);
      // The last point of a drawing removed: back to the dataset, as Clear does.
      if (change(() => actions.setData(points))) fresh = !points.length;
      if (fresh) say(labels.cleared);
      sync();
    });
  }

  const area = h(doc, 'textarea', null, { id: 'nnp-csv', rows: 5, spellcheck: 'false', placeholder: 'x1,x2,label\n1.5,2,1\n-3,0.5,-1' });
  const useCsv = (text: string) => {
    if (change(() => actions.setCsv(text))) {
      fresh = false;
      showPanel(false);
    }
    sync();
  };
  const showPanel = (open: boolean) => {
    toggleClass(panel, 'hidden', !open);
    setAttr(csvButton, 'aria-expanded', String(open));
    if (open) area.focus();
  };
  const panel = h(doc, 'div', ['csvPanel', 'hidden'], { id: 'nnp-csv-panel' },
    h(doc, 'label', null, { for: 'nnp-csv' }, labels.csvHint), area, button(labels.useCsv)(() => useCsv(area.value)));
  const csvButton = button(labels.pasteCsv, { 'aria-expanded': 'false', 'aria-controls': 'nnp-csv-panel' })(() => showPanel(panel.classList.contains(CLASS.hidden)));
  // A .csv file dropped on the map or the panel.
  const dropOn = (target: HTMLElement) => {
    const files = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const mark = (e: DragEvent) => toggleClass(target, 'dropTarget', e.type === 'dragover' && files(e));
    life.listen(target, 'dragover', (e: DragEvent) => {
      mark(e);
      if (files(e)) e.preventDefault();
    });
    life.listen(target, 'dragleave', mark);
    life.listen(target, 'drop', (e: DragEvent) => {
      mark(e);
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      if (file.size > MAX_FILE_BYTES) return say(labels.fileTooBig, true);
      file.text().then((text) => life.disposed || useCsv(text), (error) => life.disposed || say(String(error), true));
    });
  };
  if (on.csv) {
    dataRow.append(csvButton);
    if (heatmap) dropOn(heatmap);
    dropOn(panel);
  }
  if (on.draw || on.csv) {
    dataRow.append(clear);
    root.append(dataRow, colours, panel);
  }

  // ---- export and link ----------------------------------------------------------------
  const URLs = win?.URL ?? URL;
  const save = (name: string, make: () => string | Blob) => () => {
    let href: string;
    try {
      const made = make();
      href = typeof made === 'string' ? made : URLs.createObjectURL(made);
    } catch (error) {
      return say(String((error as Error)?.message ?? error), true);
    }
    const a = h(doc, 'a', ['hidden'], { href, download: name });
    root.append(a);
    a.click();
    a.remove();
    if (href.startsWith('blob:')) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const revoke = life.add(() => (clearTimeout(timer), URLs.revokeObjectURL(href)));
      timer = setTimeout(revoke, REVOKE_AFTER_MS);
    }
  };
  const blob = (text: () => string, type: string) => () => new Blob([text()], { type });
  const saveRow = row();
  if (on.save) {
    saveRow.append(
      button(labels.downloadState)(save('nn-playground-state.json', blob(() => actions.exportState(), 'application/json'))),
      button(labels.savePng)(save('nn-playground.png', () => actions.exportPng())),
      button(labels.saveSvg)(save('nn-playground.svg', blob(() => actions.exportSvg(), 'image/svg+xml'))),
    );
  }
  // Where the clipboard is missing or refuses: the link, selected, to copy by hand.
  const linkInput = h(doc, 'input', null, { readonly: true, 'aria-label': labels.copyLink });
  const linkBox = h(doc, 'label', ['linkBox', 'hidden'], null, labels.copyByHand, linkInput);
  if (on.link) {
    saveRow.append(button(labels.copyLink)(() => {
      const link = actions.link();
      const byHand = () => {
        if (life.disposed) return;
        say('');
        linkInput.value = link;
        toggleClass(linkBox, 'hidden', false);
        linkInput.focus();
        linkInput.select();
      };
      toggleClass(linkBox, 'hidden', true);
      const clipboard = win?.navigator?.clipboard;
      if (!clipboard?.writeText) return byHand();
      clipboard.writeText(link).then(() => life.disposed || say(labels.linkCopied), byHand);
    }));
  }
  if (saveRow.firstChild) root.append(saveRow, linkBox);
  if (!root.firstChild) return () => life.dispose();
  root.append(status);
  sync();

  ctx.onRender((state, why) => {
    if (life.disposed || !why.config) return;
    ownData = state.config.data !== '';
    sync();
  });
  ctx.slots.output.append(root);
  return () => {
    life.dispose();
    root.remove();
    drawing = false;
    sync();
  };
}

export const toolsPart: Part = { name: 'tools', mount };

export const css = `
.${CLASS.tools},.${CLASS.csvPanel},.${CLASS.linkBox}{display:flex;flex-direction:column;gap:6px;max-width:300px;font-size:12px;color:var(--nnp-muted)}
.${CLASS.toolRow}{display:flex;flex-wrap:wrap;gap:6px}
.${CLASS.toolButton}{display:flex;align-items:center;gap:5px;padding:4px 9px;min-height:28px;border:1px solid var(--nnp-line);border-radius:4px;background:var(--nnp-bg);color:var(--nnp-fg);cursor:pointer}
.${CLASS.toolButton}:hover{background:var(--nnp-hover)}
.${CLASS.toolButton}[aria-pressed=true]{background:var(--nnp-accent);color:#fff}
.${CLASS.swatch}{width:10px;height:10px;border-radius:50%;border:1px solid #fff;background:var(--nnp-negative)}
.${CLASS.swatchPositive}{background:var(--nnp-positive)}
.${CLASS.csvPanel}{padding:8px;background:var(--nnp-panel);align-items:flex-start}
.${CLASS.tools} textarea{width:100%;font:12px monospace}
.${CLASS.toolsStatus}.${CLASS.error}{color:#d32f2f}
.${CLASS.drawing}{cursor:crosshair;touch-action:manipulation}
.${CLASS.drawing}>canvas{pointer-events:none}
.${CLASS.drawFresh} .${CLASS.points}{opacity:.3}
.${CLASS.dropTarget}{outline:2px dashed var(--nnp-focus)}
`;
