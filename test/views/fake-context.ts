// Shared test doubles for UI parts: actions that record their calls, and a
// PartContext whose render callbacks a test can run by hand.
import { createLifecycle } from '../../src/playground/lifecycle';
import { createPalette } from '../../src/views/colors';
import { DEFAULT_LABELS } from '../../src/views/labels';
import type { Actions, PartContext, RenderReason, ViewState } from '../../src/views/parts/types';

export const NO_REASON: RenderReason = { values: false, structure: false, data: false, config: false, hover: false, playing: false, resize: false };
export const EVERY_REASON: RenderReason = { values: true, structure: true, data: true, config: true, hover: true, playing: true, resize: true };

const ACTION_NAMES: (keyof Actions)[] = [
  'setConfig', 'play', 'pause', 'togglePlay', 'step', 'reset', 'regenerate', 'setWeight', 'setBias', 'hover', 'setSpeed',
  'setData', 'setCsv', 'getData', 'exportState', 'exportPng', 'exportSvg', 'link',
];

/**
 * Every action records `(name, args)` through `record`, and returns what
 * `overrides` gives for it (an override replaces the recorded default; it
 * is still recorded).
 */
export function recordingActions(record: (name: string, args: unknown[]) => void, overrides: Partial<Record<keyof Actions, (...args: never[]) => unknown>> = {}): Actions {
  const actions = {} as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ACTION_NAMES) {
    const override = overrides[name] as ((...args: unknown[]) => unknown) | undefined;
    actions[name] = (...args: unknown[]) => {
      record(name, args);
      return override ? override(...args) : name === 'getData' ? [] : name === 'setData' || name === 'setCsv' ? null : undefined;
    };
  }
  return actions as unknown as Actions;
}

/** A context whose slots are fresh divs in the document, parts switched off by name. */
export function fakePartContext(opts: { state: () => ViewState; actions: Actions; off?: Iterable<string>; output?: HTMLElement }) {
  const renders: ((s: ViewState, why: RenderReason) => void)[] = [];
  const off = new Set(opts.off ?? []);
  const slot = () => document.body.appendChild(document.createElement('div'));
  const ctx: PartContext = {
    doc: document,
    slots: { controls: slot(), data: slot(), network: slot(), output: opts.output ?? slot(), root: slot() },
    state: opts.state,
    actions: opts.actions,
    labels: { ...DEFAULT_LABELS },
    palette: createPalette(),
    life: createLifecycle(),
    isOn: (name) => !off.has(name),
    onRender: (cb) => void renders.push(cb),
  };
  /** Runs every registered render callback, as the playground's frame would. */
  const render = (state: ViewState, why: Partial<RenderReason>) => {
    for (const cb of renders) cb(state, { ...NO_REASON, ...why });
  };
  return { ctx, renders, off, render };
}
