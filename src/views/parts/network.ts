/**
 * The network part: the "N hidden layers" header, the per-layer +/- buttons,
 * the diagram (network-view.ts) and the card that reads and edits one weight
 * or bias. Events are delegated from one container, so a rebuild of the
 * diagram never adds listeners and dispose removes them all.
 */
import type { PlaygroundConfig } from '../../config/schema.js';
import type { FeatureId } from '../../data/features.js';
import { CLASS, h, setAttr, setText } from '../dom.js';
import {
  ALL_FEATURES, CONTROLS_TOP, LABEL_SPACE, NODE, buildDiagram, formatValue, layoutNetwork, paintFeatures,
  sameRef, sourceName, updateDiagram, updateHover, type BiasItem, type BuildOptions, type Diagram, type LinkItem,
} from '../network-view.js';
import type { NodeRef, Part, PartContext, RenderReason, ViewState } from './types.js';

/** Width assumed before the first measure. */
const DEFAULT_WIDTH = 500;
/** Below this column pitch the per-layer text shows only the count. */
const WORDY_PITCH = 60;

type Target = { kind: 'link' | 'bias'; i: number };

export const networkPart: Part = { name: 'network', mount: mountNetwork };

function mountNetwork(ctx: PartContext): () => void {
  const showNetwork = ctx.isOn('network');
  const showFeatures = ctx.isOn('features');
  if (!showNetwork && !showFeatures) return () => {};
  const { doc, labels, actions, palette } = ctx;
  const life = ctx.life.child();
  const box = h(doc, 'div', ['network']);

  /** A small +/- button; its label is both its accessible name and its tooltip. */
  const button = (kind: string, label: string, text: string, l?: number) =>
    h(doc, 'button', ['button'], {
      type: 'button', 'data-kind': kind, 'data-l': l, 'data-key': l === undefined ? null : `${kind}-${l}`, 'aria-label': label, title: label,
    }, text);

  // ---- header: the features title, add/remove a hidden layer, the layer count
  const header = h(doc, 'div', ['networkHeader']);
  box.append(header);
  // The feature column is clickable: its title says so on hover.
  if (showFeatures) header.append(h(doc, 'h2', ['columnTitle', 'featuresTitle'], { title: labels.featuresHint }, labels.features));
  let title: HTMLElement | null = null;
  let addLayer: HTMLButtonElement | null = null;
  let removeLayer: HTMLButtonElement | null = null;
  if (showNetwork) {
    if (ctx.isOn('numHiddenLayers')) {
      addLayer = button('layer-add', labels.addLayer, '+');
      removeLayer = button('layer-remove', labels.removeLayer, '−');
      header.append(h(doc, 'div', ['layerButtons'], null, addLayer, removeLayer));
    }
    title = h(doc, 'span', ['columnTitle']);
    header.append(title);
  }

  // ---- the card that reads and edits one weight or bias
  const card = h(doc, 'div', ['card']);
  let open: (Target & { editing: boolean }) | null = null;
  let input: HTMLInputElement | null = null;
  let cardText: Text | null = null;
  let prefill = '';
  const sameOpen = (t: Target) => open?.kind === t.kind && open.i === t.i;

  let diagram: Diagram | null = null;
  let build: BuildOptions | null = null;
  let structureKey = '';
  let lastPointer = '';

  const shownFeatures = (): FeatureId[] => ALL_FEATURES.filter((id) => ctx.isOn(id));
  const neuronControls = () => showNetwork && ctx.isOn('numNeurons');

  function keyOf(state: ViewState): string {
    const net = state.network;
    const sizes = Array.from(net.sizes).join(',');
    const hidden = state.config.networkShape.map((_, l) => (ctx.isOn(`numNodes${l + 1}`) ? 1 : 0)).join('');
    return [state.networkWidth, sizes, state.inputs.join(','), shownFeatures().join(','), neuronControls(), ctx.isOn('numHiddenLayers'), hidden, state.maxLayers, state.maxNeurons].join('|');
  }

  // ---- the link or bias square behind a target, its value and its names
  const itemOf = (t: Target): LinkItem | BiasItem | undefined => diagram?.[t.kind === 'link' ? 'links' : 'biases'][t.i];
  function targetValue(state: ViewState, t: Target): number {
    const item = itemOf(t);
    return item ? (t.kind === 'link' ? state.network.weight : state.network.bias)[item.index] : NaN;
  }
  function targetName(t: Target): string {
    const item = itemOf(t);
    if (!item || !build) return '';
    const to = sourceName(build, item.layer, item.node);
    return 'source' in item ? `${labels.weightFrom} ${sourceName(build, item.layer - 1, item.source)} ${labels.to} ${to}` : `${labels.biasOf} ${to}`;
  }
  function targetElement(t: Target): SVGElement | null {
    const item = itemOf(t);
    return item ? ('hit' in item ? item.hit : item.rect) : null;
  }
  function labelTarget(state: ViewState, t: Target): void {
    const el = targetElement(t);
    if (el) setAttr(el, 'aria-label', `${targetName(t)}: ${formatValue(targetValue(state, t))}`);
  }

  // ---- card
  const leadOf = (t: Target) => (t.kind === 'link' ? labels.weightIs : labels.biasIs);
  function cardSentence(state: ViewState, t: Target): string {
    return `${leadOf(t)} ${formatValue(targetValue(state, t))}.`;
  }
  /** Opens the card for `t`: beside the pointer when given, else where it already is, else by the item. */
  function showCard(t: Target, editing: boolean, pointer?: PointerEvent): void {
    const item = itemOf(t);
    if (!diagram || !item) return;
    const state = ctx.state();
    let at = item.at;
    if (pointer) {
      // Reading layout is fine in an event handler (never during a render).
      const r = diagram.root.getBoundingClientRect();
      at = { x: pointer.clientX - r.left, y: pointer.clientY - r.top };
    }
    const stay = sameOpen(t) && card.parentNode === diagram.root;
    open = { ...t, editing };
    labelTarget(state, t);
    const hint = h(doc, 'span', ['cardHint'], null, editing ? labels.editKeys : labels.clickToEdit);
    if (editing) {
      const value = targetValue(state, t);
      // A short prefill; Enter on it unchanged keeps the exact value.
      prefill = Number.isFinite(value) ? String(Number(value.toPrecision(4))) : '';
      input = h(doc, 'input', ['cardInput'], { type: 'number', step: 'any', 'data-kind': 'card-input', 'aria-label': targetName(t) });
      input.value = prefill;
      cardText = null;
      card.replaceChildren(h(doc, 'label', null, null, leadOf(t), ' ', input), hint);
    } else {
      input = null;
      cardText = doc.createTextNode(cardSentence(state, t));
      card.replaceChildren(h(doc, 'span', null, null, cardText), hint);
    }
    if (pointer || !stay) {
      // Flipped to the left near the right edge so it stays inside the diagram.
      const left = at.x + 180 > diagram.layout.width ? Math.max(0, at.x - 180) : at.x + 12;
      card.style.cssText = `left:${left}px;top:${at.y + 12}px`;
    }
    if (card.parentNode !== diagram.root) diagram.root.append(card);
    if (input) {
      input.focus();
      input.select();
    }
  }
  function closeCard(): void {
    open = null;
    input = null;
    cardText = null;
    card.remove();
  }
  /** Closes an edit and gives focus back to its link, which reopens the card for reading. */
  function endEdit(t: Target): void {
    closeCard();
    const el = targetElement(t) as (SVGElement & { focus?: () => void }) | null;
    el?.focus?.();
  }
  function commit(): void {
    const item = open && itemOf(open);
    if (!open || !input || !item) return;
    const raw = input.value.trim();
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value)) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    // `open` is replaced, never changed: the target outlives closing the card.
    const t = open;
    if (raw !== prefill) {
      if ('source' in item) actions.setWeight(item.layer, item.node, item.source, value);
      else actions.setBias(item.layer, item.node, value);
    }
    endEdit(t);
  }

  // ---- structure
  function rebuild(state: ViewState): void {
    const root = box.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement as HTMLElement | null;
    const focusKey = active && box.contains(active) ? active.getAttribute('data-key') : null;
    closeCard();

    const net = showNetwork ? state.network : null;
    const withControls = neuronControls();
    const layout = layoutNetwork({
      width: state.networkWidth || DEFAULT_WIDTH,
      sizes: net ? net.sizes : [state.inputs.length],
      inputs: state.inputs,
      showAllFeatures: showFeatures,
      shown: shownFeatures(),
      top: withControls ? CONTROLS_TOP : 0,
    });
    build = {
      layout,
      network: net,
      inputs: state.inputs,
      toggleable: showFeatures,
      labels,
    };
    const old = diagram;
    const next = buildDiagram(doc, build);
    diagram = next;
    if (withControls) addNeuronControls(state, next);
    next.links.forEach((_, i) => labelTarget(state, { kind: 'link', i }));
    next.biases.forEach((_, i) => labelTarget(state, { kind: 'bias', i }));

    if (old) old.root.replaceWith(next.root);
    else box.append(next.root);

    const shape = state.config.networkShape;
    if (title) setText(title, `${shape.length} ${shape.length === 1 ? labels.hiddenLayer : labels.hiddenLayers}`);
    if (addLayer) addLayer.disabled = shape.length >= state.maxLayers;
    if (removeLayer) removeLayer.disabled = shape.length <= 0;

    if (focusKey) {
      const again = next.root.querySelector<HTMLElement>(`[data-key="${focusKey}"]`);
      if (again && !(again as HTMLButtonElement).disabled) again.focus();
    }
  }

  function addNeuronControls(state: ViewState, d: Diagram): void {
    const shape = state.config.networkShape;
    const pitch = d.layout.pitch;
    const w = Math.min(64, pitch - 2);
    const groups: HTMLElement[] = [];
    shape.forEach((n, l) => {
      if (!ctx.isOn(`numNodes${l + 1}`)) return;
      const x = d.layout.layers[l + 1]?.[0]?.x;
      if (x === undefined) return;
      const plus = button('neuron-add', `${labels.addNeuron} ${l + 1}`, '+', l);
      const minus = button('neuron-remove', `${labels.removeNeuron} ${l + 1}`, '−', l);
      plus.disabled = n >= state.maxNeurons;
      minus.disabled = n <= 1;
      const words = `${n} ${n === 1 ? labels.neuron : labels.neurons}`;
      const text = h(doc, 'span', ['layerLabel'], { title: words }, pitch >= WORDY_PITCH ? words : String(n));
      groups.push(h(doc, 'div', ['layerControls'], { style: `left:${x - w / 2}px;width:${w}px` }, h(doc, 'div', ['layerButtons'], null, plus, minus), text));
    });
    // First in the DOM: Tab meets the controls above a layer before its nodes.
    d.root.prepend(...groups);
  }

  // ---- render
  let disposed = false;
  function render(state: ViewState, why: RenderReason): void {
    if (disposed) return;
    let fresh = false;
    if (!diagram || why.structure || why.resize || why.config) {
      const key = keyOf(state);
      if (!diagram || key !== structureKey) {
        structureKey = key;
        rebuild(state);
        fresh = true;
      }
    }
    const d = diagram;
    if (!d) return;
    if (fresh || why.values || why.config) updateDiagram(d, state, palette);
    if (fresh || why.config) paintFeatures(d, state, palette);
    if (fresh || why.hover) updateHover(d, state.hovered);
    // The open card follows training live; an edit in progress is left alone.
    if (open && !open.editing && cardText && why.values) {
      setText(cardText, cardSentence(state, open));
      labelTarget(state, open);
    }
  }

  // ---- events, delegated from the container
  // Targets may be non-elements (a window, a text node): those have no closest().
  const kindOf = (el: EventTarget | null) => (el as Element | null)?.closest?.<HTMLElement>('[data-kind]');
  const index = (el: Element) => Number(el.getAttribute('data-i'));
  function refOf(el: Element): NodeRef | null {
    const kind = el.getAttribute('data-kind');
    if (kind === 'feature') return { kind: 'feature', id: el.getAttribute('data-id') as FeatureId };
    if (kind === 'node' && diagram) return diagram.nodes[index(el)]?.ref ?? null;
    return null;
  }
  const isCardTarget = (k: string | null): k is 'link' | 'bias' => k === 'link' || k === 'bias';

  function setShape(change: (shape: number[]) => void): void {
    const shape = ctx.state().config.networkShape.slice();
    change(shape);
    actions.setConfig({ networkShape: shape });
  }

  /** Listens on the container for `type` on (or inside) an element with a data-kind. */
  function on<E extends Event>(type: string, handler: (el: HTMLElement, kind: string | null, e: E) => void): void {
    life.listen(box, type, (e: Event) => {
      const el = kindOf(e.target);
      if (el) handler(el, el.getAttribute('data-kind'), e as E);
    });
  }
  /** Focus or a mouse arrives: a node or feature shows its map, a link or bias its value (unless editing). */
  function enter(el: HTMLElement, kind: string | null, pointer?: PointerEvent): void {
    const ref = refOf(el);
    if (ref) actions.hover(ref);
    else if (isCardTarget(kind) && !open?.editing) showCard({ kind, i: index(el) }, false, pointer);
  }
  /** Focus or a mouse leaves: the map goes back to the output, a reading card closes. */
  function leave(el: HTMLElement, kind: string | null): void {
    if (refOf(el)) actions.hover(null);
    else if (isCardTarget(kind) && !open?.editing && sameOpen({ kind, i: index(el) })) closeCard();
  }
  /** Hover comes from a mouse or pen only (touch has none), and not from moving within one element. */
  const moved = (el: HTMLElement, e: PointerEvent) => e.pointerType !== 'touch' && kindOf(e.relatedTarget) !== el;

  life.listen(box, 'pointerdown', (e: Event) => {
    lastPointer = (e as PointerEvent).pointerType ?? '';
  });

  on('click', (el, kind) => {
    const state = ctx.state();
    const touch = lastPointer === 'touch';
    if (kind === 'feature') {
      if (!showFeatures) return;
      const id = el.getAttribute('data-id') as FeatureId;
      actions.setConfig({ [id]: !state.config[id] } as Partial<PlaygroundConfig>);
    } else if (kind === 'node') {
      // A tap selects the node (touch has no hover); a second tap clears it.
      const ref = refOf(el);
      actions.hover(touch && ref && sameRef(state.hovered, ref) ? null : ref);
    } else if (isCardTarget(kind)) {
      const t: Target = { kind, i: index(el) };
      // On touch the first tap shows the value, the next one edits it.
      showCard(t, !(touch && !sameOpen(t)));
    } else if (kind === 'layer-add') {
      setShape((s) => {
        if (s.length < state.maxLayers) s.push(2);
      });
    } else if (kind === 'layer-remove') {
      setShape((s) => {
        s.pop();
      });
    } else if (kind === 'neuron-add' || kind === 'neuron-remove') {
      const l = Number(el.getAttribute('data-l'));
      setShape((s) => {
        const n = s[l] + (kind === 'neuron-add' ? 1 : -1);
        if (n >= 1 && n <= state.maxNeurons) s[l] = n;
      });
    }
  });

  on<KeyboardEvent>('keydown', (el, kind, ev) => {
    if (kind === 'card-input' && open) {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        commit();
      } else if (ev.key === 'Escape') {
        ev.preventDefault();
        endEdit(open);
      }
    } else if (isCardTarget(kind)) {
      const t: Target = { kind, i: index(el) };
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        showCard(t, true);
      } else if (ev.key === 'Escape' && sameOpen(t)) {
        closeCard();
      }
    }
  });

  on('focusin', (el, kind) => enter(el, kind));
  on('focusout', (el, kind) => {
    // Blurring the input commits nothing.
    if (kind === 'card-input') {
      if (open?.editing && el === input) closeCard();
    } else leave(el, kind);
  });
  on<PointerEvent>('pointerover', (el, kind, e) => {
    if (moved(el, e)) enter(el, kind, e);
  });
  on<PointerEvent>('pointerout', (el, kind, e) => {
    if (moved(el, e)) leave(el, kind);
  });

  ctx.slots.network.append(box);
  // The diagram is built by the first render (every reason), in the widget's
  // first frame, once the column's width is known.
  ctx.onRender(render);

  return () => {
    if (disposed) return;
    disposed = true;
    life.dispose();
    box.remove();
  };
}

