/**
 * The top bar: reset, play/pause, step, the epoch readout and the menus for
 * learning rate, activation, regularization, its rate, the problem type,
 * the optimizer and the initial weights.
 * Every control is a native element with a label, so keyboards and screen
 * readers work without extra code.
 */
import type { PlaygroundConfig } from '../../config/schema.js';
import { CLASS, formatEpoch, h, s, setAttr, setText, toggleClass } from '../dom.js';
import type { LabelKey } from '../labels.js';
import type { Part, PartContext } from './types.js';

const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const SPEEDS: readonly (number | 'max')[] = [1, 2, 5, 10, 25, 100, 'max'];

type MenuKey = 'learningRate' | 'activation' | 'regularization' | 'regularizationRate' | 'problem' | 'optimizer' | 'init';

interface MenuSpec {
  key: MenuKey;
  /** Offered values; a config value outside them is added so the menu never shows blank. */
  values: readonly (string | number)[];
  numeric: boolean;
  text(v: string | number, labels: PartContext['labels']): string;
}

const MENUS: readonly MenuSpec[] = [
  { key: 'learningRate', values: LEARNING_RATES, numeric: true, text: (v) => String(v) },
  { key: 'activation', values: ['relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu', 'elu', 'swish', 'sin'], numeric: false, text: (v, l) => l[v as LabelKey] },
  { key: 'regularization', values: ['none', 'L1', 'L2'], numeric: false, text: (v, l) => (v === 'none' ? l.none : String(v)) },
  { key: 'regularizationRate', values: REGULARIZATION_RATES, numeric: true, text: (v) => String(v) },
  { key: 'problem', values: ['classification', 'regression'], numeric: false, text: (v, l) => l[v as LabelKey] },
  { key: 'optimizer', values: ['sgd', 'momentum', 'adam'], numeric: false, text: (v, l) => l[v as LabelKey] },
  { key: 'init', values: ['uniform', 'xavier', 'he'], numeric: false, text: (v, l) => l[v as LabelKey] },
];

