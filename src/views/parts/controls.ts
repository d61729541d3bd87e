/**
 * The top bar: reset, play/pause, step, the epoch readout and the menus for
 * learning rate, activation, regularization, its rate, the problem type,
 * the optimizer and the initial weights.
 * Every control is a native element with a label, so keyboards and screen
 * readers work without extra code.
 */
import type { PlaygroundConfig } from '../../config/schema.js';
import { CLASS, formatEpoch, h, s, setAttr, setText, toggleClass, type ClassKey } from '../dom.js';
import type { LabelKey } from '../labels.js';
import type { ControlPartName, Part } from './types.js';

const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

type MenuKey = 'speed' | 'learningRate' | 'activation' | 'regularization' | 'regularizationRate' | 'problem' | 'optimizer' | 'init';
type MenuValue = string | number;

/**
 * The menus, in bar order, with their offered values; a current value
 * outside them is added so the menu never shows blank. Speed is not part of
 * the config (the original has none): epochs per frame, or "max".
 */
const MENUS: readonly { key: MenuKey; values: readonly MenuValue[] }[] = [
  { key: 'speed', values: [1, 2, 5, 10, 25, 100, 'max'] },
  { key: 'learningRate', values: LEARNING_RATES },
  { key: 'activation', values: ['relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu', 'elu', 'swish', 'sin'] },
  { key: 'regularization', values: ['none', 'L1', 'L2'] },
  { key: 'regularizationRate', values: REGULARIZATION_RATES },
  { key: 'problem', values: ['classification', 'regression'] },
  { key: 'optimizer', values: ['sgd', 'momentum', 'adam'] },
  { key: 'init', values: ['uniform', 'xavier', 'he'] },
];

/** Where an added value goes: numbers in order, "max" last; a name keeps its place (the end). */
const rank = (v: MenuValue) => (typeof v === 'number' ? v : v === 'max' ? Infinity : 0);

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
    const button = (name: ControlPartName, label: string, d: string, onClick: () => void, classes: ClassKey[] = ['iconButton'], pressed?: string) => {
      if (!ctx.isOn(name)) return null;
      const b = h(doc, 'button', classes, { type: 'button', 'aria-label': label, 'aria-pressed': pressed, title: label }, icon(doc, d));
      life.listen(b, 'click', onClick);
      buttons.append(b);
      return b;
    };
    button('resetButton', labels.reset, ICON_RESET, () => actions.reset());
    const play = button('playButton', labels.play, ICON_PLAY, () => actions.togglePlay(), ['iconButton', 'playButton'], 'false');
    button('stepButton', labels.step, ICON_STEP, () => actions.step());
    if (buttons.childElementCount) bar.append(buttons);

    let epochValue: HTMLElement | null = null;
    if (ctx.isOn('epoch')) {
      epochValue = h(doc, 'span', ['epochValue'], null, formatEpoch(0));
      bar.append(h(doc, 'div', ['epoch'], null, h(doc, 'span', ['controlLabel'], null, labels.epoch), epochValue));
    }

    /** Menu names are label keys; numbers and L1/L2 show as they are. */
    const text = (key: MenuKey, v: MenuValue) =>
      key === 'speed' ? (v === 'max' ? labels.speedMax : `${v}\u00d7`) : (labels[v as LabelKey] ?? String(v));

    const menus = MENUS.filter((menu) => ctx.isOn(menu.key)).map(({ key, values }) => {
      const id = `nnp-${key}`; // ids are scoped to the widget's shadow root
      const select = h(doc, 'select', ['select'], { id });
      /** The values the options show, in order (the option at index i is shown[i]). */
      let shown: readonly MenuValue[] = [];
      life.listen(select, 'change', () => {
        const v = shown[select.selectedIndex];
        if (key === 'speed') actions.setSpeed(v as number | 'max');
        else actions.setConfig({ [key]: v } as unknown as Partial<PlaygroundConfig>);
      });
      bar.append(h(doc, 'div', ['control'], null, h(doc, 'label', ['controlLabel'], { for: id }, labels[key]), select));
      /** Options follow the state: a value from a link or the API outside the menu still shows. */
      const sync = (current: MenuValue) => {
        const list = values.includes(current) ? values : [...values, current].sort((a, b) => rank(a) - rank(b));
        // Rebuilt when the list differs, not only its length: 0.5 then 0.7 from a link are both extra.
        if (list.length !== shown.length || list.some((v, i) => v !== shown[i])) {
          select.replaceChildren(...list.map((v) => h(doc, 'option', null, { value: String(v) }, text(key, v))));
          shown = list;
        }
        if (select.value !== String(current)) select.value = String(current);
      };
      return { key, sync };
    });

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
      if (why.config) for (const m of menus) m.sync(m.key === 'speed' ? state.speed : state.config[m.key]);
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
.${CLASS.select} { color: var(--nnp-fg); background: var(--nnp-bg); border: 1px solid var(--nnp-line); border-radius: 4px; padding: 4px 6px; min-height: 32px; }
`;