export const css = `
.${CLASS.network} { position: relative; overflow-x: auto; overflow-y: hidden; }
.${CLASS.networkHeader} { display: flex; align-items: center; gap: 8px; min-height: 32px; margin-bottom: 4px; }
.${CLASS.featuresTitle} { margin: 0; flex: 0 0 ${LABEL_SPACE + NODE + 6}px; cursor: help; }
.${CLASS.network} .${CLASS.columnTitle} { text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.8em; color: var(--nnp-muted); }
.${CLASS.layerButtons} { display: flex; gap: 2px; }
.${CLASS.layerButtons} .${CLASS.button} { width: 18px; height: 18px; min-width: 0; padding: 0; line-height: 1; font-size: 14px; border-radius: 50%; border: 1px solid var(--nnp-line, var(--nnp-muted)); background: var(--nnp-bg); color: var(--nnp-fg); cursor: pointer; display: inline-flex; align-items: center; justify-content: center; }
.${CLASS.networkHeader} .${CLASS.layerButtons} .${CLASS.button} { width: 26px; height: 26px; font-size: 18px; }
.${CLASS.layerButtons} .${CLASS.button}:disabled { opacity: 0.35; cursor: default; }
.${CLASS.diagram} { position: relative; }
.${CLASS.layerControls} { position: absolute; z-index: 1; top: 2px; display: flex; flex-direction: column; align-items: center; gap: 2px; }
.${CLASS.layerLabel} { font-size: 10px; color: var(--nnp-muted); white-space: nowrap; }
.${CLASS.links} { position: absolute; left: 0; top: 0; z-index: 0; overflow: visible; }
.${CLASS.link} { pointer-events: none; }
.${CLASS.linkHit} { stroke: transparent; stroke-width: 8px; pointer-events: stroke; cursor: pointer; }
.${CLASS.linkHit}:focus-visible { stroke: var(--nnp-focus); stroke-opacity: 0.5; }
.${CLASS.bias} { cursor: pointer; stroke: var(--nnp-panel); stroke-width: 0.5px; }
.${CLASS.bias}:focus-visible { stroke: var(--nnp-focus); stroke-width: 2px; }
.${CLASS.node} { position: absolute; z-index: 1; width: 30px; height: 30px; padding: 0; margin: 0; border: 2px solid var(--nnp-fg); border-radius: 3px; background: var(--nnp-bg, #fff); box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25); cursor: pointer; overflow: hidden; box-sizing: border-box; }
.${CLASS.linkHit}:focus, .${CLASS.bias}:focus, .${CLASS.node}:focus { outline: none; }
.${CLASS.node}:focus-visible { outline: 2px solid var(--nnp-focus); outline-offset: 2px; }
.${CLASS.node}.${CLASS.nodeHovered} { border-color: var(--nnp-accent); box-shadow: 0 0 0 2px var(--nnp-accent); }
.${CLASS.nodeDisabled} { opacity: 0.5; border-color: transparent; box-shadow: none; }
.${CLASS.nodeDisabled} .${CLASS.thumbnail} { opacity: 0.4; }
.${CLASS.dark} .${CLASS.nodeDisabled} .${CLASS.thumbnail} { opacity: 0.8; } /* dark maps on a dark page need more */
.${CLASS.thumbnail} { display: block; width: 100%; height: 100%; }
.${CLASS.nodeLabel} { position: absolute; z-index: 1; left: 0; text-align: right; font-size: 13px; line-height: 18px; color: var(--nnp-fg); white-space: nowrap; pointer-events: none; }
.${CLASS.nodeLabel} sub, .${CLASS.nodeLabel} sup { font-size: 9px; }
.${CLASS.card} { position: absolute; z-index: 2; max-width: 160px; padding: 6px 8px; border-radius: 4px; background: var(--nnp-panel); color: var(--nnp-fg); border: 1px solid var(--nnp-line, var(--nnp-muted)); box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); font-size: 12px; display: flex; flex-direction: column; gap: 2px; }
.${CLASS.cardHint} { font-size: 10px; color: var(--nnp-muted); font-style: italic; }
.${CLASS.cardInput} { width: 7em; font: inherit; color: var(--nnp-fg); background: var(--nnp-bg); border: 1px solid var(--nnp-muted); border-radius: 3px; padding: 1px 3px; }
.${CLASS.cardInput}:focus-visible { outline: 2px solid var(--nnp-focus); outline-offset: 1px; }
.${CLASS.cardInput}[aria-invalid="true"] { border-color: var(--nnp-error, #c00); }
`;