/** A small inline SVG icon (paths are ours; no external assets). */
function icon(doc: Document, d: string): SVGSVGElement {
  return s(doc, 'svg', null, { viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': 'true', focusable: 'false' }, s(doc, 'path', null, { d, fill: 'currentColor' }));
}
const ICON_PLAY = 'M8 5v14l11-7z';
const ICON_PAUSE = 'M6 5h4v14H6zm8 0h4v14h-4z';
const ICON_STEP = 'M6 18l8.5-6L6 6v12zM16 6v12h2V6h-2z';
const ICON_RESET = 'M12 5V1L7 6l5 5V7c3.3 0 6 2.7 6 6s-2.7 6-6 6-6-2.7-6-6H4c0 4.4 3.6 8 8 8s8-3.6 8-8-3.6-8-8-8z';

export const controlsPart: Part = {
  name: 'controls',
  mount(ctx) {
    const { doc, labels, actions, life } = ctx;
    const bar = h(doc, 'div', ['controls'], { role: 'toolbar', 'aria-label': labels.widget });

    const buttons = h(doc, 'div', ['controlGroup']);
    let play: HTMLButtonElement | null = null;
    if (ctx.isOn('resetButton')) {
      const reset = h(doc, 'button', ['iconButton'], { type: 'button', 'aria-label': labels.reset, title: labels.reset }, icon(doc, ICON_RESET));
      life.listen(reset, 'click', () => actions.reset());
      buttons.append(reset);
    }
    if (ctx.isOn('playButton')) {
      play = h(doc, 'button', ['iconButton', 'playButton'], { type: 'button', 'aria-label': labels.play, 'aria-pressed': 'false', title: labels.play }, icon(doc, ICON_PLAY));
      life.listen(play, 'click', () => actions.togglePlay());
      buttons.append(play);
    }
    if (ctx.isOn('stepButton')) {
      const step = h(doc, 'button', ['iconButton'], { type: 'button', 'aria-label': labels.step, title: labels.step }, icon(doc, ICON_STEP));
      life.listen(step, 'click', () => actions.step());
      buttons.append(step);
    }
    if (buttons.childElementCount) bar.append(buttons);

    let epochValue: HTMLElement | null = null;
    if (ctx.isOn('epoch')) {
      epochValue = h(doc, 'span', ['epochValue'], null, formatEpoch(0));
      bar.append(h(doc, 'div', ['epoch'], null, h(doc, 'span', ['controlLabel'], null, labels.epoch), epochValue));
    }

    // Speed is not part of the config (the original has none): epochs per frame.
    let speedSelect: HTMLSelectElement | null = null;
    if (ctx.isOn('speed')) {
      speedSelect = h(doc, 'select', ['select'], { id: 'nnp-speed' });
      life.listen(speedSelect, 'change', () => actions.setSpeed(speedSelect!.value === 'max' ? 'max' : Number(speedSelect!.value)));
      bar.append(h(doc, 'div', ['control'], null, h(doc, 'label', ['controlLabel'], { for: 'nnp-speed' }, labels.speed), speedSelect));
    }
    const syncSpeed = (speed: number | 'max') => {
      if (!speedSelect) return;
      // A speed from the API outside the menu is added, in order, before "max".
      const numbers = SPEEDS.filter((v): v is number => v !== 'max');
      const values: (number | 'max')[] = SPEEDS.includes(speed) ? [...SPEEDS] : [...[...numbers, speed as number].sort((a, b) => a - b), 'max'];
      if (speedSelect.options.length !== values.length) {
        speedSelect.replaceChildren(...values.map((v) => h(doc, 'option', null, { value: String(v) }, v === 'max' ? labels.speedMax : `${v}\u00d7`)));
      }
      if (speedSelect.value !== String(speed)) speedSelect.value = String(speed);
    };

    const selects = new Map<MenuKey, HTMLSelectElement>();
    for (const menu of MENUS) {
      if (!ctx.isOn(menu.key)) continue;
      const id = `nnp-${menu.key}`; // ids are scoped to the widget's shadow root
      const select = h(doc, 'select', ['select'], { id });
      life.listen(select, 'change', () => {
        const raw = select.value;
        actions.setConfig({ [menu.key]: menu.numeric ? Number(raw) : raw } as unknown as Partial<PlaygroundConfig>);
      });
      selects.set(menu.key, select);
      bar.append(h(doc, 'div', ['control'], null, h(doc, 'label', ['controlLabel'], { for: id }, labels[menu.key]), select));
    }

    /** Options follow the config: a value from a link outside the menu still shows. */
    const syncMenus = (config: Readonly<PlaygroundConfig>) => {
      for (const menu of MENUS) {
        const select = selects.get(menu.key);
        if (!select) continue;
        const current = config[menu.key] as string | number;
        const values = menu.values.includes(current) ? menu.values : [...menu.values, current].sort((a, b) => (menu.numeric ? (a as number) - (b as number) : 0));
        if (select.options.length !== values.length) {
          select.replaceChildren(...values.map((v) => h(doc, 'option', null, { value: String(v) }, menu.text(v, labels))));
        }
        if (select.value !== String(current)) select.value = String(current);
      }
    };

    ctx.onRender((state, why) => {
      if (epochValue && (why.values || why.structure)) setText(epochValue, formatEpoch(state.epoch));
      if (play && why.playing) {
        const label = state.playing ? labels.pause : labels.play;
        play.replaceChildren(icon(doc, state.playing ? ICON_PAUSE : ICON_PLAY));
        setAttr(play, 'aria-label', label);
        setAttr(play, 'title', label);
        setAttr(play, 'aria-pressed', String(state.playing));
        toggleClass(play, 'playing', state.playing);
      }
      if (why.config) {
        syncMenus(state.config);
        syncSpeed(state.speed);
      }
    });

    if (bar.childElementCount) ctx.slots.controls.append(bar);
    return () => bar.remove();
  },
};

export const css = `
.${CLASS.controls} { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 16px; padding: 10px 12px; background: var(--nnp-panel); border-bottom: 1px solid var(--nnp-line); }
.${CLASS.controlGroup} { display: flex; align-items: center; gap: 6px; }
.${CLASS.iconButton} { display: inline-flex; align-items: center; justify-content: center; width: 40px; height: 40px; border-radius: 50%; border: 1px solid var(--nnp-line); background: var(--nnp-bg); color: var(--nnp-fg); cursor: pointer; padding: 0; }
.${CLASS.iconButton}:hover { background: var(--nnp-hover); }
.${CLASS.playButton} { width: 52px; height: 52px; background: var(--nnp-accent); color: #fff; border: none; }
.${CLASS.playButton}:hover { background: var(--nnp-accent); filter: brightness(1.15); }
.${CLASS.epoch} { display: flex; flex-direction: column; min-width: 6.5em; }
.${CLASS.epochValue} { font-size: 1.6em; font-variant-numeric: tabular-nums; }
.${CLASS.control} { display: flex; flex-direction: column; gap: 2px; }
.${CLASS.controlLabel} { font-size: 0.75em; color: var(--nnp-muted); text-transform: uppercase; letter-spacing: 0.04em; }
.${CLASS.select} { font: inherit; color: var(--nnp-fg); background: var(--nnp-bg); border: 1px solid var(--nnp-line); border-radius: 4px; padding: 4px 6px; min-height: 32px; }
`;
